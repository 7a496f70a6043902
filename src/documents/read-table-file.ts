// Reads an uploaded table — CSV (UTF-8 or GBK, as Excel saves it) or .xlsx (first sheet) — into rows keyed by
// the header row's column names, each with its line (row) number in the file; a problem names the file.
import ExcelJS from 'exceljs';
import { CsvError, parse } from 'csv-parse/sync';
import { badInput, tooLarge } from '../core/shared/errors';
import { CSV_MAX_BYTES, CSV_MAX_ROWS, sizeText } from '../core/shared/quotas';
import { guardZip } from './zip-guard';

/** A cell as read: text from a CSV; from a sheet, the number, text (a date as YYYY-MM-DD) or true/false it holds, or null when empty. */
export type TableCell = string | number | boolean | null;

export interface TableRow {
  /** 1-based line of the CSV or row of the sheet, as the user sees it in Excel. */
  line: number;
  /** Cells by trimmed header; columns with an empty header are left out. */
  cells: Record<string, TableCell>;
}

export interface TableFile {
  /** Line of the header row: 1 in a CSV, in a sheet the row `findHeader` picked (1 when none). */
  headerLine: number;
  /** The rows below the header, in file order; blank lines and rows are left out. */
  rows: TableRow[];
}

export interface TableFileOptions {
  /** Checks the header's column names before any row is read; throws to reject the file. */
  checkColumns?: (columns: string[]) => void;
  /** In a sheet, tells the header row among the top ten from its cells' text; without it, row 1. */
  findHeader?: (texts: string[]) => boolean;
}

export const isZip = (content: Uint8Array): boolean =>
  content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04;

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise GB18030 (a superset of GBK). */
export function decodeText(content: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('gb18030').decode(content);
  }
}

const tooManyRows = (fileName: string) =>
  tooLarge(
    `表格超过 ${CSV_MAX_ROWS.toLocaleString('zh-CN')} 行（上限），请拆分成几个文件后分别上传`,
    { where: fileName },
  );

function readCsv(content: Uint8Array, fileName: string, options: TableFileOptions): TableFile {
  if (content.byteLength > CSV_MAX_BYTES)
    throw tooLarge(`CSV 文件超过 ${sizeText(CSV_MAX_BYTES)}（上限），请拆分成几个文件后分别上传`, {
      where: fileName,
    });
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(decodeText(content), {
      bom: true,
      columns: (header: string[]) => {
        const columns = header.map((column) => column.trim());
        options.checkColumns?.(columns);
        return columns;
      },
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // one record past the cap tells a file that is too long without reading all of it
      to: CSV_MAX_ROWS + 1,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw badInput(`CSV 格式错误：${error.message}。请检查引号与分隔符后重新上传。`, {
        where: fileName,
        ...(line ? { line } : {}),
      });
    }
    throw error;
  }
  if (records.length > CSV_MAX_ROWS) throw tooManyRows(fileName);
  return {
    headerLine: 1,
    rows: records.map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}

function cellValue(cell: ExcelJS.Cell): TableCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  // exceljs gives a date cell as a Date at UTC midnight of the day Excel shows
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? cell.text : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'object' && 'result' in value) {
    const result = value.result;
    return typeof result === 'number' || typeof result === 'string' ? result : cell.text;
  }
  return cell.text;
}

const isBlank = (cell: TableCell) => cell === null || String(cell).trim() === '';

async function readXlsx(
  content: Uint8Array,
  fileName: string,
  options: TableFileOptions,
): Promise<TableFile> {
  guardZip(content, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy gives one of exactly the file's bytes.
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch {
    throw badInput(
      '无法读取这个 Excel 文件。请确认它是 .xlsx 格式（不是 .xls），或另存为 CSV 后上传。',
      { where: fileName },
    );
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw badInput('Excel 文件中没有工作表。', { where: fileName });
  if (sheet.rowCount > CSV_MAX_ROWS + 10) throw tooManyRows(fileName);
  const rowTexts = (r: number) => {
    const row = sheet.getRow(r);
    const texts: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) texts[c - 1] = row.getCell(c).text.trim();
    return texts;
  };
  let headerLine = 1;
  const { findHeader } = options;
  if (findHeader) {
    for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
      if (findHeader(rowTexts(r))) {
        headerLine = r;
        break;
      }
    }
  }
  const columns = rowTexts(headerLine);
  options.checkColumns?.(columns);
  const rows: TableRow[] = [];
  for (let r = headerLine + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Record<string, TableCell> = {};
    columns.forEach((column, i) => {
      if (column !== '') cells[column] = cellValue(row.getCell(i + 1));
    });
    if (!Object.values(cells).every(isBlank)) rows.push({ line: r, cells });
  }
  return { headerLine, rows };
}

/** The rows of an uploaded table; the format is told by the content, not only the name. */
export async function readTableFile(
  content: Uint8Array,
  fileName: string,
  options: TableFileOptions = {},
): Promise<TableFile> {
  if (/\.xls$/i.test(fileName)) {
    throw badInput('不支持旧版 Excel（.xls）文件。请在 Excel 中另存为 .xlsx 或 CSV 后上传。', {
      where: fileName,
    });
  }
  return isZip(content)
    ? readXlsx(content, fileName, options)
    : readCsv(content, fileName, options);
}
