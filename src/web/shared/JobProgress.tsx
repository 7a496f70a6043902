// A job's progress bar with its message: percent when known, a moving bar when not, red with the reason on failure.
import { Progress, Typography } from 'antd';
import type { Job } from './jobs';

export function JobProgress({ job, label }: { job: Job | null; label: string }) {
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
    job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : 'active';
  return (
    <div data-testid="job-progress">
      <Typography.Text>
        {label}：{job.status === 'failed' ? '失败' : job.message}
      </Typography.Text>
      <Progress percent={percent} status={status} showInfo={job.progress !== null} />
    </div>
  );
}
