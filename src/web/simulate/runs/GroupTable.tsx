// Totals by hospital, by hospital level or by insurance scheme: cost, fund and out-of-pocket before and after.
import { useMemo } from 'react';
import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { GroupTotals } from '../../../core/simulate/groups';
import { amountColumn, changeColumn, countColumn } from './moneyColumns';
import { comparisonRow, type ComparisonRow } from './rows';

export function GroupTable({
  groups,
  title,
  nameOf,
  testId,
}: {
  groups: GroupTotals[];
  title: string;
  nameOf: (key: string) => string;
  testId?: string;
}) {
  const rows = useMemo(() => groups.map(comparisonRow), [groups]);
  const columns: TableColumnsType<ComparisonRow> = [
    {
      title,
      dataIndex: 'key',
      width: 200,
      fixed: 'left',
      render: (key: string) => nameOf(key),
    },
    countColumn,
    amountColumn('费用·改革前', 'costBefore'),
    amountColumn('费用·改革后', 'costAfter'),
    changeColumn('费用变化', 'costChange'),
    amountColumn('基金·改革前', 'fundBefore'),
    amountColumn('基金·改革后', 'fundAfter'),
    changeColumn('基金变化', 'fundChange'),
    amountColumn('自付·改革前', 'oopBefore'),
    amountColumn('自付·改革后', 'oopAfter'),
    changeColumn('自付变化', 'oopChange'),
  ];
  return (
    <Table<ComparisonRow>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1500 }}
      data-testid={testId}
    />
  );
}
