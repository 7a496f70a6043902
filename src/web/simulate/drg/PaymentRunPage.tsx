// DRG 付费测算: choose a bill dataset, a weight table and the payment parameters, run in the background with a
// progress bar, then see per hospital DRG revenue against fee-for-service; earlier runs can be opened again.
import { useState } from 'react';
import { Alert, Card, Select, Space, Spin, Typography } from 'antd';
import { errorText } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDrgContext } from './DrgArea';
import type { Job } from '../../shared/jobs';
import { WatchJob } from '../../shared/WatchJob';
import { PaymentParamsForm, type PaymentRequest } from './PaymentParamsForm';
import { PaymentResults } from './PaymentResults';
import { useLoad } from '../../shared/useLoad';
import { paymentApi, weightsApi } from './weights-api';

export function PaymentRunPage() {
  const { scheme } = useDrgContext();
  const [round, setRound] = useState(0);
  const choices = useLoad('payment-choices', async () => {
    const [datasets, tables] = await Promise.all([weightsApi.datasets(), weightsApi.list()]);
    return { datasets, tables: tables.tables };
  });
  const runs = useLoad(`runs:${round}`, () => paymentApi.list());
  const [runId, setRunId] = useState<number | null>(null);
  const run = useLoad(runId === null ? null : `run:${runId}:${round}`, () =>
    paymentApi.get(runId as number),
  );
  const [job, setJob] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async (request: PaymentRequest) => {
    setError(null);
    try {
      const answer = await paymentApi.start({ ...request, scheme });
      setRunId(null);
      setJob(answer.job.id);
      setRunId(answer.run.id);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const ended = (finished: Job) => {
    setJob(null);
    if (finished.status === 'failed') setError(finished.error?.message ?? finished.message);
    setRound((value) => value + 1);
  };

  const current = run.data;
  return (
    <div>
      <Typography.Paragraph type="secondary">
        把 DRG
        付费当作又一种支付规则，用在同一批账单上：住院病例按当前分组方案分组，按权重表和参数算出每例的
        DRG 支付，再与按项目付费（账单总额）对比，看各医院、各病组是结余还是亏损。
      </Typography.Paragraph>
      {choices.error !== null && <ErrorAlert error={choices.error} onRetry={choices.reload} />}
      <Card size="small" title="测算参数" style={{ marginBottom: 12 }}>
        <PaymentParamsForm
          datasets={choices.data?.datasets ?? []}
          tables={choices.data?.tables ?? []}
          busy={job !== null}
          onRun={(request) => void start(request)}
        />
        {job !== null && (
          <div style={{ marginTop: 12 }}>
            <WatchJob jobId={job} label="DRG 付费测算" onEnd={ended} />
          </div>
        )}
        {error !== null && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      </Card>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>查看测算结果</Typography.Text>
        <Select
          style={{ width: 460 }}
          placeholder="选择以前的测算"
          value={runId ?? undefined}
          onChange={setRunId}
          options={(runs.data ?? []).map((item) => ({
            value: item.id,
            label: `#${item.id} ${item.datasetName} · ${item.weightTableTitle} · ${
              item.status === 'done'
                ? '已完成'
                : item.status === 'failed'
                  ? '失败'
                  : item.status === 'cancelled'
                    ? '已取消'
                    : '进行中'
            }`,
          }))}
        />
      </Space>
      {run.loading && <Spin />}
      {run.error !== null && <ErrorAlert error={run.error} onRetry={run.reload} />}
      {current !== undefined && current.status === 'failed' && (
        <Alert type="error" showIcon title={`测算 #${current.id} 失败：${current.error ?? ''}`} />
      )}
      {current !== undefined && current.status === 'done' && current.summary !== null && (
        <PaymentResults run={current} summary={current.summary} />
      )}
    </div>
  );
}
