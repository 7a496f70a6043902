// Writes generated bills to one Parquet file with flat memory: rows go as CSV text into a named pipe that
// a single DuckDB COPY reads while it writes row groups, so neither side holds more than a chunk. The COPY
// runs on its own one-thread DuckDB instance, closed after, so simulations on the shared one keep all cores.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { csvColumnsSpec } from '../../analytics/bills/columns';
import { DuckDBInstance } from '@duckdb/node-api';
import { duckdbMessage } from '../../analytics/duckdb';
import { badInput } from '../../core/shared/errors';
import { CSV_HEADER, csvRow } from './csv-rows';
import { BillGenerator, type GeneratorOptions } from './generate';
import type { BillRow } from '../../analytics/bills/columns';

export interface WriteBillsOptions extends GeneratorOptions {
  /** Called after each chunk with the lines written so far. */
  onProgress?: (lines: number) => void;
  /** Sees every encounter's rows (e.g. to compute figures while writing). */
  onEncounter?: (rows: readonly BillRow[]) => void;
}

const CHUNK_CHARS = 1 << 20;

function write(stream: WriteStream, text: string): Promise<void> {
  return stream.write(text)
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        const onDrain = () => {
          stream.off('error', onError);
          resolve();
        };
        const onError = (error: Error) => {
          stream.off('drain', onDrain);
          reject(error);
        };
        stream.once('drain', onDrain);
        stream.once('error', onError);
      });
}

async function produce(stream: WriteStream, options: WriteBillsOptions): Promise<number> {
  const generator = new BillGenerator(options);
  await write(stream, CSV_HEADER);
  let chunk = '';
  while (!generator.done()) {
    const rows = generator.next();
    options.onEncounter?.(rows);
    for (const row of rows) chunk += csvRow(row);
    if (chunk.length >= CHUNK_CHARS) {
      await write(stream, chunk);
      chunk = '';
      options.onProgress?.(generator.linesGenerated);
    }
  }
  await write(stream, chunk);
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  options.onProgress?.(generator.linesGenerated);
  return generator.linesGenerated;
}

/** Generates `options.lines` bill lines into `out` (Parquet); returns the number of lines written. */
export async function writeDemoBills(out: string, options: WriteBillsOptions): Promise<number> {
  if (!/\.parquet$/i.test(out)) throw badInput('输出文件应以 .parquet 结尾', { where: out });
  const work = mkdtempSync(path.join(tmpdir(), 'yigai-bills-'));
  const pipe = path.join(work, 'bills.csv');
  const partial = `${out}.partial`;
  try {
    // A named pipe where there is one; elsewhere a temporary CSV file (flat memory, more disk).
    const streaming = process.platform !== 'win32';
    if (streaming) execFileSync('mkfifo', [pipe]);
    // One DuckDB thread keeps the COPY's buffers from growing with the file.
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const connection = await instance.connect();
    try {
      const copySql = `COPY (SELECT * FROM read_csv($1, header = true, columns = ${csvColumnsSpec()},
        nullstr = '', allow_quoted_nulls = false, auto_detect = false))
        TO $2 (FORMAT parquet, COMPRESSION zstd)`;
      try {
        let lines: number;
        if (streaming) {
          const copy = connection.run(copySql, [pipe, partial]);
          const failed = copy.then(
            () => new Promise<never>(() => {}),
            (error: unknown) => Promise.reject(error),
          );
          lines = await Promise.race([produce(createWriteStream(pipe), options), failed]);
          await copy;
        } else {
          lines = await produce(createWriteStream(pipe), options);
          await connection.run(copySql, [pipe, partial]);
        }
        renameSync(partial, out);
        return lines;
      } catch (error) {
        rmSync(partial, { force: true });
        throw badInput(`写入账单文件失败：${duckdbMessage(error)}`, { where: out });
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
