// 提示 tab: what the parser was unsure about, each with a link to its line in the document.
import { Button, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { PlanWarning } from '../../core/plan/types';
import { locatableRow } from './review';
import type { ReviewTabProps } from './review';

interface Row extends PlanWarning {
  index: number;
}

export function WarningsTab(props: ReviewTabProps) {
  const rows: Row[] = props.detail.plan.warnings.map((warning, index) => ({ ...warning, index }));
  const columns: TableColumnsType<Row> = [
    {
      title: '行',
      dataIndex: 'line',
      width: 80,
      render: (line: number | null, row) =>
        line === null ? (
          <Typography.Text type="secondary">全文</Typography.Text>
        ) : (
          <Button
            type="link"
            size="small"
            onClick={() => props.locate([line], `warning:${row.index}`)}
          >
            第 {line} 行
          </Button>
        ),
    },
    { title: '提示', dataIndex: 'message' },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">
        解析时拿不准的地方列在这里。请对照原文核实，需要时在相应页签中修订。
      </Typography.Paragraph>
      <Table<Row>
        rowKey="index"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        onRow={(row) =>
          row.line === null ? {} : locatableRow(`warning:${row.index}`, [row.line], props)
        }
        locale={{ emptyText: '没有提示' }}
      />
    </>
  );
}
