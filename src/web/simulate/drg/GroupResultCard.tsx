// The result of grouping one case: status, MDC / ADRG / DRG with names, and the trace as numbered steps.
import { Alert, Card, Descriptions, Tag, Typography } from 'antd';
import type { GroupAnswer } from './api';
import { STAGE_COLORS, STAGE_LABELS, STATUS_COLORS } from './labels';

const withName = (code: string, name: string) => (code === '' ? '—' : `${code} ${name}`.trim());

export function GroupResultCard({ answer }: { answer: GroupAnswer }) {
  return (
    <Card
      data-testid="drg-result"
      title={
        <span>
          分组结果 <Tag color={STATUS_COLORS[answer.status]}>{answer.status}</Tag>
        </span>
      }
      extra={<Typography.Text type="secondary">{answer.schemeLabel}</Typography.Text>}
    >
      {answer.messages.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="病案信息未通过校验，无法分组。请按下列提示修改后重新分组："
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {answer.messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          }
        />
      )}
      {answer.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="drg-warnings"
          title="数据质量提示：病案已照常分组（与参考分组器一致），但以下内容请核对病案首页："
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {answer.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          }
        />
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'mdc', label: 'MDC', children: withName(answer.mdc, answer.mdcName) },
          { key: 'adrg', label: 'ADRG', children: withName(answer.adrg, answer.adrgName) },
          {
            key: 'drg',
            label: 'DRG',
            children: (
              <strong data-testid="drg-code">{withName(answer.drg, answer.drgName)}</strong>
            ),
          },
        ]}
      />
      {answer.messages.length === 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            分组过程
          </Typography.Title>
          <ol data-testid="drg-trace" style={{ paddingInlineStart: 24, margin: 0 }}>
            {answer.trace.map((step, index) => (
              <li key={index} style={{ marginBottom: 6, lineHeight: 1.7 }}>
                <Tag color={STAGE_COLORS[step.stage]}>{STAGE_LABELS[step.stage]}</Tag>
                {step.text}
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
