// Shows a job's progress with a cancel button and tells the caller once when it ends (done, failed or
// cancelled).
import { useEffect, useEffectEvent, useState } from 'react';
import { Alert } from 'antd';
import { errorText } from './api';
import { JobProgress } from './JobProgress';
import { cancelJob, useJob, type Job } from './jobs';

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
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<unknown>(null);

  useEffect(() => {
    if (job && (status === 'done' || status === 'failed' || status === 'cancelled')) ended(job);
    // Only the change of status matters; the job object changes on every poll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  const cancel = () => {
    setCancelling(true);
    setCancelError(null);
    cancelJob(jobId).then(
      () => setCancelling(false),
      (failure: unknown) => {
        setCancelling(false);
        setCancelError(failure);
      },
    );
  };

  return (
    <div>
      <JobProgress job={job} label={label} onCancel={cancel} cancelling={cancelling} />
      {error !== null && (
        <Alert type="warning" showIcon title={`暂时读不到进度：${errorText(error)}`} />
      )}
      {cancelError !== null && (
        <Alert type="error" showIcon title={`未能取消：${errorText(cancelError)}`} />
      )}
    </div>
  );
}
