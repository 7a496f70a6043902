// Background jobs of the server (scanning bills, demo bills, a simulation or DRG payment run, deriving weights):
// the job as the API returns it, a hook that polls it until it has ended, and cancelling it.
import { useEffect, useState } from 'react';
import { apiJson } from './api';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** Whether a job is waiting or under way (it can still be cancelled, and is polled). */
export const isLive = (status: JobStatus) => status === 'queued' || status === 'running';

export interface Job {
  id: string;
  kind?: string;
  title?: string;
  status: JobStatus;
  /** Jobs ahead of it in line while it is queued. */
  queuePosition?: number | null;
  /** Share done, 0 to 1; null while the total is not known. */
  progress: number | null;
  message: string;
  result: unknown;
  error: { message: string; where?: string; line?: number } | null;
}

export const getJob = (id: string) => apiJson<Job>('GET', `/api/jobs/${encodeURIComponent(id)}`);
export const cancelJob = (id: string) =>
  apiJson<Job>('POST', `/api/jobs/${encodeURIComponent(id)}/cancel`);

export interface PolledJob {
  job: Job | null;
  /** A request that failed (the job itself may still run). */
  error: unknown;
}

/** Polls `/api/jobs/:id` every `intervalMs` while the job waits or runs; null id: nothing to poll. */
export function useJob(id: string | null, intervalMs = 700): PolledJob {
  const [state, setState] = useState<{ id: string; polled: PolledJob } | null>(null);

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const poll = () => {
      getJob(id).then(
        (job) => {
          if (cancelled) return;
          failures = 0;
          setState({ id, polled: { job, error: null } });
          if (isLive(job.status)) timer = setTimeout(poll, intervalMs);
        },
        (error: unknown) => {
          if (cancelled) return;
          failures += 1;
          setState((previous) => ({
            id,
            polled: { job: previous?.id === id ? previous.polled.job : null, error },
          }));
          // A passing network problem should not end the watch; a persistent one should.
          if (failures < 5) timer = setTimeout(poll, intervalMs * 2);
        },
      );
    };
    poll();
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [id, intervalMs]);

  return state !== null && state.id === id ? state.polled : { job: null, error: null };
}
