// Starting a case-mix run: bill dataset, grouping scheme and weight source, then 开始计算 with a progress bar
// while the server groups the inpatient encounters.
import { useEffect, useEffectEvent, useState } from 'react';
import { Alert, Button, Checkbox, Form, Radio, Select, Space } from 'antd';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { cancelJob, isLive, useJob } from '../../shared/jobs';
import { JobProgress } from '../../shared/JobProgress';
import { useLoad } from '../../shared/useLoad';
import { casemixApi, type CasemixWeightRequest, type JobView } from './api';

type WeightKind = CasemixWeightRequest['kind'];

export function StartRunForm({ onFinished }: { onFinished: (runId: number) => void }) {
  const datasets = useLoad('datasets', () => casemixApi.datasets());
  const schemes = useLoad('schemes', () => casemixApi.schemes());
  const tables = useLoad('weight-tables', () => casemixApi.weightTables());
  const ready = (datasets.data?.datasets ?? []).filter((item) => item.status === 'ready');
  const [datasetId, setDatasetId] = useState<number | null>(null);
  const [scheme, setScheme] = useState('chs-drg-1.1');
  const [weightKind, setWeightKind] = useState<WeightKind>('yancheng-2023');
  const [tableId, setTableId] = useState<number | null>(null);
  const [strict, setStrict] = useState(false);
  const [started, setStarted] = useState<{ runId: number; job: JobView } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const chosen = datasetId ?? ready[0]?.id ?? null;
  const polled = useJob(started?.job.id ?? null);
  const job = polled.job ?? started?.job ?? null;
  const finished = useEffectEvent(() => {
    if (started !== null) onFinished(started.runId);
  });
  useEffect(() => {
    if (job?.status === 'done') finished();
  }, [job?.status]);

  const start = async () => {
    if (chosen === null) return;
    setError(null);
    const weights: CasemixWeightRequest =
      weightKind === 'table' ? { kind: 'table', id: tableId ?? 0 } : { kind: weightKind };
    try {
      const answer = await casemixApi.start(chosen, scheme, weights, strict);
      setStarted({ runId: answer.run.id, job: answer.job });
    } catch (failure) {
      setError(failure);
    }
  };

  if (datasets.error !== null)
    return <ErrorAlert error={datasets.error} onRetry={datasets.reload} />;
  if (!datasets.loading && ready.length === 0) {
    return (
      <Alert
        type="info"
        showIcon
        title="还没有可用的账单数据"
        description="请先到「测算 → 账单数据」上传账单明细文件（CSV 或 Parquet），或生成演示账单，检查完成后回到这里计算。"
      />
    );
  }
  const running = job !== null && isLive(job.status);
  return (
    <Form layout="inline" style={{ rowGap: 12 }}>
      <Form.Item label="账单数据集">
        <Select
          aria-label="账单数据集"
          style={{ width: 300 }}
          loading={datasets.loading}
          value={chosen}
          onChange={setDatasetId}
          options={ready.map((item) => ({
            value: item.id,
            label: `${item.name}（住院 ${item.description?.inpatientEncounters ?? 0} 例）`,
          }))}
        />
      </Form.Item>
      <Form.Item label="分组方案">
        <Select
          aria-label="分组方案"
          style={{ width: 200 }}
          value={scheme}
          onChange={setScheme}
          options={(schemes.data?.schemes ?? []).map((item) => ({
            value: item.code,
            label: item.name,
          }))}
        />
      </Form.Item>
      <Form.Item label="权重来源">
        <Space>
          <Radio.Group
            value={weightKind}
            onChange={(event) => setWeightKind(event.target.value as WeightKind)}
            options={[
              { value: 'yancheng-2023', label: '盐城 2023（CHS-DRG 1.1）' },
              { value: 'derived', label: '由本账单测算' },
              {
                value: 'table',
                label: '已导入的权重表',
                disabled: (tables.data?.tables ?? []).length === 0,
              },
            ]}
          />
          {weightKind === 'table' && (
            <Select
              aria-label="权重表"
              style={{ width: 220 }}
              value={tableId}
              onChange={setTableId}
              placeholder="选择权重表"
              options={(tables.data?.tables ?? []).map((item) => ({
                value: item.id,
                label: `${item.pool} ${item.year} 年 第 ${item.version} 版`,
              }))}
            />
          )}
        </Space>
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={strict}
          onChange={(event) => setStrict(event.target.checked)}
          title="勾选后，编码不在目录中、主诊断与性别或年龄不符的病例判为信息校验不通过，不再分组；默认按参考分组器照常分组并记为数据质量提示"
        >
          严格校验
        </Checkbox>
      </Form.Item>
      <Form.Item>
        <Button
          type="primary"
          onClick={() => void start()}
          loading={running}
          disabled={chosen === null || (weightKind === 'table' && tableId === null)}
        >
          开始计算
        </Button>
      </Form.Item>
      {job !== null && (
        <div style={{ width: '100%' }} data-testid="casemix-progress">
          <JobProgress
            job={job}
            label="病例组合计算"
            onCancel={() => void cancelJob(job.id).catch(setError)}
          />
        </div>
      )}
      {(error ?? polled.error) !== null && (
        <div style={{ width: '100%' }}>
          <ErrorAlert error={error ?? polled.error} />
        </div>
      )}
    </Form>
  );
}
