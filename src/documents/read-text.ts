// Plain-text plan documents: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030/GBK as offices save them.
import { badInput } from '../core/shared/errors';
import type { PlanWarning } from '../core/plan/types';

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: PlanWarning[];
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

function decode(bytes: Uint8Array): DecodedText {
  const byBom = decodeByBom(bytes);
  if (byBom) return byBom;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      warnings: [],
    };
  } catch {
    return {
      text: new TextDecoder('gb18030').decode(bytes),
      encoding: 'gb18030',
      warnings: [
        {
          line: null,
          message:
            '文件不是 UTF-8 编码，已按 GB18030（GBK）读取；如出现乱码，请另存为 UTF-8 后重新导入',
        },
      ],
    };
  }
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
  return controls <= text.length / 1000 && replaced <= text.length / 100;
}

export function readText(bytes: Uint8Array, fileName: string, accepted: string): DecodedText {
  const decoded = decode(bytes);
  if (!looksLikeText(decoded.text))
    throw badInput(`无法识别文件内容，既不是文本也不是 Word 或 PDF 文件。${accepted}`, {
      where: fileName,
    });
  return { ...decoded, text: decoded.text.replace(/\r\n?/g, '\n') };
}
