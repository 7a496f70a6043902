// Reads an uploaded case file — CSV (UTF-8 or GBK, as Excel saves it) or .xlsx with the case format's column
// names or their Chinese headers — into cases; a problem names the file and the line (row) to fix.
import { caseColumnOf } from '../core/drg/case-columns';
import { checkCaseColumns, parseCaseRecord } from '../core/drg/case-record';
import type { DrgCase } from '../core/drg/types';
import { badInput } from '../core/shared/errors';
import { readInWorker } from './read-in-worker';
import { isZip, readTableFile } from './read-table-file';

/** The cases of an uploaded file, in file order; an .xlsx is read on a worker thread. */
export async function readDrgCaseFile(content: Uint8Array, fileName: string): Promise<DrgCase[]> {
  return isZip(content)
    ? readInWorker<DrgCase[]>({ kind: 'drg-cases', bytes: content, fileName })
    : readDrgCaseFileInThread(content, fileName);
}

/** The same on the calling thread; the format is told by the content, not only the name. */
export async function readDrgCaseFileInThread(
  content: Uint8Array,
  fileName: string,
): Promise<DrgCase[]> {
  // Headers may be the format's names or the Chinese ones (病案号, 性别 …): records are keyed by the format's.
  const names = new Map<string, string>();
  const { rows } = await readTableFile(content, fileName, {
    checkColumns: (columns) => {
      const mapped = checkCaseColumns(columns, fileName);
      columns.forEach((column, i) => names.set(column, mapped[i] ?? column));
    },
    findHeader: (texts) => texts.filter((text) => caseColumnOf(text) !== undefined).length >= 3,
  });
  const cases = rows.map(({ line, cells }) => {
    const record: Record<string, string> = {};
    for (const [column, cell] of Object.entries(cells))
      record[names.get(column) ?? column] = String(cell ?? '').trim();
    return parseCaseRecord(record, { file: fileName, line });
  });
  if (cases.length === 0) {
    throw badInput('文件中没有病案：表头之后至少需要一行病案。', { where: fileName, line: 2 });
  }
  return cases;
}
