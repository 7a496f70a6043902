// Shows a running job's progress and tells the caller once when it ends (done or failed).
import { useEffect, useEffectEvent } from 'react';
import { Alert } from 'antd';
import { errorText } from './api';
import { JobProgress } from './JobProgress';
import { useJob, type Job } from './jobs';

export function WatchJob({
  jobId,
  label,
  onEnd,
}: {
  jobId: string;
  label: string;
  onEnd: (job: Job) => void;
}) {
  const { job, error } = useJob(jobId);
  const ended = useEffectEvent((finished: Job) => onEnd(finished));
  const status = job?.status;

  useEffect(() => {
    if (job && (status === 'done' || status === 'failed')) ended(job);
    // Only the change of status matters; the job object changes on every poll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  return (
    <div>
      <JobProgress job={job} label={label} />
      {error !== null && (
        <Alert type="warning" showIcon title={`暂时读不到进度：${errorText(error)}`} />
      )}
    </div>
  );
}
