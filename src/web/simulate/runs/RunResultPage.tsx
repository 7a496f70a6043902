// 测算结果: one run — still running (checked again every few seconds), failed (with the reason and 重新发起 with
// the same inputs), or its result.
import { useEffect, useState } from 'react';
import { Alert, Card, Progress, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/useLoad';
import { runApi } from './api';
import { ExportButtons } from './ExportButtons';
import { RetryRunButton } from './RetryRunButton';
import { RunResult } from './RunResult';

export function RunResultPage() {
  const { id = '' } = useParams();
  const loaded = useLoad(`run:${id}`, () => runApi.get(Number(id)));
  const run = loaded.data;
  const running = run?.status === 'running';
  const { reload } = loaded;
  const [retryError, setRetryError] = useState<string | null>(null);

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, 2000);
    return () => clearTimeout(timer);
  }, [running, reload, run]);

  if (!run) {
    return loaded.error !== null ? (
      <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
    ) : (
      <Spin size="large" style={{ display: 'block', marginTop: 80 }} />
    );
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <span data-testid="run-title">
            <Link to="/simulate/runs">改革测算</Link> / 测算 #{run.id}：{run.scenarioName}（第{' '}
            {run.scenarioVersion} 版）× {run.datasetName}
            {run.status === 'failed' && (
              <Tag color="error" style={{ marginLeft: 8 }}>
                失败
              </Tag>
            )}
          </span>
        }
        extra={
          run.status === 'done' && run.result ? (
            <ExportButtons run={run} />
          ) : run.status === 'failed' ? (
            <RetryRunButton run={run} onError={setRetryError} />
          ) : undefined
        }
      >
        <Typography.Text type="secondary" data-testid="run-times">
          {run.displayName ?? run.username ?? '—'} 于{' '}
          {dayjs(run.createdAt).format('YYYY-MM-DD HH:mm')} 发起
          {run.finishedAt &&
            (run.status === 'failed'
              ? `，${dayjs(run.finishedAt).format('HH:mm:ss')} 中止，没有结果`
              : `，${dayjs(run.finishedAt).format('HH:mm:ss')} 完成`)}
          。金额按分精确计算，显示时换算为元或万元。
          {run.scenarioId !== null && (
            <>
              {' '}
              <Link to={`/simulate/scenarios/${run.scenarioId}`}>查看测算方案</Link>
            </>
          )}
        </Typography.Text>
      </Card>
      {running && (
        <Card size="small">
          测算进行中，完成后自动显示结果…
          <Progress percent={100} status="active" showInfo={false} />
        </Card>
      )}
      {run.status === 'cancelled' && <Alert type="info" showIcon title="测算已取消" />}
      {run.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title="测算未能完成"
          description={
            <div style={{ whiteSpace: 'pre-wrap' }}>
              {run.error ?? '原因不明'}
              {'\n'}可点右上角「重新发起」，用同样的测算方案版本和账单数据再测算一次。
            </div>
          }
        />
      )}
      {retryError !== null && <Alert type="error" showIcon title={retryError} />}
      {loaded.error !== null && <ErrorAlert error={loaded.error} onRetry={loaded.reload} />}
      {run.status === 'done' && run.result && (
        <RunResult result={run.result} hospitalNames={run.hospitalNames ?? {}} />
      )}
    </Space>
  );
}
