// Bulk DRG grouping on all cores: a stream of cases is cut into batches, grouped on worker threads that
// each compile the scheme once, and the results come back as a stream in input order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DrgCase, DrgResult } from '../core/drg/types';
import { badInput } from '../core/shared/errors';
import { resolveDrgSchemeRef } from '../store/drg-schemes';
import { decodeResults, encodeCases } from './drg-bulk-codec';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './drg-bulk-protocol';

export interface BulkGroupOptions {
  /** A shipped scheme name or the path of a rules file. */
  scheme: string;
  /** Worker threads; default: every core. */
  workers?: number;
  /** Cases per message to a worker; default 4,000. */
  batchSize?: number;
  /** Build each case's trace (slower); default false. */
  trace?: boolean;
  /** Refuse cases with data-quality warnings too (see GroupOptions.strict); default false. */
  strict?: boolean;
}

interface Pending {
  ids: readonly string[];
  resolve: (results: DrgResult[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** A worker answers its batches in the order it got them. */
  pending: Pending[];
}

function startWorker(setup: WorkerSetup): PoolWorker {
  const worker = new Worker(new URL('./drg-worker.mjs', import.meta.url), { workerData: setup });
  const entry: PoolWorker = { worker, pending: [] };
  worker.on('message', (reply: WorkerReply) => {
    const next = entry.pending.shift();
    if (next === undefined) return;
    if ('results' in reply) next.resolve(reply.results);
    else if ('encoded' in reply) next.resolve(decodeResults(reply.encoded, next.ids));
    else
      next.reject(
        reply.userError ? badInput(reply.error, { where: reply.where }) : new Error(reply.error),
      );
  });
  const failAll = (error: Error) => {
    for (const pending of entry.pending.splice(0)) pending.reject(error);
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`分组工作线程意外退出（退出码 ${code}）`)));
  return entry;
}

/** Worker threads that keep the compiled scheme between calls (a server or a benchmark keeps them warm). */
export interface DrgWorkerPool {
  /** Groups the cases and yields the results batch by batch, in input order. */
  groupBatches(cases: AsyncIterable<DrgCase> | Iterable<DrgCase>): AsyncGenerator<DrgResult[]>;
  /** Resolves once every worker has loaded and compiled the scheme. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function openDrgWorkerPool(options: BulkGroupOptions): DrgWorkerPool {
  const setup: WorkerSetup = {
    scheme: resolveDrgSchemeRef(options.scheme),
    trace: options.trace ?? false,
    strict: options.strict ?? false,
  };
  const batchSize = Math.max(1, options.batchSize ?? 4000);
  const pool = Array.from({ length: Math.max(1, options.workers ?? availableParallelism()) }, () =>
    startWorker(setup),
  );
  const send = (target: PoolWorker, batch: DrgCase[]) => {
    const ids = batch.map((drgCase) => drgCase.id);
    const promise = new Promise<DrgResult[]>((resolve, reject) =>
      target.pending.push({ ids, resolve, reject }),
    );
    promise.catch(() => undefined); // awaited in order by the caller; this only keeps an early failure from being "unhandled"
    const message: WorkerBatch = setup.trace ? batch : encodeCases(batch);
    target.worker.postMessage(message);
    return promise;
  };
  const leastBusy = () =>
    pool.reduce((least, entry) => (entry.pending.length < least.pending.length ? entry : least));

  async function* groupBatches(
    cases: AsyncIterable<DrgCase> | Iterable<DrgCase>,
  ): AsyncGenerator<DrgResult[]> {
    const inFlight: Array<Promise<DrgResult[]>> = [];
    const maxInFlight = pool.length * 3;
    let batch: DrgCase[] = [];
    for await (const drgCase of cases) {
      batch.push(drgCase);
      if (batch.length < batchSize) continue;
      inFlight.push(send(leastBusy(), batch));
      batch = [];
      while (inFlight.length >= maxInFlight) yield await (inFlight.shift() as Promise<DrgResult[]>);
    }
    if (batch.length > 0) inFlight.push(send(leastBusy(), batch));
    while (inFlight.length > 0) yield await (inFlight.shift() as Promise<DrgResult[]>);
  }

  return {
    groupBatches,
    ready: async () => {
      await Promise.all(pool.map((entry) => send(entry, [])));
    },
    close: async () => {
      for (const entry of pool) entry.worker.removeAllListeners('exit');
      await Promise.all(pool.map((entry) => entry.worker.terminate()));
    },
  };
}

/** Groups the cases on fresh worker threads and yields the results batch by batch, in input order. */
export async function* groupBatchesInParallel(
  cases: AsyncIterable<DrgCase> | Iterable<DrgCase>,
  options: BulkGroupOptions,
): AsyncGenerator<DrgResult[]> {
  const pool = openDrgWorkerPool(options);
  try {
    yield* pool.groupBatches(cases);
  } finally {
    await pool.close();
  }
}

/** Groups the cases on worker threads and yields each result, in input order. */
export async function* groupCasesInParallel(
  cases: AsyncIterable<DrgCase> | Iterable<DrgCase>,
  options: BulkGroupOptions,
): AsyncGenerator<DrgResult> {
  for await (const results of groupBatchesInParallel(cases, options)) yield* results;
}
