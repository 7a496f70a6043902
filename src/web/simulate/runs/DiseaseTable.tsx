// By disease (ICD-10 category, with its Chinese name): encounters, cost, out-of-pocket and fund before and
// after; sortable on every figure, filtered by code or name or to the diseases whose patients pay more.
import { useMemo, useState } from 'react';
import { Checkbox, Input, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { GroupTotals } from '../../../core/simulate/groups';
import { amountColumn, changeColumn, countColumn } from './moneyColumns';
import { comparisonRow, type ComparisonRow } from './rows';
import type { DiseaseNames } from './useDiseaseNames';

export function DiseaseTable({ groups, names }: { groups: GroupTotals[]; names: DiseaseNames }) {
  const rows = useMemo(() => groups.map(comparisonRow), [groups]);
  const [query, setQuery] = useState('');
  const [onlyWorse, setOnlyWorse] = useState(false);

  const text = query.trim().toUpperCase();
  const shown = rows.filter(
    (row) =>
      (!onlyWorse || row.oopChange > 0) &&
      (text === '' ||
        row.key.toUpperCase().includes(text) ||
        (names.get(row.key)?.name.includes(query.trim()) ?? false)),
  );

  const columns: TableColumnsType<ComparisonRow> = [
    {
      title: '病种（ICD-10 类目）',
      dataIndex: 'key',
      width: 220,
      fixed: 'left',
      sorter: (a, b) => a.key.localeCompare(b.key),
      render: (key: string) => {
        const hit = names.get(key);
        if (key === 'unknown')
          return <Typography.Text type="secondary">主诊断无法识别</Typography.Text>;
        return (
          <span>
            <Typography.Text strong>{key}</Typography.Text>{' '}
            {hit && (
              <Tooltip title={`名称取自医保版 ICD-10 目录 ${hit.code}`}>
                <span>{hit.name}</span>
              </Tooltip>
            )}
          </span>
        );
      },
    },
    countColumn,
    amountColumn('费用·改革前', 'costBefore'),
    amountColumn('费用·改革后', 'costAfter'),
    changeColumn('费用变化', 'costChange'),
    amountColumn('自付·改革前', 'oopBefore'),
    amountColumn('自付·改革后', 'oopAfter'),
    changeColumn('自付变化', 'oopChange'),
    changeColumn('次均自付变化', 'oopChangePerEncounter', 120),
    changeColumn('基金变化', 'fundChange'),
  ];

  return (
    <div data-testid="disease-table">
      <Space style={{ marginBottom: 8 }} wrap>
        <Input.Search
          allowClear
          aria-label="筛选病种"
          placeholder="按编码或名称筛选，例如 J18 或 肺炎"
          style={{ width: 360 }}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <Checkbox checked={onlyWorse} onChange={(event) => setOnlyWorse(event.target.checked)}>
          只看自付增加的病种
        </Checkbox>
        <Typography.Text type="secondary">
          共 {rows.length} 个病种，显示 {shown.length} 个；金额单位：元
        </Typography.Text>
      </Space>
      <Table<ComparisonRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={shown}
        scroll={{ x: 1400 }}
        pagination={{ defaultPageSize: 15, showSizeChanger: true, pageSizeOptions: [15, 50, 100] }}
      />
    </div>
  );
}
