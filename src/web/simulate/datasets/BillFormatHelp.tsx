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
          label: '账单文件格式（CSV、Excel、Parquet 或 .csv.gz，每行一条费用明细）',
          children: (
            <div data-testid="bill-format">
              <Typography.Paragraph>
                每行一条费用明细，同一次就诊的就诊信息在每一行重复。收费类别按医保结算清单。
                表头可用英文列名，也可用医院导出的中文表头（见“中文表头”一列）；金额可以分计（unit_price_fen、amount_fen），
                也可用以元计的“单价”“金额”列代替。CSV 可以是 UTF-8 或 GBK 编码，也可上传
                Excel（.xlsx）或 .csv.gz。
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
                  { title: '中文表头', dataIndex: 'header', width: 220 },
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
