// Bulk DRG grouping on all cores: a stream of cases is cut into batches, grouped on worker threads that
// each compile the scheme once, and the results come back as a stream in input order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DrgCase, DrgResult } from '../core/drg/types';
import { badInput } from '../core/shared/errors';
import { resolveDrgSchemeRef } from '../store/drg-schemes';
import { decodeResults, encodeCases } from './drg-bulk-codec';
import type { CsvPieceJob, WorkerBatch, WorkerReply, WorkerSetup } from './drg-bulk-protocol';

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

/** A case file as header and pieces of whole records (see openCasePieces in the CLI). */
export interface CsvPieces {
  name: string;
  header: string[];
  headerLines: number;
  pieces: AsyncIterable<Uint8Array>;
}

interface Pending {
  accept: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** A worker answers its batches in the order it got them. */
  pending: Pending[];
}

/** The error a worker reported; a line it names counts from `linesBefore` on. */
function replyError(reply: Extract<WorkerReply, { error: string }>, linesBefore = 0): Error {
  if (!reply.userError) return new Error(reply.error);
  return badInput(reply.error, {
    where: reply.where,
    ...(reply.line === undefined ? {} : { line: reply.line + linesBefore }),
  });
}

function startWorker(setup: WorkerSetup): PoolWorker {
  const worker = new Worker(new URL('./drg-worker.mjs', import.meta.url), { workerData: setup });
  const entry: PoolWorker = { worker, pending: [] };
  worker.on('message', (reply: WorkerReply) => entry.pending.shift()?.accept(reply));
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
  /** Groups a case file's pieces straight into result CSV lines, piece by piece, in order. */
  groupCsvPieces(file: CsvPieces): AsyncGenerator<string>;
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
  /** Sends one message; the promise settles with what `answer` makes of the worker's reply (or its throw). */
  const ask = <T>(
    target: PoolWorker,
    message: WorkerBatch,
    answer: (reply: WorkerReply) => T,
    transfer: ArrayBuffer[] = [],
  ): Promise<T> => {
    const promise = new Promise<T>((resolve, reject) =>
      target.pending.push({
        accept: (reply) => {
          try {
            resolve(answer(reply));
          } catch (error) {
            reject(error as Error);
          }
        },
        reject,
      }),
    );
    promise.catch(() => undefined); // awaited in order by the caller; this only keeps an early failure from being "unhandled"
    target.worker.postMessage(message, transfer);
    return promise;
  };
  const send = (target: PoolWorker, batch: DrgCase[]) => {
    const ids = batch.map((drgCase) => drgCase.id);
    return ask(target, setup.trace ? batch : encodeCases(batch), (reply) => {
      if ('error' in reply) throw replyError(reply);
      if ('results' in reply) return reply.results;
      if ('encoded' in reply) return decodeResults(reply.encoded, ids);
      throw new Error('分组工作线程的回复不是病案结果');
    });
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

  async function* groupCsvPieces(file: CsvPieces): AsyncGenerator<string> {
    const inFlight: Array<Promise<WorkerReply>> = [];
    const maxInFlight = pool.length * 3;
    // Lines before the piece being answered: the header's, then each answered piece's.
    let linesBefore = file.headerLines;
    const take = async () => {
      const reply = await (inFlight.shift() as Promise<WorkerReply>);
      if ('error' in reply) throw replyError(reply, linesBefore);
      if (!('csv' in reply)) throw new Error('分组工作线程的回复不是 CSV 结果');
      linesBefore += reply.lines;
      return reply.csv;
    };
    for await (const bytes of file.pieces) {
      const piece = new Uint8Array(bytes); // a copy with its own buffer, handed over to the worker
      const job: CsvPieceJob = { piece, header: file.header, file: file.name };
      inFlight.push(ask(leastBusy(), job, (reply) => reply, [piece.buffer]));
      while (inFlight.length >= maxInFlight) yield await take();
    }
    while (inFlight.length > 0) yield await take();
  }

  return {
    groupBatches,
    groupCsvPieces,
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
