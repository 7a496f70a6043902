// An .xlsx bill file to a UTF-8 CSV, as a stream: the sheet is the first whose header row (found by name
// among its first ten rows) maps to the bill columns, else the first sheet; rows above the header are left out.
import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { badInput, UserError } from '../../core/shared/errors';
import { BILL_XLSX_MAX_UNCOMPRESSED_BYTES } from '../../core/shared/quotas';
import {
  isBillHeader,
  readBillHeader,
  type BillHeaderForm,
} from '../../core/simulate/bill-headers';
import { csvLine } from '../../documents/csv-field';
import { guardZipFile } from '../../documents/zip-file-guard';

export interface XlsxIntake {
  file: string;
  headerForm: BillHeaderForm;
  sheet: string;
  /** Row of the sheet that holds the header. */
  headerRow: number;
}

/** Rows of a sheet searched for the header (titles and notes may stand above it). */
const HEADER_SEARCH_ROWS = 10;

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell's value as the CSV text a bill reader expects: dates as YYYY-MM-DD, numbers as written. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // exceljs gives the day Excel shows at UTC midnight, a time of day as its UTC hours.
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
    return seconds === 0
      ? day
      : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value)
    return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  // An error cell (#N/A, #DIV/0!) holds no value.
  return '';
}

function rowTexts(row: ExcelJS.Row): string[] {
  const values = row.values as ExcelJS.CellValue[];
  const texts: string[] = [];
  // row.values is 1-based: index 0 is always empty.
  for (let c = 1; c < values.length; c++) {
    const text = cellText(values[c]);
    texts.push(text.trim() === '' ? '' : text);
  }
  return texts;
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

const unreadable = (fileName: string) =>
  badInput('无法读取这个 Excel 文件。请确认它是 .xlsx 格式（不是 .xls），或另存为 CSV 后上传', {
    where: fileName,
  });

/** Writes the bill sheet of `input` as a UTF-8 CSV into `workDir`. */
export async function convertXlsx(
  input: string,
  fileName: string,
  workDir: string,
): Promise<XlsxIntake> {
  const { size } = await stat(input);
  await guardZipFile(input, size, fileName, BILL_XLSX_MAX_UNCOMPRESSED_BYTES);
  const target = path.join(workDir, `${randomUUID()}.csv`);
  const out = createWriteStream(target, { flags: 'wx' });
  let chosen: { sheet: string; headerRow: number; width: number; form: BillHeaderForm } | null =
    null;
  let firstSheet: { name: string; rows: Array<{ number: number; texts: string[] }> } | null = null;
  let buffer = '';
  const flush = async (force: boolean) => {
    if (buffer.length >= 256 * 1024 || (force && buffer !== '')) {
      await write(out, buffer);
      buffer = '';
    }
  };
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    try {
      for await (const worksheet of reader) {
        const name = (worksheet as unknown as { name: string }).name;
        const searched: Array<{ number: number; texts: string[] }> = [];
        for await (const row of worksheet) {
          if (chosen !== null && chosen.sheet !== name) continue;
          const texts = rowTexts(row);
          if (chosen === null) {
            if (row.number > HEADER_SEARCH_ROWS) continue;
            searched.push({ number: row.number, texts });
            if (!isBillHeader(texts)) continue;
            const header = readBillHeader(texts, fileName);
            chosen = { sheet: name, headerRow: row.number, width: texts.length, form: header.form };
            buffer += csvLine(header.names);
            continue;
          }
          if (texts.every((text) => text === '')) continue;
          const cells = texts.slice(0, chosen.width);
          while (cells.length < chosen.width) cells.push('');
          buffer += csvLine(cells);
          await flush(false);
        }
        firstSheet ??= { name, rows: searched };
      }
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw unreadable(fileName);
    }
    if (chosen === null) {
      // No sheet has a bill header: the first sheet's top rows go on, so the reader names the columns it misses.
      const rows = firstSheet?.rows ?? [];
      const header = rows[0];
      if (header === undefined) throw badInput('Excel 文件中没有内容', { where: fileName });
      const form = readBillHeader(header.texts, fileName).form;
      for (const row of rows) buffer += csvLine(row.texts);
      chosen = { sheet: firstSheet?.name ?? '', headerRow: header.number, width: 0, form };
    }
    await flush(true);
    out.end();
    await once(out, 'close');
  } catch (error) {
    out.destroy();
    await rm(target, { force: true });
    throw error;
  }
  return {
    file: target,
    headerForm: chosen.form,
    sheet: chosen.sheet,
    headerRow: chosen.headerRow,
  };
}
