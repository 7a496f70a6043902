// Long work started from the web (scanning a bill file, generating demo bills, a simulation run): runs in the
// background while the page polls its progress. Jobs live in this process; what they produce is stored.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { UserError } from '../core/shared/errors';

export type JobStatus = 'running' | 'done' | 'failed';

export interface JobView {
  id: string;
  kind: string;
  title: string;
  ownerId: number;
  status: JobStatus;
  /** Share done, 0 to 1; null while the total is not known. */
  progress: number | null;
  message: string;
  startedAt: string;
  finishedAt: string | null;
  result: unknown;
  error: { message: string; where?: string; line?: number } | null;
}

export type ReportProgress = (progress: number | null, message: string) => void;

const keepFinishedMs = 60 * 60 * 1000;

export class JobRegistry {
  private readonly jobs = new Map<string, JobView>();

  constructor(private readonly log: FastifyBaseLogger) {}

  /** Starts `work` without waiting for it; its result or error is kept on the job. */
  start(
    kind: string,
    title: string,
    ownerId: number,
    work: (report: ReportProgress) => Promise<unknown>,
  ): JobView {
    this.forgetOld();
    const job: JobView = {
      id: randomUUID(),
      kind,
      title,
      ownerId,
      status: 'running',
      progress: 0,
      message: '已开始',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      result: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    const report: ReportProgress = (progress, message) => {
      job.progress = progress === null ? null : Math.max(0, Math.min(1, progress));
      job.message = message;
    };
    work(report).then(
      (result) => {
        Object.assign(job, { status: 'done', progress: 1, message: '已完成', result });
        job.finishedAt = new Date().toISOString();
      },
      (error: unknown) => {
        job.status = 'failed';
        job.finishedAt = new Date().toISOString();
        if (error instanceof UserError) {
          job.error = { message: error.message, ...error.details };
        } else {
          this.log.error({ err: error, job: job.id, kind }, 'job failed');
          job.error = { message: '处理时出现内部错误，已记录日志。请稍后重试，或联系管理员。' };
        }
        job.message = job.error.message;
      },
    );
    return { ...job };
  }

  get(id: string): JobView | undefined {
    const job = this.jobs.get(id);
    return job ? { ...job } : undefined;
  }

  list(ownerId: number): JobView[] {
    return [...this.jobs.values()]
      .filter((job) => job.ownerId === ownerId)
      .map((job) => ({ ...job }));
  }

  private forgetOld(): void {
    const cutoff = Date.now() - keepFinishedMs;
    for (const [id, job] of this.jobs) {
      if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) this.jobs.delete(id);
    }
  }
}
