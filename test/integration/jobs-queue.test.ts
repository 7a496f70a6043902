// The job registry runs at most so many jobs per user and in total, queues the rest with their place in
// line, cancels queued and running jobs (the work sees its abort signal), and refuses a too-long line.
// DuckDB work inside a cancelled job is interrupted.
import { describe, expect, it } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { runWithSignal } from '../../src/analytics/work-signal';
import { withDuckDB } from '../../src/analytics/duckdb';
import type { Actor } from '../../src/core/shared/roles';
import { JobRegistry, type JobWork } from '../../src/server/jobs';

const log = { error() {}, warn() {} } as unknown as FastifyBaseLogger;
const office: Actor = {
  id: 1,
  username: 'admin',
  displayName: '管理员',
  role: 'office',
  unitCode: null,
  unitName: null,
};

/** A job's work that runs until released (or aborted), recording that it saw the abort. */
function held() {
  let release: (value: string) => void = () => {};
  const state = { aborted: false, started: false };
  const work: JobWork = (_report, signal) =>
    new Promise((resolve, reject) => {
      state.started = true;
      release = resolve;
      signal.addEventListener('abort', () => {
        state.aborted = true;
        reject(new Error('aborted'));
      });
    });
  return { work, state, release: (value: string) => release(value) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('job registry', () => {
  it('queues past the per-user and total caps, shows the place in line, and moves the line on', async () => {
    const jobs = new JobRegistry(log, undefined, {
      runningPerUser: 2,
      runningTotal: 3,
      queuedPerUser: 10,
    });
    const works = Array.from({ length: 5 }, held);
    const mine = works.slice(0, 4).map((w, i) => jobs.start('t', `任务${i}`, 7, w.work));
    const other = jobs.start('t', '别人的任务', 8, works[4]?.work ?? held().work);
    expect(mine.map((job) => job.status)).toEqual(['running', 'running', 'queued', 'queued']);
    expect(mine.map((job) => job.queuePosition)).toEqual([null, null, 0, 1]);
    // the other user is under their cap and the total has room
    expect(other.status).toBe('running');
    expect(jobs.get(mine[3]?.id ?? '')?.queuePosition).toBe(1);

    works[0]?.release('一');
    await settle();
    expect(jobs.get(mine[0]?.id ?? '')).toMatchObject({ status: 'done', result: '一' });
    expect(jobs.get(mine[2]?.id ?? '')?.status).toBe('running');
    expect(jobs.get(mine[3]?.id ?? '')).toMatchObject({ status: 'queued', queuePosition: 0 });
  });

  it('cancels a queued job and a running one, whose work gets the abort signal', async () => {
    const jobs = new JobRegistry(log, undefined, {
      runningPerUser: 1,
      runningTotal: 1,
      queuedPerUser: 10,
    });
    const first = held();
    const second = held();
    const running = jobs.start('t', '一', 7, first.work);
    const queued = jobs.start('t', '二', 7, second.work);
    expect((await jobs.cancel(queued.id, office))?.status).toBe('cancelled');
    expect(second.state.started).toBe(false);
    expect((await jobs.cancel(running.id, office))?.status).toBe('cancelled');
    expect(first.state.aborted).toBe(true);
    await settle();
    expect(jobs.get(running.id)?.status).toBe('cancelled');
    await expect(jobs.cancel(running.id, office)).rejects.toThrow('已经取消');
  });

  it('refuses a job past the queue cap with 429', () => {
    const jobs = new JobRegistry(log, undefined, {
      runningPerUser: 1,
      runningTotal: 1,
      queuedPerUser: 2,
    });
    for (let i = 0; i < 3; i++) jobs.start('t', `${i}`, 7, held().work);
    expect(() => jobs.start('t', '再一个', 7, held().work)).toThrow(
      expect.objectContaining({ status: 429, message: expect.stringContaining('上限 2 项') }),
    );
  });

  it('interrupts a DuckDB query of a cancelled job', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const query = runWithSignal(controller.signal, () =>
      withDuckDB((connection) =>
        connection.run(
          'select count(*) from range(10000000000) a, range(1000) b where a.range % 7 = b.range',
        ),
      ),
    );
    setTimeout(() => controller.abort(), 300);
    await expect(query).rejects.toThrow(/INTERRUPT|interrupt/i);
    console.log(`DuckDB query interrupted after ${Math.round(performance.now() - started)} ms`);
  });
});
