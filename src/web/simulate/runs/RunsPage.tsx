// 改革测算: start a run (scenario version × bill dataset) with a progress bar, and the past runs.
import { useState } from 'react';
import { Alert, App, Card, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useMay } from '../../shared/auth';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/useLoad';
import { runApi } from './api';
import { NewRunForm } from './NewRunForm';
import { RunList } from './RunList';

export function RunsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const may = useMay();
  const runs = useLoad('runs', () => runApi.list());
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {may('run.write') && (
        <Card title="开始测算" size="small">
          <NewRunForm
            onStart={runs.reload}
            onEnd={(run, job) => {
              runs.reload();
              if (job.status === 'done') {
                message.success(`测算 #${run.id} 已完成`);
                navigate(`/simulate/runs/${run.id}`);
              } else {
                setFailure(`测算 #${run.id} 未能完成：${job.error?.message ?? job.message}`);
              }
            }}
          />
          {failure && (
            <Alert
              style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}
              type="error"
              showIcon
              title={failure}
              closable={{ onClose: () => setFailure(null) }}
            />
          )}
        </Card>
      )}
      <Card title="测算记录" size="small">
        {runs.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={runs.error} onRetry={runs.reload} />
          </div>
        )}
        <RunList runs={runs.data ?? []} loading={runs.loading} />
      </Card>
    </Space>
  );
}
