// Reads a case file (CSV with the columns of data/drg/samples/input_DRG_Python.txt) as a stream of
// cases; a malformed file or value is an error naming the file and line.
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { checkCaseColumns, parseCaseRecord } from '../../core/drg/case-record';
import type { DrgCase } from '../../core/drg/types';
import { badInput } from '../../core/shared/errors';

export async function* readCaseFile(file: string): AsyncGenerator<DrgCase> {
  const name = path.basename(file);
  if (!existsSync(file)) throw badInput('文件不存在', { where: file });
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const columns = header.map((column) => column.trim());
        checkCaseColumns(columns, name);
        return columns;
      },
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }),
  );
  try {
    for await (const row of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      yield parseCaseRecord(row.record, { file: name, line: row.info.lines });
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw badInput(`CSV 格式错误：${error.message}`, { where: name, ...(line ? { line } : {}) });
    }
    throw error;
  }
}
