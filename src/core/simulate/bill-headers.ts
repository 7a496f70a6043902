// A bill file's header row read against the format: which column each header stands for, whether the
// file speaks the format's English names or the Chinese headers of hospital exports, and headers that
// name the same column twice.
import { badInput } from '../shared/errors';
import {
  BILL_COLUMNS,
  billColumnOf,
  headerKey,
  YUAN_COLUMN_HEADERS,
  type SourceColumnName,
} from './bill-columns';

/** English: every known header is a format name; chinese: none is; mixed: some of each. */
export type BillHeaderForm = 'english' | 'chinese' | 'mixed';

export interface BillHeaderRow {
  /** Per header, the format's name when it stands for a column, else the header as written (trimmed). */
  names: string[];
  /** How many headers stand for a column of the format. */
  known: number;
  form: BillHeaderForm;
}

const labelOf = (name: SourceColumnName): string =>
  BILL_COLUMNS.find((column) => column.name === name)?.header ??
  YUAN_COLUMN_HEADERS[name as keyof typeof YUAN_COLUMN_HEADERS].header;

/** Maps a header row; two headers that stand for one column are an error naming both. */
export function readBillHeader(headers: readonly string[], file: string): BillHeaderRow {
  const names: string[] = [];
  const seen = new Map<string, string>();
  let english = 0;
  let known = 0;
  for (const raw of headers) {
    const header = raw.replace(/^\ufeff/, '').trim();
    const name = billColumnOf(header);
    if (name === undefined) {
      names.push(header);
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined)
      throw badInput(
        `表头“${earlier}”和“${header}”都是${labelOf(name)}（${name}），请删去其中一列后重新上传`,
        { where: file, line: 1 },
      );
    seen.set(name, header);
    known++;
    if (headerKey(header) === name) english++;
    names.push(name);
  }
  const form: BillHeaderForm = english === known ? 'english' : english === 0 ? 'chinese' : 'mixed';
  return { names, known, form };
}

/** Whether a row of cell texts looks like a bill header: at least three cells name columns, most do. */
export function isBillHeader(texts: readonly string[]): boolean {
  const filled = texts.filter((text) => text.trim() !== '');
  const known = filled.filter((text) => billColumnOf(text) !== undefined).length;
  return known >= 3 && known * 2 >= filled.length;
}
