// A job's progress bar with its message: its place in line while queued, percent when known, a moving bar
// when not, red with the reason on failure, grey once cancelled; a cancel button while it waits or runs.
import { WORK_STATUS_NAMES } from '../../core/shared/work-status';
import { Button, Popconfirm, Progress, Space, Typography } from 'antd';
import { isLive, type Job } from './jobs';

/** What the line above the bar says. */
export function jobText(job: Job): string {
  if (job.status === 'queued') {
    const ahead = job.queuePosition ?? 0;
    return ahead > 0 ? `排队中，前面还有 ${ahead} 项` : '排队中，下一个开始';
  }
  if (job.status === 'failed' || job.status === 'cancelled') return WORK_STATUS_NAMES[job.status];
  return job.message;
}

export function JobProgress({
  job,
  label,
  onCancel,
  cancelling = false,
}: {
  job: Job | null;
  label: string;
  /** Shown as a cancel button while the job waits or runs. */
  onCancel?: () => void;
  cancelling?: boolean;
}) {
  if (job === null) {
    return (
      <div data-testid="job-progress">
        <Typography.Text>{label}：正在开始…</Typography.Text>
        <Progress percent={0} status="active" />
      </div>
    );
  }
  const percent = job.progress === null ? 100 : Math.round(job.progress * 100);
  const status =
    job.status === 'failed'
      ? 'exception'
      : job.status === 'done'
        ? 'success'
        : job.status === 'cancelled'
          ? 'normal'
          : 'active';
  return (
    <div data-testid="job-progress">
      <Space>
        <Typography.Text type={job.status === 'cancelled' ? 'secondary' : undefined}>
          {label}：{jobText(job)}
        </Typography.Text>
        {onCancel !== undefined && isLive(job.status) && (
          <Popconfirm
            title="取消这项任务？"
            description="已完成的部分不会保留，需要时可重新发起。"
            okText="取消任务"
            cancelText="继续"
            onConfirm={onCancel}
          >
            <Button size="small" danger loading={cancelling} data-testid="job-cancel">
              取消
            </Button>
          </Popconfirm>
        )}
      </Space>
      <Progress
        percent={job.status === 'queued' ? 0 : percent}
        status={status}
        showInfo={job.progress !== null && job.status !== 'queued'}
      />
    </div>
  );
}
