// A scenario's price schedule (调价表) as an .xlsx workbook whose first sheet imports back as it is (the headers
// the reader accepts, every cell as text), with a 说明 sheet on how to fill it in.
import ExcelJS from 'exceljs';
import type { Fen } from '../core/shared/money';
import type { PriceScheduleEntry } from '../core/simulate/scenario';
import { LEVEL_WORDS, PRICE_COLUMNS, type PriceField } from './price-schedule-columns';

const CLASS_WORDS: Record<string, string> = { A: '甲', B: '乙', C: '丙' };

const WIDTHS: Record<PriceField, number> = {
  itemCode: 18,
  level: 10,
  price: 14,
  effectiveFrom: 12,
  effectiveTo: 12,
  insuranceClass: 10,
  assumption: 50,
};

/** Fen as yuan text with two decimals, by integer arithmetic: 1250 → "12.50". */
export function yuanText(fen: Fen): string {
  const value = BigInt(fen);
  const magnitude = value < 0n ? -value : value;
  const cents = (magnitude % 100n).toString().padStart(2, '0');
  return `${value < 0n ? '-' : ''}${magnitude / 100n}.${cents}`;
}

function cellsOf(entry: PriceScheduleEntry): Record<PriceField, string> {
  return {
    itemCode: entry.itemCode,
    level: LEVEL_WORDS[String(entry.level)] ?? String(entry.level),
    price: yuanText(entry.priceFen),
    effectiveFrom: entry.effectiveFrom,
    effectiveTo: entry.effectiveTo ?? '',
    insuranceClass: entry.insuranceClass ? (CLASS_WORDS[entry.insuranceClass] ?? '') : '',
    assumption: entry.assumption ?? '',
  };
}

const NOTES: ReadonlyArray<[string, string]> = [
  ['项目编码', '必填，与账单明细的项目编码一致'],
  ['医院等级', '必填：一级、二级、三级 或 全部（全部：各级医院同一价格；某级另有价格的按该级）'],
  ['新价格（元）', '必填：以元为单位，最多两位小数，例如 12.50'],
  ['执行日期', '必填：YYYY-MM-DD，例如 2017-09-01；也可写 2017/9/1、2017年9月1日'],
  ['截止日期', '可空：价格执行到哪天（含当天）；仍在执行的留空'],
  ['医保类别', '可空：调价后的医保类别 甲、乙 或 丙；不变的留空'],
  ['假设说明', '可空：价格是假设的（非物价部门下发）时写明原因；改为正式价格后请清空'],
  [
    '',
    '同一项目编码、医院等级和执行日期只能有一行。导入时有任何一处错误，整表不导入，并列出每处错误。',
  ],
];

export async function writePriceScheduleXlsx(
  entries: readonly PriceScheduleEntry[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = '调价表';
  const sheet = workbook.addWorksheet('调价表');
  // text columns: Excel keeps codes' leading zeros and shows prices and dates as written
  sheet.columns = PRICE_COLUMNS.map((column) => ({
    header: column.header,
    key: column.field,
    width: WIDTHS[column.field],
    style: { numFmt: '@' },
  }));
  for (const entry of entries) sheet.addRow(cellsOf(entry));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const notes = workbook.addWorksheet('说明');
  notes.columns = [{ width: 14 }, { width: 100 }];
  notes.addRow(['列', '填写要求']).font = { bold: true };
  for (const note of NOTES) notes.addRow([...note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
