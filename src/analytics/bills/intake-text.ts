// A CSV bill file as text: the encoding is chosen on a sample with the plan reader's confidence check (UTF-8,
// else GB18030/GBK as Windows saves it), then the whole file is decoded as a stream. A file that needs no
// change is only read; otherwise a UTF-8 copy is written without BOM and with the format's column names.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { badInput } from '../../core/shared/errors';
import { readBillHeader, type BillHeaderForm } from '../../core/simulate/bill-headers';
import { looksLikeText, decodeWithConfidence } from '../../documents/read-text';
import { csvField } from '../../documents/csv-field';
import { QuoteBalance } from './quote-balance';

/** The part of the file the encoding is chosen on: large enough to hold many Chinese item names. */
const SAMPLE_BYTES = 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const LF = 0x0a;

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface TextIntake {
  file: string;
  encoding: TextEncodingName;
  converted: boolean;
  headerForm: BillHeaderForm;
}

const encodingNames: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK（GB18030）',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

const resave = '请在 Excel 或 WPS 中打开后另存为“CSV UTF-8（逗号分隔）”再上传';

async function readSample(file: string): Promise<{ bytes: Uint8Array; whole: boolean }> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(SAMPLE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead <= SAMPLE_BYTES) return { bytes: buffer.subarray(0, bytesRead), whole: true };
    // Cut after the last line break: a line feed never stands inside a UTF-8 or GB18030 character.
    const lastBreak = buffer.subarray(0, SAMPLE_BYTES).lastIndexOf(LF);
    return {
      bytes: buffer.subarray(0, lastBreak > 0 ? lastBreak + 1 : SAMPLE_BYTES),
      whole: false,
    };
  } finally {
    await handle.close();
  }
}

const isTabSeparated = (line: string) =>
  (line.match(/\t/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0);

function headerFields(line: string, delimiter: string): string[] {
  try {
    const [fields] = parse(line, { delimiter, relax_quotes: true, bom: true }) as string[][];
    return fields ?? [];
  } catch {
    return line.split(delimiter);
  }
}

/** Whether `line` (bytes) reads in the encoding without a fault. */
function decodes(line: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(line);
    return true;
  } catch {
    return false;
  }
}

/** The error for the first line of `piece` that does not decode; `firstLine` is the piece's first line. */
function undecodable(
  piece: Uint8Array,
  firstLine: number,
  encoding: TextEncodingName,
  fileName: string,
): Error {
  let line = firstLine;
  let start = 0;
  let bad: Uint8Array = piece;
  while (start < piece.length) {
    const end = piece.indexOf(LF, start);
    const stop = end === -1 ? piece.length : end + 1;
    const candidate = piece.subarray(start, stop);
    if (!decodes(candidate, encoding)) {
      bad = candidate;
      break;
    }
    line++;
    start = stop;
  }
  const where = { where: fileName, line };
  if (encoding === 'utf-8') {
    return decodes(bad, 'gb18030')
      ? badInput(
          `第 ${line} 行不是 UTF-8 编码，而文件前面的内容是 UTF-8：文件里混入了 GBK 编码的内容。${resave}`,
          where,
        )
      : badInput(
          `第 ${line} 行无法按 UTF-8 读取，按 GBK（GB18030）也读不通，文件可能已损坏或使用了其他编码。${resave}`,
          where,
        );
  }
  return badInput(
    `第 ${line} 行无法按 ${encodingNames[encoding]} 读取（文件前面的内容是 ${encodingNames[encoding]}），按 UTF-8 也读不通，文件可能已损坏。${resave}`,
    where,
  );
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function closed(out: WriteStream): Promise<void> {
  out.end();
  await once(out, 'close');
}

/**
 * Reads a CSV bill file through once: checks that every line decodes, and when the file is not UTF-8, has a
 * BOM, or its header is not the format's names, writes the UTF-8 copy into `workDir`.
 */
export async function prepareCsvText(
  input: string,
  fileName: string,
  workDir: string,
): Promise<TextIntake> {
  const sample = await readSample(input);
  const decoded = decodeWithConfidence(sample.bytes);
  const encoding = decoded.encoding as TextEncodingName;
  // Bytes that do not decode are found line by line below; here only a binary file is told apart.
  if (!looksLikeText(decoded.text.replaceAll('\uFFFD', '')))
    throw badInput(
      '文件内容不是文本，也不是 .xlsx、Parquet 或 .gz 压缩文件，无法读取。账单文件应为 CSV（UTF-8 或 GBK）、.xlsx、Parquet 或 .csv.gz',
      { where: fileName },
    );
  const firstLine = (decoded.text.split('\n', 1)[0] ?? '').replace(/\r$/, '');
  const delimiter = isTabSeparated(firstLine) ? '\t' : ',';
  const fields = headerFields(firstLine, delimiter);
  const header = readBillHeader(fields, fileName);
  const hasBom = sample.bytes[0] === 0xef && sample.bytes[1] === 0xbb && sample.bytes[2] === 0xbf;
  const renamed = header.names.some((name, index) => name !== fields[index]);
  const converted = encoding !== 'utf-8' || hasBom || renamed;

  const target = converted ? path.join(workDir, `${randomUUID()}.csv`) : input;
  const out = converted ? createWriteStream(target, { flags: 'wx' }) : null;
  // The decoder drops a byte-order mark by itself (ignoreBOM is false).
  const decoder = new TextDecoder(encoding, { fatal: true });
  const byLines = encoding === 'utf-8' || encoding === 'gb18030';
  let line = 1;
  let headerDone = false;
  let carry: Uint8Array = new Uint8Array(0);
  let carryText = '';
  const quotes = new QuoteBalance(fileName);
  const headerLine = `${header.names.map(csvField).join(delimiter)}${/\r\n/.test(decoded.text.slice(0, firstLine.length + 2)) ? '\r\n' : '\n'}`;
  const emit = async (piece: Uint8Array, final: boolean) => {
    let text: string;
    try {
      text = decoder.decode(piece, { stream: !final });
    } catch {
      throw byLines
        ? undecodable(piece, line, encoding, fileName)
        : badInput(`文件无法按 ${encodingNames[encoding]} 读取，可能已损坏。${resave}`, {
            where: fileName,
          });
    }
    for (let at = piece.indexOf(LF); at !== -1; at = piece.indexOf(LF, at + 1)) line++;
    quotes.feed(text);
    if (final) quotes.end();
    if (out === null) return;
    if (!headerDone) {
      const end = text.indexOf('\n');
      if (end === -1 && !final) {
        // A header longer than a chunk: unusual enough to keep the text until its line ends.
        carryText += text;
        return;
      }
      text = carryText + text;
      carryText = '';
      const headerEnd = text.indexOf('\n');
      const rest = headerEnd === -1 ? '' : text.slice(headerEnd + 1);
      text = headerLine + rest;
      headerDone = true;
    }
    await write(out, text);
  };
  try {
    const stream = createReadStream(input, { highWaterMark: CHUNK_BYTES });
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      if (!byLines) {
        await emit(bytes, false);
        continue;
      }
      const joined = carry.length === 0 ? bytes : Buffer.concat([carry, bytes]);
      const lastBreak = joined.lastIndexOf(LF);
      if (lastBreak === -1) {
        carry = joined;
        continue;
      }
      carry = joined.subarray(lastBreak + 1);
      await emit(joined.subarray(0, lastBreak + 1), false);
    }
    await emit(carry, true);
    if (out) await closed(out);
  } catch (error) {
    if (out) {
      out.destroy();
      await rm(target, { force: true });
    }
    throw error;
  }
  return { file: target, encoding, converted, headerForm: header.form };
}
