// Messages between the bulk DRG grouper and its worker threads.
import type { DrgCase, DrgResult } from '../core/drg/types';

/** What a worker is started with: the scheme to load (a shipped name or an absolute path). */
export interface WorkerSetup {
  scheme: string;
  trace: boolean;
  /** Refuse cases with data-quality warnings too (GroupOptions.strict). */
  strict: boolean;
}

/** A worker's answer to one batch: its results in order, or why it failed. */
export type WorkerReply =
  | { results: DrgResult[] }
  | { encoded: string }
  | { error: string; userError: boolean; where?: string | undefined };

/** A batch for a worker: encoded cases (see drg-bulk-codec), or case objects when a trace is wanted. */
export type WorkerBatch = string | DrgCase[];
