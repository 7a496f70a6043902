// Background jobs of the server (scanning bills, demo bills, a simulation or DRG payment run, deriving weights):
// the job as the API returns it, and a hook that polls it until it is done or failed.
import { useEffect, useState } from 'react';
import { apiJson } from './api';

export type JobStatus = 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  kind?: string;
  title?: string;
  status: JobStatus;
  /** Share done, 0 to 1; null while the total is not known. */
  progress: number | null;
  message: string;
  result: unknown;
  error: { message: string; where?: string; line?: number } | null;
}

export const getJob = (id: string) => apiJson<Job>('GET', `/api/jobs/${encodeURIComponent(id)}`);

export interface PolledJob {
  job: Job | null;
  /** A request that failed (the job itself may still run). */
  error: unknown;
}

/** Polls `/api/jobs/:id` every `intervalMs` while the job runs; null id: nothing to poll. */
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
          if (job.status === 'running') timer = setTimeout(poll, intervalMs);
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
