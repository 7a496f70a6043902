// Reads a case file (CSV with the columns of data/drg/samples/input_DRG_Python.txt) as a stream of
// cases, a chunk at a time; a malformed file or value is an error naming the file and line.
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { caseRowReader } from '../../core/drg/case-record';
import { CsvRowSplitter } from '../../core/drg/csv-rows';
import type { DrgCase } from '../../core/drg/types';
import { badInput } from '../../core/shared/errors';

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
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
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
