// Money columns shared by the result tables: sortable, right-aligned, changes coloured (red: more, green: less).
import { Typography } from 'antd';
import type { TableColumnType } from 'antd';
import { formatChange, yuanText } from '../common/money';
import type { ComparisonRow } from './rows';

type Field = Exclude<keyof ComparisonRow, 'key'>;

export function amountColumn(
  title: string,
  field: Field,
  width = 130,
): TableColumnType<ComparisonRow> {
  return {
    title,
    dataIndex: field,
    width,
    align: 'right',
    sorter: (a, b) => a[field] - b[field],
    render: (fen: number) => yuanText(fen),
  };
}

export function changeColumn(
  title: string,
  field: Field,
  width = 130,
): TableColumnType<ComparisonRow> {
  return {
    title,
    dataIndex: field,
    width,
    align: 'right',
    sorter: (a, b) => a[field] - b[field],
    render: (fen: number) => (
      <Typography.Text type={fen > 0 ? 'danger' : fen < 0 ? 'success' : undefined}>
        {formatChange(fen).replace(' 元', '')}
      </Typography.Text>
    ),
  };
}

export const countColumn: TableColumnType<ComparisonRow> = {
  title: '就诊人次',
  dataIndex: 'encounters',
  width: 100,
  align: 'right',
  sorter: (a, b) => a.encounters - b.encounters,
  render: (n: number) => n.toLocaleString('zh-CN'),
};
