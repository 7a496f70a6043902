// Ranking across hospitals by CMI: a horizontal bar chart and a sortable table with the cost- and time-efficiency
// indices and each hospital's 数据质量提示 (cases grouped despite a data-quality warning); clicking a hospital
// (bar or row) opens its DRGs. 名次 is the place among all hospitals, also when only one is shown.
import { useMemo } from 'react';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { asNumber, meanCost, meanStay, qualityText, type RankedHospital } from './api';
import { EChart, type ChartOption } from '../../shared/EChart';

const byValue =
  (pick: (row: RankedHospital) => string | null) => (a: RankedHospital, b: RankedHospital) =>
    (asNumber(pick(a)) ?? -1) - (asNumber(pick(b)) ?? -1);

export function RankingPanel({
  ranking,
  onOpen,
}: {
  ranking: RankedHospital[];
  onOpen: (hospital: RankedHospital) => void;
}) {
  const option = useMemo<ChartOption>(() => {
    const rows = [...ranking].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: 'CMI' },
      yAxis: { type: 'category', data: rows.map((row) => row.name) },
      series: [
        {
          type: 'bar',
          name: 'CMI',
          data: rows.map((row) => asNumber(row.figures.cmi.value)),
          label: { show: true, position: 'right' },
          itemStyle: { color: '#1677ff' },
        },
      ],
    };
  }, [ranking]);

  const columns: ColumnsType<RankedHospital> = [
    { title: '名次', dataIndex: 'rank', width: 64 },
    {
      title: '医院',
      dataIndex: 'name',
      render: (name: string) => <Typography.Link>{name}</Typography.Link>,
    },
    {
      title: '病例数',
      render: (_, row) => row.figures.cases,
      sorter: (a, b) => a.figures.cases - b.figures.cases,
    },
    {
      title: 'CMI',
      render: (_, row) => row.figures.cmi.value ?? '—',
      sorter: byValue((row) => row.figures.cmi.value),
      defaultSortOrder: 'descend',
    },
    {
      title: '费用消耗指数',
      render: (_, row) => row.figures.costEfficiency.value ?? '—',
      sorter: byValue((row) => row.figures.costEfficiency.value),
    },
    {
      title: '时间消耗指数',
      render: (_, row) => row.figures.timeEfficiency.value ?? '—',
      sorter: byValue((row) => row.figures.timeEfficiency.value),
    },
    { title: '例均费用（元）', render: (_, row) => meanCost(row.figures) },
    { title: '平均住院日', render: (_, row) => meanStay(row.figures) },
    {
      title: '数据质量提示',
      key: 'quality',
      render: (_, row) => qualityText(row),
      sorter: (a, b) =>
        (a.qualityWarnings ?? -1) / Math.max(1, a.figures.cases) -
        (b.qualityWarnings ?? -1) / Math.max(1, b.figures.cases),
    },
  ];

  return (
    <>
      <EChart
        testId="casemix-ranking-chart"
        option={option}
        style={{ height: Math.max(220, ranking.length * 34) }}
        onClick={(name) => {
          const hospital = ranking.find((row) => row.name === name);
          if (hospital) onOpen(hospital);
        }}
      />
      <Table<RankedHospital>
        data-testid="casemix-ranking"
        rowKey="code"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={ranking}
        onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } })}
      />
    </>
  );
}
