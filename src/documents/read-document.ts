// Bytes of an uploaded plan document → its text: plain text (UTF-8, UTF-16, GB18030/GBK), Word .docx or PDF
// with a text layer. The format is told by the file's first bytes, then by its extension; .docx and PDF
// are read on a worker thread with memory and time limits (read-in-worker.ts).
import { badInput } from '../core/shared/errors';
import type { DecodingNote, PlanWarning } from '../core/plan/types';
import { readInWorker } from './read-in-worker';
import { readPdf } from './read-pdf';
import { readText } from './read-text';
import { guardZip } from './zip-guard';

export type DocumentFormat = 'text' | 'docx' | 'pdf';

export interface PlanDocumentText {
  text: string;
  format: DocumentFormat;
  /** The character encoding of a text file; null for .docx and PDF. */
  encoding: string | null;
  warnings: PlanWarning[];
  /** A text file whose encoding is in doubt: the other plausible reading (absent when certain). */
  decoding?: DecodingNote;
}

const accepted =
  '支持的格式：文本（.txt，UTF-8 或 GBK 编码）、Word（.docx）、带文字层的 PDF（.pdf）。';

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

const extensionOf = (fileName: string) => /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** "%PDF-" may follow a little junk; readers accept it within the first kilobyte. */
const isPdf = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-');

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const emptyZipMagic = [0x50, 0x4b, 0x05, 0x06];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const imageMagics = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];

function checkZipIsWord(bytes: Uint8Array, fileName: string): void {
  const names = guardZip(bytes, fileName)?.map((entry) => entry.name);
  if (!names) throw badInput(`文件已损坏，无法打开。${accepted}`, { where: fileName });
  if (names.includes('word/document.xml')) return;
  if (names.some((name) => name.startsWith('xl/')))
    throw badInput(`这是 Excel 表格，不是方案文件。${accepted}`, { where: fileName });
  if (names.some((name) => name.startsWith('ppt/')))
    throw badInput(`这是 PowerPoint 演示文稿，不是方案文件。${accepted}`, { where: fileName });
  throw badInput(`这是压缩包或无法识别的 Office 文件，请解压后上传方案文件本身。${accepted}`, {
    where: fileName,
  });
}

/** The text of an uploaded plan document; a .docx or PDF is read on a worker thread. */
export async function readPlanDocument(
  bytes: Uint8Array,
  fileName: string,
): Promise<PlanDocumentText> {
  const heavy = startsWith(bytes, zipMagic) || (bytes.byteLength > 0 && isPdf(bytes));
  return heavy
    ? readInWorker<PlanDocumentText>({ kind: 'plan-document', bytes, fileName })
    : readPlanDocumentInThread(bytes, fileName);
}

/** The same, on the calling thread: for the reading worker, and for text files. */
export async function readPlanDocumentInThread(
  bytes: Uint8Array,
  fileName: string,
): Promise<PlanDocumentText> {
  if (bytes.byteLength === 0) throw badInput(`文件是空的。${accepted}`, { where: fileName });
  const extension = extensionOf(fileName);

  if (startsWith(bytes, zipMagic) || startsWith(bytes, emptyZipMagic)) {
    checkZipIsWord(bytes, fileName);
    const { readDocx } = await import('./read-docx'); // mammoth loads only for Word files
    const { text, warnings } = await readDocx(bytes, fileName);
    if (text.trim() === '') throw badInput('Word 文件中没有文字', { where: fileName });
    return { text, format: 'docx', encoding: null, warnings };
  }
  if (isPdf(bytes)) {
    const { text, warnings } = await readPdf(bytes, fileName);
    return { text, format: 'pdf', encoding: null, warnings };
  }
  if (startsWith(bytes, oleMagic))
    throw badInput(
      '这是旧版 Word（.doc）或 WPS 格式的文件，无法直接读取。请在 Word 或 WPS 中打开，“另存为” Word 文档（.docx）后再上传',
      { where: fileName },
    );
  if (imageMagics.some((magic) => startsWith(bytes, magic)))
    throw badInput('这是图片，没有文字可读。请提供 Word 或文本版，或先做文字识别（OCR）', {
      where: fileName,
    });
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    throw badInput('这是 RTF 文件，请在 Word 或 WPS 中“另存为” Word 文档（.docx）后再上传', {
      where: fileName,
    });
  if (extension === 'docx' || extension === 'pdf')
    throw badInput(
      `文件扩展名是 .${extension}，但内容不是有效的 ${extension === 'pdf' ? 'PDF' : 'Word'} 文件，文件可能已损坏。${accepted}`,
      {
        where: fileName,
      },
    );
  if (extension === 'doc' || extension === 'wps')
    throw badInput('旧版 Word（.doc）或 WPS 文件无法直接读取，请“另存为” .docx 后再上传', {
      where: fileName,
    });

  const decoded = readText(bytes, fileName, accepted);
  if (decoded.text.trim() === '')
    throw badInput(`文件中没有文字。${accepted}`, { where: fileName });
  return {
    text: decoded.text,
    format: 'text',
    encoding: decoded.encoding,
    warnings: decoded.warnings,
    ...(decoded.doubt ? { decoding: decoded.doubt } : {}),
  };
}
