// Long work started from the web (scanning a bill file, generating demo bills, a simulation run): runs in the
// background while the page polls its progress. At most JOBS_RUNNING_PER_USER per user and JOBS_RUNNING_TOTAL
// in all run at once; the rest wait in line. A job can be cancelled; the row it works for carries this
// instance's heartbeat, so another server starting on the same database leaves it alone.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { runWithSignal } from '../analytics/work-signal';
import { duckdbDetail, duckdbWords, isDuckdbError } from '../analytics/duckdb-errors';
import { conflict, tooMany, UserError } from '../core/shared/errors';
import {
  JOBS_QUEUED_PER_USER,
  JOBS_RUNNING_PER_USER,
  JOBS_RUNNING_TOTAL,
} from '../core/shared/quotas';
import type { Actor } from '../core/shared/roles';
import { beatWork, endWork, type WorkRow } from '../store/interrupted-work';
import type { Store } from '../store/sql';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobView {
  id: string;
  kind: string;
  title: string;
  ownerId: number;
  status: JobStatus;
  /** Jobs ahead of this one in line while it is queued; null otherwise. */
  queuePosition: number | null;
  /** Share done, 0 to 1; null while the total is not known. */
  progress: number | null;
  message: string;
  startedAt: string;
  finishedAt: string | null;
  result: unknown;
  error: { message: string; where?: string; line?: number; detail?: string } | null;
}

export type ReportProgress = (progress: number | null, message: string) => void;
export type JobWork = (report: ReportProgress, signal: AbortSignal) => Promise<unknown>;

export interface JobOptions {
  /** The table row the work is for: it gets the heartbeat, and is marked 已取消 when the job is cancelled. */
  row?: WorkRow;
}

export interface JobLimits {
  runningPerUser: number;
  runningTotal: number;
  queuedPerUser: number;
}

interface Job {
  view: JobView;
  work: JobWork;
  row: WorkRow | undefined;
  controller: AbortController;
  /** True from start until the work has settled, even once cancelled: the slot is still in use. */
  occupying: boolean;
}

const keepFinishedMs = 60 * 60 * 1000;
export const HEARTBEAT_MS = 10_000;
const finished = (status: JobStatus) => status !== 'queued' && status !== 'running';

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private readonly heartbeat: ReturnType<typeof setInterval> | undefined;
  /** This server's instance, recorded in the rows of the work it runs. */
  readonly instanceId = randomUUID();

  constructor(
    private readonly log: FastifyBaseLogger,
    private readonly store?: Store,
    private readonly limits: JobLimits = {
      runningPerUser: JOBS_RUNNING_PER_USER,
      runningTotal: JOBS_RUNNING_TOTAL,
      queuedPerUser: JOBS_QUEUED_PER_USER,
    },
  ) {
    if (store) {
      this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
      this.heartbeat.unref();
    }
  }

  /** Starts `work` now or queues it, without waiting for it; its result or error is kept on the job. */
  start(
    kind: string,
    title: string,
    ownerId: number,
    work: JobWork,
    options: JobOptions = {},
  ): JobView {
    this.forgetOld();
    const queuedOfOwner = this.queue.filter((job) => job.view.ownerId === ownerId).length;
    if (queuedOfOwner >= this.limits.queuedPerUser) {
      const message = `您已有 ${queuedOfOwner} 项后台任务在排队（上限 ${this.limits.queuedPerUser} 项），请等前面的任务完成或取消后再发起`;
      if (options.row) void this.endRow(null, options.row, { status: 'failed', error: message });
      throw tooMany(message);
    }
    const job: Job = {
      view: {
        id: randomUUID(),
        kind,
        title,
        ownerId,
        status: 'queued',
        queuePosition: null,
        progress: 0,
        message: '排队中',
        startedAt: new Date().toISOString(),
        finishedAt: null,
        result: null,
        error: null,
      },
      work,
      row: options.row,
      controller: new AbortController(),
      occupying: false,
    };
    this.jobs.set(job.view.id, job);
    if (job.row) void this.beatRows([job.row]);
    this.queue.push(job);
    this.runWaiting();
    return this.viewOf(job);
  }

  get(id: string): JobView | undefined {
    const job = this.jobs.get(id);
    return job ? this.viewOf(job) : undefined;
  }

  list(ownerId: number): JobView[] {
    return [...this.jobs.values()]
      .filter((job) => job.view.ownerId === ownerId)
      .map((job) => this.viewOf(job));
  }

  /** Cancels a queued or running job: its work gets the abort signal, its row says 已取消. */
  async cancel(id: string, actor: Actor): Promise<JobView | undefined> {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (finished(job.view.status))
      throw conflict(`这项任务已经${statusWords[job.view.status]}，无需取消。`);
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    Object.assign(job.view, {
      status: 'cancelled',
      message: `已取消（${actor.displayName}）`,
      finishedAt: new Date().toISOString(),
    });
    job.controller.abort();
    if (job.row) await this.endRow(actor, job.row, { status: 'cancelled' });
    this.runWaiting();
    return this.viewOf(job);
  }

  /** Stops the heartbeat (the server is closing). */
  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
  }

  private viewOf(job: Job): JobView {
    const position = this.queue.indexOf(job);
    return { ...job.view, queuePosition: position >= 0 ? position : null };
  }

  /** Starts, in order, every queued job the limits allow. */
  private runWaiting(): void {
    const occupying = [...this.jobs.values()].filter((job) => job.occupying);
    let total = occupying.length;
    for (let i = 0; i < this.queue.length && total < this.limits.runningTotal;) {
      const job = this.queue[i] as Job;
      const owner = job.view.ownerId;
      const ofOwner = occupying.filter((other) => other.view.ownerId === owner).length;
      if (ofOwner >= this.limits.runningPerUser) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      occupying.push(job);
      total++;
      this.run(job);
    }
  }

  private run(job: Job): void {
    const { view } = job;
    Object.assign(view, { status: 'running', message: '已开始' });
    job.occupying = true;
    const report: ReportProgress = (progress, message) => {
      if (view.status !== 'running') return;
      view.progress = progress === null ? null : Math.max(0, Math.min(1, progress));
      view.message = message;
    };
    const signal = job.controller.signal;
    runWithSignal(signal, () => job.work(report, signal))
      .then(
        (result) => {
          if (view.status !== 'running') return;
          Object.assign(view, { status: 'done', progress: 1, message: '已完成', result });
          view.finishedAt = new Date().toISOString();
        },
        (error: unknown) => {
          if (view.status !== 'running') return;
          view.status = 'failed';
          view.finishedAt = new Date().toISOString();
          if (error instanceof UserError) {
            view.error = { message: error.message, ...error.details };
          } else if (isDuckdbError(error)) {
            // A bulk engine's file or data problem: said in Chinese, DuckDB's words kept as the detail.
            this.log.warn({ err: error, job: view.id, kind: view.kind }, 'job failed in DuckDB');
            view.error = { message: duckdbWords(error), detail: duckdbDetail(error) };
          } else {
            this.log.error({ err: error, job: view.id, kind: view.kind }, 'job failed');
            view.error = { message: '处理时出现内部错误，已记录日志。请稍后重试，或联系管理员。' };
          }
          view.message = view.error.message;
        },
      )
      .finally(() => {
        job.occupying = false;
        this.runWaiting();
      });
  }

  private async beat(): Promise<void> {
    const rows = [...this.jobs.values()]
      .filter((job) => !finished(job.view.status) && job.row)
      .map((job) => job.row as WorkRow);
    if (rows.length > 0) await this.beatRows(rows);
  }

  private async beatRows(rows: WorkRow[]): Promise<void> {
    if (!this.store) return;
    try {
      await beatWork(this.store, rows, this.instanceId);
    } catch (error) {
      this.log.warn({ err: error }, 'job heartbeat failed');
    }
  }

  private async endRow(
    actor: Actor | null,
    row: WorkRow,
    outcome: Parameters<typeof endWork>[3],
  ): Promise<void> {
    if (!this.store) return;
    try {
      await endWork(this.store, actor, row, outcome);
    } catch (error) {
      this.log.error({ err: error, row }, 'could not end the row of a job');
    }
  }

  private forgetOld(): void {
    const cutoff = Date.now() - keepFinishedMs;
    for (const [id, job] of this.jobs) {
      if (job.view.finishedAt && !job.occupying && Date.parse(job.view.finishedAt) < cutoff)
        this.jobs.delete(id);
    }
  }
}

const statusWords: Record<JobStatus, string> = {
  queued: '排队',
  running: '开始',
  done: '完成',
  failed: '失败',
  cancelled: '取消',
};
