// Every bill file a user gives goes through here before the reader: the format is told by the content, not
// the name (gzip → unpacked as a stream; 'PAR1' → Parquet; a ZIP → .xlsx, converted to CSV; else CSV text,
// decoded from UTF-8 or GB18030/GBK), and what comes out is a UTF-8 CSV or a Parquet file named by its format.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { badInput, tooLarge, UserError } from '../../core/shared/errors';
import {
  BILL_UNPACK_MAX_RATIO,
  BILL_UNPACKED_MAX_BYTES,
  sizeText,
  ZIP_RATIO_MIN_BYTES,
} from '../../core/shared/quotas';
import type { BillHeaderForm } from '../../core/simulate/bill-headers';
import { duckdbDetail, duckdbWords, isDuckdbError } from '../duckdb-errors';
import { prepareCsvText, type TextEncodingName } from './intake-text';
import { convertXlsx } from './intake-xlsx';

/** What the user's file was, told by its first bytes. */
export type BillFileKind = 'csv' | 'parquet' | 'xlsx' | 'gzip';

export interface PreparedBillFile {
  /** The file for the reader: a UTF-8 CSV or a Parquet file, its name ending in .csv or .parquet. */
  file: string;
  format: 'csv' | 'parquet';
  /** The text encoding the CSV had; null for Parquet and .xlsx. */
  encoding: TextEncodingName | null;
  /** True when `file` is a new file written in the work folder (re-encoded, unpacked or converted). */
  converted: boolean;
  /** What the file was: CSV text, Parquet, .xlsx, or gzip around one of them. */
  kinds: BillFileKind[];
  /** English names or the Chinese headers of hospital exports; null for Parquet. */
  headerForm: BillHeaderForm | null;
  /** For an .xlsx: the sheet read and the row of its header. */
  sheet?: { name: string; headerRow: number };
  /** Removes what was written in the work folder (never the input). */
  cleanup: () => Promise<void>;
}

/** What is kept of an intake with the dataset: how the file came, for the upload page. */
export type BillFileIntake = Pick<
  PreparedBillFile,
  'kinds' | 'encoding' | 'headerForm' | 'converted' | 'sheet'
>;

export function intakeSummary(prepared: PreparedBillFile): BillFileIntake {
  const { kinds, encoding, headerForm, converted, sheet } = prepared;
  return { kinds, encoding, headerForm, converted, ...(sheet ? { sheet } : {}) };
}

export interface PrepareOptions {
  /** Folder for converted files; on the same disk as where the result is kept, so it can be renamed there. */
  workDir: string;
  /** Name of the file as the user knows it, for messages; the input path's name when left out. */
  fileName?: string;
}

async function firstBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/** What the file at `file` is by its first bytes; an old .xls or another compression is refused at once. */
export async function sniffBillFile(file: string, fileName: string): Promise<BillFileKind> {
  return kindOf(await firstBytes(file), fileName);
}

function kindOf(head: Uint8Array, fileName: string): BillFileKind {
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    throw badInput('不支持旧版 Excel（.xls）文件。请在 Excel 中另存为 .xlsx 或 CSV 后上传', {
      where: fileName,
    });
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd]) || startsWith(head, [0x42, 0x5a, 0x68]))
    throw badInput(
      '只支持 .gz 压缩的账单文件（zstd、bzip2 不支持）。请改用 gzip 压缩或直接上传 CSV',
      {
        where: fileName,
      },
    );
  return 'csv';
}

/** Counts what gunzip gives and stops past the caps: a small .gz must not fill the disk. */
function unpackLimit(packedBytes: number, fileName: string): Transform {
  const most = Math.min(
    BILL_UNPACKED_MAX_BYTES,
    Math.max(ZIP_RATIO_MIN_BYTES, packedBytes * BILL_UNPACK_MAX_RATIO),
  );
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > most) {
        callback(
          tooLarge(
            `压缩文件解压后超过 ${sizeText(most)}（上限：压缩前的 ${BILL_UNPACK_MAX_RATIO} 倍，至多 ${sizeText(BILL_UNPACKED_MAX_BYTES)}），可能是损坏或恶意文件。请解压后检查，或拆分后分别上传`,
            { where: fileName },
          ),
        );
        return;
      }
      callback(null, chunk);
    },
  });
}

async function gunzip(input: string, fileName: string, workDir: string): Promise<string> {
  const { size } = await stat(input);
  const target = path.join(workDir, `${randomUUID()}.unpacked`);
  try {
    await pipeline(
      createReadStream(input),
      createGunzip(),
      unpackLimit(size, fileName),
      createWriteStream(target, { flags: 'wx' }),
    );
  } catch (error) {
    await rm(target, { force: true });
    if (error instanceof UserError) throw error;
    throw badInput('压缩文件已损坏或不完整，无法解压。请重新压缩（gzip）或直接上传 CSV', {
      where: fileName,
    });
  }
  return target;
}

/**
 * A name the reader takes for `format`: the file itself when its name fits; a file of the work folder
 * renamed; the user's file linked from the work folder (it is never moved or changed).
 */
async function named(
  current: string,
  format: 'csv' | 'parquet',
  options: { workDir: string; owned: boolean },
): Promise<string> {
  const fits =
    format === 'parquet' ? /\.(parquet|pq)$/i.test(current) : /\.(csv|txt|tsv)$/i.test(current);
  if (fits) return current;
  const target = path.join(options.workDir, `${randomUUID()}.${format}`);
  if (options.owned) await rename(current, target);
  else await symlink(path.resolve(current), target);
  return target;
}

/**
 * Prepares the bill file at `input` for the reader. Streams throughout: a 1 GB CSV is read (and, when it is
 * not UTF-8, written) in chunks, never held in memory. A file that cannot be read is a bad-input error
 * naming the file and, for text, the line.
 */
export async function prepareBillFile(
  input: string,
  options: PrepareOptions,
): Promise<PreparedBillFile> {
  const fileName = options.fileName ?? path.basename(input);
  const written: string[] = [];
  // Only files of the work folder are removed, never the input.
  const cleanup = async () => {
    await Promise.all(
      written.filter((file) => file !== input).map((file) => rm(file, { force: true })),
    );
  };
  try {
    const kinds: BillFileKind[] = [];
    let current = input;
    let kind = kindOf(await firstBytes(current), fileName);
    if (kind === 'gzip') {
      kinds.push('gzip');
      current = await gunzip(current, fileName, options.workDir);
      written.push(current);
      kind = kindOf(await firstBytes(current), fileName);
      if (kind === 'gzip')
        throw badInput('压缩文件里还是压缩文件。请解压到 CSV 或 Parquet 后再上传', {
          where: fileName,
        });
    }
    kinds.push(kind);
    const unpacked = current !== input;
    if (kind === 'parquet') {
      const file = await named(current, 'parquet', { workDir: options.workDir, owned: unpacked });
      written.push(file);
      return {
        file,
        format: 'parquet',
        encoding: null,
        converted: unpacked,
        kinds,
        headerForm: null,
        cleanup,
      };
    }
    if (kind === 'xlsx') {
      const xlsx = await convertXlsx(current, fileName, options.workDir);
      written.push(xlsx.file);
      return {
        file: xlsx.file,
        format: 'csv',
        encoding: null,
        converted: true,
        kinds,
        headerForm: xlsx.headerForm,
        sheet: { name: xlsx.sheet, headerRow: xlsx.headerRow },
        cleanup,
      };
    }
    const text = await prepareCsvText(current, fileName, options.workDir);
    if (unpacked && text.converted) await rm(current, { force: true });
    const file = text.converted
      ? text.file
      : await named(current, 'csv', { workDir: options.workDir, owned: unpacked });
    written.push(file);
    return {
      file,
      format: 'csv',
      encoding: text.encoding,
      converted: text.converted || unpacked,
      kinds,
      headerForm: text.headerForm,
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * A reader's error about the prepared file, said of the file the user gave: `file` (a path of the work
 * folder) becomes `fileName` in the message and the place; DuckDB's own error is put in Chinese, its text
 * kept as the detail. Other errors pass unchanged.
 */
export function sayOfUserFile(error: unknown, file: string, fileName: string): unknown {
  if (isDuckdbError(error))
    return badInput(duckdbWords(error), { where: fileName, detail: duckdbDetail(error) });
  if (!(error instanceof UserError)) return error;
  if (error.details.where !== file && !error.message.includes(file)) return error;
  const details = {
    ...error.details,
    ...(error.details.where === file ? { where: fileName } : {}),
  };
  return new UserError(error.kind, error.message.replaceAll(file, fileName), details);
}
