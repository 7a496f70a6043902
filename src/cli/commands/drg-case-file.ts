// Reads a case file (CSV with the columns of data/drg/samples/input_DRG_Python.txt): as a stream of cases,
// a chunk at a time, or as its header and pieces of whole records in bytes (for grouping straight to CSV,
// in-process or on worker threads). A malformed file or value is an error naming the file and line.
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { caseRowReader } from '../../core/drg/case-record';
import { firstRecordEnd, lastRecordEnd } from '../../core/drg/csv-record-end';
import { CsvRowSplitter } from '../../core/drg/csv-rows';
import type { DrgCase } from '../../core/drg/types';
import { badInput } from '../../core/shared/errors';

const READ_BYTES = 1 << 20;
/** Bytes of records per piece: small enough that the threads finish close together at the end of a file. */
const PIECE_BYTES = 1 << 18;

/** The cases of the file in order, in batches of one read chunk each (about 1 MB of text). */
export async function* readCaseBatches(file: string): AsyncGenerator<DrgCase[]> {
  const name = path.basename(file);
  if (!existsSync(file)) throw badInput('文件不存在', { where: file });
  const splitter = new CsvRowSplitter(name);
  let reader: ReturnType<typeof caseRowReader> | undefined;
  let batch: DrgCase[] = [];
  const onRow = (values: string[], line: number) => {
    if (reader === undefined) reader = caseRowReader(values, name);
    else batch.push(reader(values, line));
  };
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: READ_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      splitter.push(chunk, onRow);
      if (batch.length === 0) continue;
      yield batch;
      batch = [];
    }
  } finally {
    stream.destroy();
  }
  splitter.end(onRow);
  if (reader === undefined) caseRowReader([], name);
  if (batch.length > 0) yield batch;
}

/** The cases of the file in order, one by one. */
export async function* readCaseFile(file: string): AsyncGenerator<DrgCase> {
  for await (const batch of readCaseBatches(file)) yield* batch;
}

export interface CaseFilePieces {
  /** The file's name, as errors name it. */
  name: string;
  /** The column names (checked: every case column is there). */
  header: string[];
  /** Lines up to and including the header. */
  headerLines: number;
  /** The records after the header, in pieces of whole records of about 256 KB, in order; UTF-8 bytes. */
  pieces: AsyncGenerator<Uint8Array>;
}

/** Opens the case file: reads and checks its header; the pieces are read as they are asked for. */
export async function openCasePieces(file: string): Promise<CaseFilePieces> {
  const name = path.basename(file);
  if (!existsSync(file)) throw badInput('文件不存在', { where: file });
  const stream = createReadStream(file, { highWaterMark: READ_BYTES });
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let carry: Buffer = Buffer.alloc(0);
  let ended = false;
  const readMore = async () => {
    const next = await chunks.next();
    if (next.done === true) ended = true;
    else carry = carry.length === 0 ? next.value : Buffer.concat([carry, next.value]);
  };

  let header: string[] | undefined;
  const headerSplitter = new CsvRowSplitter(name);
  const onHeader = (values: string[]) => {
    header ??= values;
  };
  try {
    // Record by record (empty lines before the header are skipped), so no case row is read here.
    let from = 0;
    while (header === undefined && !(ended && from >= carry.length)) {
      const end = firstRecordEnd(carry, from);
      if (end === -1 && !ended) {
        await readMore();
        continue;
      }
      const to = end === -1 ? carry.length : end;
      headerSplitter.push(carry.toString('utf8', from, to), onHeader);
      if (end === -1) headerSplitter.end(onHeader);
      from = to;
    }
    carry = carry.subarray(from);
    caseRowReader(header ?? [], name);
  } catch (error) {
    stream.destroy();
    throw error;
  }

  async function* pieces(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        if (carry.length >= PIECE_BYTES || (ended && carry.length > 0)) {
          const window = carry.length > PIECE_BYTES ? carry.subarray(0, PIECE_BYTES) : carry;
          // A record longer than a piece makes the piece longer; the file's last record may lack its break.
          let end = lastRecordEnd(window);
          if (end === 0 && window !== carry) end = lastRecordEnd(carry);
          if (end === 0 && ended) end = carry.length;
          if (end > 0) {
            yield carry.subarray(0, end);
            carry = carry.subarray(end);
            continue;
          }
        }
        if (ended) return;
        await readMore();
      }
    } finally {
      stream.destroy();
    }
  }

  return {
    name,
    header: header ?? [],
    headerLines: headerSplitter.lineCount,
    pieces: pieces(),
  };
}
