// The process's one embedded DuckDB instance for the bulk engines: opened on first use, closed at exit.
// SQL takes user values (file paths included) only as bound parameters; identifiers come from our own lists.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { duckdbDetail, duckdbWords } from './duckdb-errors';
import { currentSignal } from './work-signal';

let opening: Promise<DuckDBInstance> | undefined;
let opened: DuckDBInstance | undefined;

/** Where DuckDB spills sorts and windows that do not fit in memory; removed at exit. */
const spillDirectory = path.join(tmpdir(), `yigai-duckdb-${process.pid}`);

function closeNow(): void {
  opened?.closeSync();
  opened = undefined;
  opening = undefined;
  rmSync(spillDirectory, { recursive: true, force: true });
}

/**
 * DuckDB's buffer memory cap (YIGAI_DUCKDB_MEMORY_LIMIT, e.g. "4GB"; default 2GB): past it, sorts, joins and
 * aggregates spill to the spill folder, so the process stays flat however large the bill file.
 */
export const DUCKDB_MEMORY_LIMIT = process.env['YIGAI_DUCKDB_MEMORY_LIMIT'] ?? '2GB';

/** The shared in-memory instance; files are read in place, so nothing but spill space touches disk. */
export function sharedDuckDB(): Promise<DuckDBInstance> {
  opening ??= (async () => {
    mkdirSync(spillDirectory, { recursive: true });
    const instance = await DuckDBInstance.create(':memory:', {
      temp_directory: spillDirectory,
      memory_limit: DUCKDB_MEMORY_LIMIT,
    });
    opened = instance;
    process.once('exit', closeNow);
    return instance;
  })();
  return opening;
}

/**
 * Runs `work` on a fresh connection of the shared instance and disconnects afterwards; when the job it runs
 * for is cancelled, the running query is interrupted.
 */
export async function withDuckDB<T>(
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const signal = currentSignal();
  signal?.throwIfAborted();
  const connection = await (await sharedDuckDB()).connect();
  const interrupt = () => connection.interrupt();
  signal?.addEventListener('abort', interrupt, { once: true });
  try {
    return await work(connection);
  } finally {
    signal?.removeEventListener('abort', interrupt);
    connection.closeSync();
  }
}

/** Closes the shared instance (tests, and commands that finish before the process exits). */
export function closeDuckDB(): void {
  process.removeListener('exit', closeNow);
  closeNow();
}

/** Quotes an identifier from one of our own column lists; anything else is a programming error. */
export function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return `"${name}"`;
}

/**
 * A column name as a file writes it (a Chinese header, say), as a quoted identifier: only for a header the file
 * itself holds and a reader has matched to a format column; quotes are doubled, control characters refused.
 */
export function quoteFileHeader(header: string): string {
  if (header === '' || [...header].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f')) {
    throw new Error(`not a usable column header: ${JSON.stringify(header)}`);
  }
  return `"${header.replaceAll('"', '""')}"`;
}

/**
 * DuckDB's error in Chinese for a user-facing line: what is wrong (the line of the file when DuckDB names
 * it) and what to do. The English text is `duckdbDetail(error)`, for a technical detail only.
 */
export function duckdbMessage(error: unknown): string {
  return duckdbWords(error);
}

export { duckdbDetail };
