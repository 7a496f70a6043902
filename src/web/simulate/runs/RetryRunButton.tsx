// 重新发起: starts a new run with a failed run's inputs — the same scenario version on the same bill dataset —
// through the ordinary start-run call, and opens it.
import { useState } from 'react';
import { Button, Tooltip } from 'antd';
import { RedoOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { errorText } from '../../shared/api';
import { runApi, type RunDetail } from './api';

/** Why the run cannot be started again with the same inputs, or null when it can. */
function missingInput(run: RunDetail): string | null {
  if (run.scenarioId === null)
    return `测算方案「${run.scenarioName}」已被删除，请在「开始测算」中另选方案。`;
  if (run.datasetId === null)
    return `账单数据集「${run.datasetName}」已被删除，请重新上传后再测算。`;
  return null;
}

export function RetryRunButton({
  run,
  onError,
}: {
  run: RunDetail;
  onError: (text: string) => void;
}) {
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const missing = missingInput(run);

  const retry = async () => {
    if (run.scenarioId === null || run.datasetId === null) return;
    setStarting(true);
    try {
      const { run: started } = await runApi.start({
        scenarioId: run.scenarioId,
        version: run.scenarioVersion,
        datasetId: run.datasetId,
      });
      navigate(`/simulate/runs/${started.id}`);
    } catch (caught) {
      onError(`未能重新发起：${errorText(caught)}`);
    } finally {
      setStarting(false);
    }
  };

  return (
    <Tooltip
      title={
        missing ??
        `用同样的输入（第 ${run.scenarioVersion} 版测算方案 × ${run.datasetName}）再测算一次`
      }
    >
      <Button
        type="primary"
        icon={<RedoOutlined />}
        loading={starting}
        disabled={missing !== null}
        onClick={() => void retry()}
      >
        重新发起
      </Button>
    </Tooltip>
  );
}
