// The bill file format as a collapsible help panel: the required and optional columns, what they accept.
import { Collapse, Table, Tag, Typography } from 'antd';
import { BILL_COLUMNS, type BillColumn } from './billColumns';

export function BillFormatHelp({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Collapse
      activeKey={open ? ['format'] : []}
      onChange={(keys) => onOpenChange(keys.length > 0)}
      items={[
        {
          key: 'format',
          label: '账单文件格式（CSV 或 Parquet，每行一条费用明细）',
          children: (
            <div data-testid="bill-format">
              <Typography.Paragraph>
                每行一条费用明细，同一次就诊的就诊信息在每一行重复。收费类别按医保结算清单。
                标“可选”的列可以不出现；其余列必须都有，且不能出现表外的列。
                有问题的明细会被拒收并按原因计数，同一就诊的其他明细随之拒收，不会悄悄丢弃。
              </Typography.Paragraph>
              <Table<BillColumn>
                size="small"
                rowKey="column"
                pagination={false}
                dataSource={BILL_COLUMNS}
                columns={[
                  {
                    title: '列名',
                    dataIndex: 'column',
                    width: 170,
                    render: (column: string, row) => (
                      <span>
                        <Typography.Text code>{column}</Typography.Text>
                        {row.optional && <Tag style={{ marginLeft: 4 }}>可选</Tag>}
                      </span>
                    ),
                  },
                  { title: '类型', dataIndex: 'type', width: 120 },
                  { title: '含义', dataIndex: 'meaning' },
                  { title: '取值', dataIndex: 'accepted' },
                ]}
              />
            </div>
          ),
        },
      ]}
    />
  );
}
