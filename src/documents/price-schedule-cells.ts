// The values of one price schedule cell, as written in Excel or a CSV: hospital level, price in yuan, date and
// insurance class, each read tolerantly or refused with a plain Chinese message saying the expected form.
import type { HospitalLevel, InsuranceClass } from '../core/simulate/bills';
import { UserError } from '../core/shared/errors';
import { parseYuan, type Fen } from '../core/shared/money';
import type { TableCell } from './read-table-file';

export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const fail = <T>(message: string): CellRead<T> => ({ ok: false, message });

/**
 * A cell as text. A number is written as Excel shows it (at most 15 significant digits), so the double
 * nearest 12.5 gives "12.5" and a formula's 12.350000000000001 gives "12.35".
 */
export function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? String(Number(cell.toPrecision(15))) : '';
  return String(cell).trim();
}

const LEVELS = new Map<string, HospitalLevel | 'all'>([
  ['1', 1],
  ['一级', 1],
  ['2', 2],
  ['二级', 2],
  ['3', 3],
  ['三级', 3],
  ['all', 'all'],
  ['全部', 'all'],
  ['各级', 'all'],
]);

export function readLevel(text: string): CellRead<HospitalLevel | 'all'> {
  if (text === '') return fail('医院等级为空：请写 一级、二级、三级 或 全部');
  const level = LEVELS.get(text.toLowerCase());
  return level === undefined
    ? fail(`医院等级“${text}”无法识别：应为 一级、二级、三级 或 全部（也可写 1、2、3、all）`)
    : ok(level);
}

export function readPrice(text: string): CellRead<Fen> {
  if (text === '') return fail('新价格为空：请写成元，最多两位小数，例如 12.50');
  let fen: Fen;
  try {
    fen = parseYuan(text);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return fail(`新价格“${text}”无法识别：请写成元，最多两位小数，例如 12.50`);
  }
  return fen < 0 ? fail(`新价格“${text}”是负数：价格应不小于 0`) : ok(fen);
}

const DATE_FORMS =
  '请写成 YYYY-MM-DD（例如 2017-09-01），也可写 2017/9/1、2017.9.1、2017年9月1日，或用 Excel 日期单元格';

const pad = (value: number) => String(value).padStart(2, '0');

/** A YYYY-MM-DD date from the accepted forms; `label` names the column in the message. */
export function readDate(text: string, label: string): CellRead<string> {
  if (text === '') return fail(`${label}为空：${DATE_FORMS}`);
  const match =
    /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:\s+0{1,2}:00(?::00)?)?$/.exec(text) ??
    /^(\d{4})()年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/.exec(text) ??
    /^(\d{4})()(\d{2})(\d{2})$/.exec(text);
  if (!match) return fail(`${label}“${text}”不是日期：${DATE_FORMS}`);
  const [year, month, day] = [match[1], match[3], match[4]].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    const why =
      month < 1 || month > 12 ? `没有 ${month} 月` : `${year} 年 ${month} 月没有 ${day} 日`;
    return fail(
      `${label}“${text}”不是真实的日期（${year < 1900 ? '年份太早' : why}）：${DATE_FORMS}`,
    );
  }
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

const CLASSES = new Map<string, InsuranceClass | undefined>([
  ['', undefined],
  ['不变', undefined],
  ['甲', 'A'],
  ['甲类', 'A'],
  ['a', 'A'],
  ['乙', 'B'],
  ['乙类', 'B'],
  ['b', 'B'],
  ['丙', 'C'],
  ['丙类', 'C'],
  ['c', 'C'],
]);

/** The class from this date, or undefined (empty or 不变) for unchanged. */
export function readInsuranceClass(text: string): CellRead<InsuranceClass | undefined> {
  const key = text.toLowerCase();
  return CLASSES.has(key)
    ? ok(CLASSES.get(key))
    : fail(`医保类别“${text}”无法识别：应为 甲、乙、丙（或 A、B、C）；医保类别不变的留空`);
}
