// Downloadable templates as files: the bill file (both header forms) and the DRG case file, each as .xlsx with a
// 填写说明 sheet generated from its column table, or as CSV (UTF-8 with BOM, so that Excel shows the Chinese).
import ExcelJS from 'exceljs';
import { CASE_COLUMN_TABLE } from '../core/drg/case-columns';
import { BILL_COLUMNS, YUAN_COLUMNS } from '../core/simulate/bill-columns';
import {
  billTemplateGuide,
  billTemplateTable,
  GUIDE_HEADER,
  type BillTemplateForm,
  type BillTemplateTable,
  type GuideRow,
} from '../core/simulate/bill-template';
import { csvLine } from './csv-field';

/** Three inpatient cases: an appendectomy with hypertension, an elderly pneumonia without surgery, a newborn. */
const CASE_EXAMPLES: readonly string[][] = [
  ['ZY202403100001', '男', '45', '', '', '普通外科', '4', '1', 'K35.800|I10.x00x002', '47.0100'],
  ['ZY202403120007', '女', '78', '', '', '呼吸内科', '9', '1', 'J18.900|I10.x00x002|E11.900', ''],
  ['ZY202403150023', '男', '0', '3', '2450', '新生儿科', '6', '1', 'P07.100|P59.900', ''],
];

/** The case template's table: Chinese headers (the case reader takes them, and the format names too). */
export function caseTemplateTable(): BillTemplateTable {
  return {
    header: CASE_COLUMN_TABLE.map((column) => column.header),
    rows: CASE_EXAMPLES.map((row) => [...row]),
  };
}

function caseGuide(): GuideRow[] {
  return CASE_COLUMN_TABLE.map((column) => [
    column.name,
    [column.header, ...column.aliases].join('、'),
    column.meaning,
    '必填列（值可按说明留空）',
    column.accepted,
  ]);
}

const BOM = '\ufeff';

/** CSV text of a table, with a BOM so that Excel opens UTF-8 Chinese correctly. */
export function templateCsv(table: BillTemplateTable): Buffer {
  return Buffer.from(BOM + [table.header, ...table.rows].map(csvLine).join(''), 'utf8');
}

const NUMERIC_BILL_COLUMNS = new Set<string>([
  ...BILL_COLUMNS.filter(
    (c) => c.type === 'INTEGER' || c.type === 'BIGINT' || c.type.startsWith('DECIMAL'),
  ).map((c) => c.name),
]);
const MONEY_FEN = new Set<string>(Object.values(YUAN_COLUMNS));

/**
 * A cell as Excel should hold it: numbers where the column counts (quantity, price, age), text where a code
 * must keep its leading zeros and digits (item codes, person ids, dates as written).
 */
function billCell(columnName: string, form: BillTemplateForm, text: string): string | number {
  if (text === '' || !NUMERIC_BILL_COLUMNS.has(columnName)) return text;
  if (form === 'chinese' && (columnName === 'hospital_level' || columnName === 'sex')) return text;
  if (MONEY_FEN.has(columnName) && form === 'chinese') return Number(text);
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

function addGuide(workbook: ExcelJS.Workbook, rows: GuideRow[], note: string): void {
  const guide = workbook.addWorksheet('填写说明');
  guide.columns = [{ width: 18 }, { width: 36 }, { width: 40 }, { width: 18 }, { width: 70 }];
  guide.addRow(GUIDE_HEADER);
  for (const row of rows) guide.addRow(row);
  guide.getRow(1).font = { bold: true };
  guide.views = [{ state: 'frozen', ySplit: 1 }];
  guide.addRow([]);
  guide.addRow([note]);
}

function dataSheet(workbook: ExcelJS.Workbook, name: string, table: BillTemplateTable) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = table.header.map((header) => ({ width: Math.max(10, header.length * 2 + 4) }));
  sheet.addRow(table.header);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

const BILL_NOTE =
  '每行一条费用明细，同一次就诊的就诊信息在每一行重复。示例行可删去。中文表头的模板金额以元计（单价、金额），英文列名的模板以分计（unit_price_fen、amount_fen）。文件可存为 .xlsx，或另存为 CSV（UTF-8 或 GBK 均可），也可压缩为 .csv.gz 上传。';

export async function billTemplateXlsx(form: BillTemplateForm): Promise<Buffer> {
  const table = billTemplateTable(form);
  const workbook = new ExcelJS.Workbook();
  const sheet = dataSheet(workbook, '费用明细', table);
  for (const row of table.rows)
    sheet.addRow(row.map((text, i) => billCell(BILL_COLUMNS[i]?.name ?? '', form, text)));
  if (form === 'chinese') {
    table.header.forEach((header, i) => {
      if (header === '单价' || header === '金额') sheet.getColumn(i + 1).numFmt = '0.00';
    });
  }
  addGuide(workbook, billTemplateGuide(), BILL_NOTE);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function billTemplateCsv(form: BillTemplateForm): Buffer {
  return templateCsv(billTemplateTable(form));
}

const CASE_NOTE =
  '每行一份住院病案。表头可用中文（病案号、性别……）或英文列名（Index、gender……）。多个诊断或手术以 | 分隔，主诊断、主手术在前。示例行可删去。';

export async function caseTemplateXlsx(): Promise<Buffer> {
  const table = caseTemplateTable();
  const workbook = new ExcelJS.Workbook();
  const sheet = dataSheet(workbook, '病案', table);
  for (const row of table.rows) sheet.addRow(row);
  addGuide(workbook, caseGuide(), CASE_NOTE);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function caseTemplateCsv(): Buffer {
  return templateCsv(caseTemplateTable());
}
