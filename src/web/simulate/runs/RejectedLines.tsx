// 数据问题: bill lines the run left out, counted per reason with example lines (line in the file, message, values).
import { Alert, Collapse, Table, Typography } from 'antd';
import type { RejectedExample } from '../../../analytics/bills/rejections';
import type { RejectedLines as Rejected } from '../../../analytics/simulate-bulk/rejected';
import { formatCount } from '../common/money';

function values(example: RejectedExample): string {
  return Object.entries(example.values)
    .filter(([, value]) => value !== null && value !== '')
    .map(([column, value]) => `${column}=${value ?? ''}`)
    .join('，');
}

export function RejectedLines({ rejected, lines }: { rejected: Rejected; lines: number }) {
  if (rejected.lines === 0) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="rejected-none"
        title={`全部 ${formatCount(lines)} 行明细都纳入了测算，没有被拒收的明细。`}
      />
    );
  }
  return (
    <div data-testid="rejected">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 8 }}
        title={`${formatCount(rejected.lines)} 行明细（${formatCount(rejected.encounters)} 次就诊）有问题，未纳入测算。`}
        description="同一次就诊只要有一行有问题，整次就诊都不纳入；其余行计入“整次就诊被拒”。请对照示例修改账单后重新上传。"
      />
      <Collapse
        items={rejected.reasons.map((reason) => ({
          key: reason.reason,
          label: (
            <span>
              {reason.label}：<Typography.Text strong>{formatCount(reason.lines)}</Typography.Text>{' '}
              行
            </span>
          ),
          children: (
            <Table<RejectedExample>
              size="small"
              rowKey={(example) => `${example.line}-${example.message}`}
              pagination={false}
              dataSource={reason.examples}
              columns={[
                { title: '文件行号', dataIndex: 'line', width: 90 },
                { title: '问题', dataIndex: 'message', width: 320 },
                {
                  title: '该行的值',
                  render: (_, example) => (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {values(example)}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          ),
        }))}
      />
    </div>
  );
}
