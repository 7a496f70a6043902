// Plain-text plan documents: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030/GBK as offices save them,
// chosen with a confidence check that warns about stray bytes and keeps both readings when in doubt.
import { badInput } from '../core/shared/errors';
import type { DecodingNote, PlanWarning } from '../core/plan/types';
import { MIN_EVIDENCE, plausibility, scanUtf8, type Utf8Scan } from './decode-confidence';

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: PlanWarning[];
  /** Set when the encoding is in doubt: both readings look like prose; the other one is kept. */
  doubt?: DecodingNote;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      warnings: [],
    };
  if (startsWith(bytes, [0xff, 0xfe]))
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      warnings: [],
    };
  if (startsWith(bytes, [0xfe, 0xff]))
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      warnings: [],
    };
  return null;
}

const GB_WARNING =
  '文件不是 UTF-8 编码，已按 GB18030（GBK）读取；如出现乱码，请另存为 UTF-8 后重新导入';

/** Share of the non-ASCII sequences that are valid UTF-8: near 1 for UTF-8, about 0.2 for GBK prose. */
function utf8Evidence(scan: Utf8Scan): number {
  return scan.multibyte / (scan.multibyte + scan.invalidBytes);
}

/** A few bad sequences among many good ones: a UTF-8 file with stray bytes, not a GBK file. */
function nearlyUtf8(scan: Utf8Scan): boolean {
  return utf8Evidence(scan) >= 0.9 && scan.invalid <= Math.max(3, scan.multibyte / 100);
}

/** Too few characters to tell (a short file): both readings remain possible. */
function undecided(scan: Utf8Scan): boolean {
  return utf8Evidence(scan) >= 0.5;
}

function linesText(lines: number[]): string {
  const shown = lines.slice(0, 10).join('、');
  return lines.length > 10 ? `${shown} 等 ${lines.length} 行` : `${shown} 行`;
}

function strayBytesWarning(scan: Utf8Scan): PlanWarning {
  return {
    line: scan.badLines[0] ?? null,
    message: `第 ${linesText(scan.badLines)}有 ${scan.invalid} 处字节不是有效的 UTF-8（显示为“�”），其余内容按 UTF-8 读取。请核对这些行的文字，必要时修正原文件后重新导入`,
    kind: 'document',
    doubtful: true,
  };
}

function doubtWarning(chosen: string, other: string): PlanWarning {
  return {
    line: null,
    message: `文件按 ${chosen} 和按 ${other} 读取都像正常文字，无法确定编码；已按 ${chosen} 读取，另一种读法已保留供核对。如文字不对，请另存为 UTF-8 后重新导入`,
    kind: 'document',
    doubtful: true,
  };
}

const names: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030（GBK）' };

/** Both readings plausible: the one with more common characters wins, the other is kept. */
function inDoubt(utf8: string, gb: string, extra: PlanWarning[], message?: string): DecodedText {
  const utf8Share = plausibility(utf8).score;
  const gbShare = plausibility(gb).score;
  const [encoding, text, otherEncoding, otherText] =
    gbShare > utf8Share ? ['gb18030', gb, 'utf-8', utf8] : ['utf-8', utf8, 'gb18030', gb];
  const warning =
    message === undefined
      ? doubtWarning(names[encoding] ?? encoding, names[otherEncoding] ?? otherEncoding)
      : { line: null, message, kind: 'document' as const };
  return {
    text,
    encoding,
    warnings: [...extra, warning],
    doubt: {
      encoding,
      reason: warning.message,
      alternative: { encoding: otherEncoding, text: otherText.replace(/\r\n?/g, '\n') },
    },
  };
}

/**
 * Decodes with a confidence check. Valid UTF-8 is UTF-8 unless it reads as mojibake and GB18030
 * reads as prose; UTF-8 with a few stray bytes stays UTF-8 with a warning naming their lines;
 * otherwise GB18030 (GBK). When both readings look like prose, the choice is a doubt that is kept.
 */
export function decodeWithConfidence(bytes: Uint8Array): DecodedText {
  const byBom = decodeByBom(bytes);
  if (byBom) return byBom;
  const scan = scanUtf8(bytes);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const gb = (): string => new TextDecoder('gb18030').decode(bytes);
  if (scan.invalid === 0) {
    if (scan.multibyte === 0 || plausibility(utf8).plausible)
      return { text: utf8, encoding: 'utf-8', warnings: [] };
    const gbText = gb();
    return plausibility(gbText).plausible
      ? inDoubt(
          utf8,
          gbText,
          [],
          '文件的字节也符合 UTF-8，但按 UTF-8 读出的不像中文；已按 GB18030（GBK）读取，UTF-8 读法已保留供核对。如文字不对，请另存为 UTF-8 后重新导入',
        )
      : { text: utf8, encoding: 'utf-8', warnings: [] };
  }
  const gbText = gb();
  const gbReading = plausibility(gbText);
  if (nearlyUtf8(scan) || undecided(scan)) {
    const stray = strayBytesWarning(scan);
    // Many good sequences outweigh a GB18030 reading that is plausible only for lack of evidence.
    const gbConvincing =
      gbReading.plausible && (!nearlyUtf8(scan) || gbReading.han >= MIN_EVIDENCE);
    if (!gbConvincing) return { text: utf8, encoding: 'utf-8', warnings: [stray] };
    return inDoubt(utf8, gbText, [stray]);
  }
  const warnings: PlanWarning[] = [{ line: null, message: GB_WARNING, kind: 'document' }];
  if (!gbReading.plausible) {
    warnings.push({
      line: null,
      message:
        '按 GB18030（GBK）读出的文字中生僻字很多，可能是乱码。请确认文件的编码，另存为 UTF-8 后重新导入',
      kind: 'document',
      doubtful: true,
    });
  }
  return { text: gbText, encoding: 'gb18030', warnings };
}

/** Control characters other than tab, line feed, form feed and carriage return: a text file has next to none. */
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
  code === 0x7f;

/** True when decoded bytes look like text rather than a binary file. */
export function looksLikeText(text: string): boolean {
  let controls = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    if (isControl(code)) controls++;
    else if (code === 0xfffd) replaced++;
  }
  // A short text may hold a stray byte or two and still be text.
  return controls <= text.length / 1000 && replaced <= Math.max(2, text.length / 100);
}

export function readText(bytes: Uint8Array, fileName: string, accepted: string): DecodedText {
  const decoded = decodeWithConfidence(bytes);
  if (!looksLikeText(decoded.text))
    throw badInput(`无法识别文件内容，既不是文本也不是 Word 或 PDF 文件。${accepted}`, {
      where: fileName,
    });
  return { ...decoded, text: decoded.text.replace(/\r\n?/g, '\n') };
}
