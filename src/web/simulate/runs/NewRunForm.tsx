// 开始测算: pick a scenario (and one of its versions) and a bill dataset, start the run, watch its progress.
import { useState } from 'react';
import { Alert, Button, Form, Select, Space } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { errorText } from '../../shared/api';
import type { Job } from '../../shared/jobs';
import { formatCount } from '../common/money';
import { useLoad } from '../../shared/useLoad';
import { WatchJob } from '../../shared/WatchJob';
import { datasetApi } from '../datasets/api';
import { scenarioApi } from '../scenarios/api';
import { runApi, type RunSummary } from './api';

const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

export function NewRunForm({
  onStart,
  onEnd,
}: {
  onStart: () => void;
  onEnd: (run: RunSummary, job: Job) => void;
}) {
  const [params] = useSearchParams();
  const [scenarioId, setScenarioId] = useState<number | null>(numberParam(params.get('scenario')));
  const [version, setVersion] = useState<number | null>(null);
  const [datasetId, setDatasetId] = useState<number | null>(numberParam(params.get('dataset')));
  const [running, setRunning] = useState<{ run: RunSummary; jobId: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const scenarios = useLoad('scenarios', () => scenarioApi.list());
  const datasets = useLoad('datasets', () => datasetApi.list());
  const detail = useLoad(scenarioId === null ? null : `scenario:${scenarioId}`, () =>
    scenarioApi.get(scenarioId ?? 0),
  );
  const ready = (datasets.data ?? []).filter((dataset) => dataset.status === 'ready');

  const start = async () => {
    if (scenarioId === null || datasetId === null) return;
    setStarting(true);
    setError(null);
    try {
      const { run, job } = await runApi.start({
        scenarioId,
        datasetId,
        ...(version !== null ? { version } : {}),
      });
      setRunning({ run, jobId: job.id });
      onStart();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setStarting(false);
    }
  };

  return (
    <div>
      <Form layout="inline" onFinish={() => void start()}>
        <Form.Item label="测算方案" htmlFor="run-scenario">
          <Select
            id="run-scenario"
            aria-label="测算方案"
            style={{ width: 320 }}
            placeholder="选择测算方案"
            loading={scenarios.loading}
            value={scenarioId ?? undefined}
            onChange={(value: number) => {
              setScenarioId(value);
              setVersion(null);
            }}
            options={(scenarios.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}（第 ${s.version} 版）`,
            }))}
            notFoundContent={<Link to="/simulate/scenarios">还没有测算方案，去新建</Link>}
          />
        </Form.Item>
        <Form.Item label="版本">
          <Select
            aria-label="版本"
            style={{ width: 220 }}
            disabled={scenarioId === null}
            loading={detail.loading}
            value={version ?? 0}
            onChange={(value: number) => setVersion(value === 0 ? null : value)}
            options={[
              { value: 0, label: '最新版本' },
              ...[...(detail.data?.versions ?? [])]
                .sort((a, b) => b.version - a.version)
                .map((v) => ({
                  value: v.version,
                  label: `第 ${v.version} 版${v.note ? `：${v.note}` : ''}`,
                })),
            ]}
          />
        </Form.Item>
        <Form.Item label="账单数据" htmlFor="run-dataset">
          <Select
            id="run-dataset"
            aria-label="账单数据"
            style={{ width: 340 }}
            placeholder="选择账单数据集"
            loading={datasets.loading}
            value={datasetId ?? undefined}
            onChange={(value: number) => setDatasetId(value)}
            options={ready.map((d) => ({
              value: d.id,
              label: `${d.name} — ${formatCount(d.description?.lines ?? 0)} 行明细${
                d.description?.firstDate
                  ? `，${d.description.firstDate} 至 ${d.description.lastDate ?? ''}`
                  : ''
              }`,
            }))}
            notFoundContent={<Link to="/simulate/datasets">还没有可用的账单，去上传或生成</Link>}
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={starting}
              disabled={scenarioId === null || datasetId === null || running !== null}
            >
              开始测算
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {running && (
        <div style={{ marginTop: 12 }}>
          <WatchJob
            jobId={running.jobId}
            label={`测算 #${running.run.id}「${running.run.scenarioName}」`}
            onEnd={(job) => {
              setRunning(null);
              onEnd(running.run, job);
            }}
          />
        </div>
      )}
      {error && (
        <Alert
          style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}
          type="error"
          showIcon
          title={error}
        />
      )}
    </div>
  );
}
