// Messages between the bulk DRG grouper and its worker threads.
import type { DrgCase, DrgResult } from '../core/drg/types';

/** What a worker is started with: the scheme to load (a shipped name or an absolute path). */
export interface WorkerSetup {
  scheme: string;
  trace: boolean;
  /** Refuse cases with data-quality warnings too (GroupOptions.strict). */
  strict: boolean;
}

/** Whole records of a case file in UTF-8, to be grouped straight into result CSV lines. */
export interface CsvPieceJob {
  piece: Uint8Array;
  header: string[];
  /** The file's name, as errors name it. */
  file: string;
}

/** A worker's answer to one batch: its results in order, or why it failed. */
export type WorkerReply =
  | { results: DrgResult[] }
  | { encoded: string }
  /** A CSV piece's result lines and how many lines of the file the piece spans. */
  | { csv: string; lines: number }
  /** `line` counts from the start of the piece for a CSV piece. */
  | { error: string; userError: boolean; where?: string | undefined; line?: number | undefined };

/**
 * A batch for a worker: encoded cases (see drg-bulk-codec), case objects when a trace is wanted, or a
 * piece of a case file.
 */
export type WorkerBatch = string | DrgCase[] | CsvPieceJob;
