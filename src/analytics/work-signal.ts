// The cancel signal of the background job a piece of bulk work runs for, carried with the async context so
// that a DuckDB query started anywhere inside the job is interrupted when the job is cancelled.
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` with `signal` as the current job's cancel signal. */
export const runWithSignal = <T>(signal: AbortSignal, work: () => T): T =>
  storage.run(signal, work);

/** The cancel signal of the job this code runs in, if any. */
export const currentSignal = (): AbortSignal | undefined => storage.getStore();
