// Trend over months: one line per chosen hospital and the region, for CMI or either efficiency index.
import { useMemo, useState } from 'react';
import { Segmented, Select, Space } from 'antd';
import { asNumber, type CasemixFigures, type TrendAnswer } from './api';
import { EChart, type ChartOption } from '../../shared/EChart';

type Measure = 'cmi' | 'costEfficiency' | 'timeEfficiency';

const MEASURES: Array<{ value: Measure; label: string }> = [
  { value: 'cmi', label: 'CMI' },
  { value: 'costEfficiency', label: '费用消耗指数' },
  { value: 'timeEfficiency', label: '时间消耗指数' },
];

export function TrendPanel({ trend }: { trend: TrendAnswer }) {
  const [measure, setMeasure] = useState<Measure>('cmi');
  const [chosen, setChosen] = useState<string[]>(() =>
    trend.hospitals.slice(0, 3).map((h) => h.code),
  );

  const option = useMemo<ChartOption>(() => {
    const valueAt = (points: Array<{ month: string; figures: CasemixFigures }>) => {
      const byMonth = new Map(points.map((point) => [point.month, point.figures]));
      return trend.months.map((month) => {
        const figures = byMonth.get(month);
        return figures ? asNumber(figures[measure].value) : null;
      });
    };
    const lines = trend.hospitals
      .filter((hospital) => chosen.includes(hospital.code))
      .map((hospital) => ({
        type: 'line' as const,
        name: hospital.name,
        data: valueAt(hospital.points),
        connectNulls: true,
      }));
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: trend.months },
      yAxis: { type: 'value', scale: true },
      series: [
        ...lines,
        {
          type: 'line',
          name: '全区',
          data: valueAt(trend.region),
          lineStyle: { type: 'dashed' },
          itemStyle: { color: '#888' },
        },
      ],
    };
  }, [trend, measure, chosen]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented
          options={MEASURES}
          value={measure}
          onChange={(value) => setMeasure(value as Measure)}
        />
        <Select
          aria-label="选择医院"
          mode="multiple"
          style={{ minWidth: 420 }}
          value={chosen}
          onChange={setChosen}
          maxTagCount="responsive"
          options={trend.hospitals.map((hospital) => ({
            value: hospital.code,
            label: hospital.name,
          }))}
        />
      </Space>
      <EChart testId="casemix-trend-chart" option={option} style={{ height: 320 }} />
    </Space>
  );
}
