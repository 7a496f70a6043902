// Reads a price schedule (调价表) as price offices deliver it — .xlsx (first sheet) or CSV (UTF-8 or GBK) —
// into scenario price entries in fen; every wrong cell is reported with its line and column, and nothing is
// read unless every row passes.
import { badInput } from '../core/shared/errors';
import type { PriceScheduleEntry } from '../core/simulate/scenario';
import {
  cellText,
  readDate,
  readInsuranceClass,
  readLevel,
  readPrice,
  type CellRead,
} from './price-schedule-cells';
import {
  LEVEL_WORDS,
  normalisePriceHeader,
  PRICE_COLUMNS,
  priceColumnsOf,
  type PriceField,
} from './price-schedule-columns';
import { readInWorker } from './read-in-worker';
import { isZip, readTableFile, type TableRow } from './read-table-file';

export interface PriceFileError {
  /** Line of the CSV or row of the sheet, as the user sees it in Excel. */
  line: number;
  /** The column's header as the file wrote it. */
  column: string;
  message: string;
}

export type PriceFileResult = { entries: PriceScheduleEntry[] } | { errors: PriceFileError[] };

const itemCodeHeaders = new Set(
  PRICE_COLUMNS.filter((c) => c.field === 'itemCode').flatMap((c) =>
    c.aliases.map(normalisePriceHeader),
  ),
);

function checkColumns(columns: readonly string[], fileName: string): void {
  const found = priceColumnsOf(columns);
  const missing = PRICE_COLUMNS.filter((c) => c.required && !found.has(c.field));
  if (missing.length === 0) return;
  const named = missing.map((c) => `“${c.header}”（可写作 ${c.aliases.join('、')}）`);
  throw badInput(
    `${fileName} 缺少必需的列：${named.join('；')}。请在表头写上这些列名后重新导入。`,
    { where: fileName },
  );
}

/** One row as an entry, or null after pushing each wrong cell's error. */
function readRow(
  { line, cells }: TableRow,
  columns: Map<PriceField, string>,
  errors: PriceFileError[],
): PriceScheduleEntry | null {
  const before = errors.length;
  const column = (field: PriceField) => columns.get(field) ?? '';
  const text = (field: PriceField) => {
    const header = columns.get(field);
    return header === undefined ? '' : cellText(cells[header]);
  };
  const take = <T>(field: PriceField, read: CellRead<T>): T | undefined => {
    if (read.ok) return read.value;
    errors.push({ line, column: column(field), message: read.message });
    return undefined;
  };

  const itemCode = text('itemCode');
  if (itemCode === '') {
    errors.push({ line, column: column('itemCode'), message: '项目编码为空：每行都要写项目编码' });
  }
  const level = take('level', readLevel(text('level')));
  const priceFen = take('price', readPrice(text('price')));
  const effectiveFrom = take('effectiveFrom', readDate(text('effectiveFrom'), '执行日期'));
  const toText = text('effectiveTo');
  const effectiveTo = toText === '' ? undefined : take('effectiveTo', readDate(toText, '截止日期'));
  if (effectiveFrom !== undefined && effectiveTo !== undefined && effectiveTo < effectiveFrom) {
    errors.push({
      line,
      column: column('effectiveTo'),
      message: `截止日期 ${effectiveTo} 早于执行日期 ${effectiveFrom}：截止日期应不早于执行日期，仍在执行的留空`,
    });
  }
  const insuranceClass = take('insuranceClass', readInsuranceClass(text('insuranceClass')));
  const assumption = text('assumption');
  if (errors.length > before) return null;
  if (level === undefined || priceFen === undefined || effectiveFrom === undefined) return null;
  return {
    itemCode,
    level,
    priceFen,
    effectiveFrom,
    ...(effectiveTo === undefined ? {} : { effectiveTo }),
    ...(insuranceClass === undefined ? {} : { insuranceClass }),
    ...(assumption === '' ? {} : { assumption }),
  };
}

/** The entries of an uploaded price schedule, or every problem of its rows; an .xlsx is read on a worker thread. */
export async function readPriceScheduleFile(
  content: Uint8Array,
  fileName: string,
): Promise<PriceFileResult> {
  return isZip(content)
    ? readInWorker<PriceFileResult>({ kind: 'price-schedule', bytes: content, fileName })
    : readPriceScheduleFileInThread(content, fileName);
}

/** The same on the calling thread; a file it cannot read throws. */
export async function readPriceScheduleFileInThread(
  content: Uint8Array,
  fileName: string,
): Promise<PriceFileResult> {
  let headers: readonly string[] = [];
  const file = await readTableFile(content, fileName, {
    checkColumns: (found) => {
      checkColumns(found, fileName);
      headers = found;
    },
    findHeader: (texts) => texts.some((t) => itemCodeHeaders.has(normalisePriceHeader(t))),
  });
  if (file.rows.length === 0) {
    throw badInput(`${fileName} 中没有调价项目：表头之后至少需要一行。`, { where: fileName });
  }
  const columns = priceColumnsOf(headers);
  const errors: PriceFileError[] = [];
  const entries: PriceScheduleEntry[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of file.rows) {
    const entry = readRow(row, columns, errors);
    if (entry === null) continue;
    const key = [entry.itemCode, entry.level, entry.effectiveFrom].join('\u0000');
    const first = firstLineOf.get(key);
    if (first === undefined) {
      firstLineOf.set(key, row.line);
      entries.push(entry);
    } else {
      errors.push({
        line: row.line,
        column: columns.get('itemCode') ?? '',
        message:
          `与第 ${first} 行重复：项目编码 ${entry.itemCode}、医院等级 ${LEVEL_WORDS[String(entry.level)]}、` +
          `执行日期 ${entry.effectiveFrom} 相同的价格只能有一行，请删去其中一行`,
      });
    }
  }
  return errors.length > 0 ? { errors } : { entries };
}
