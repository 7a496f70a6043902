// What an evidence file (佐证材料) really is, told by its bytes and not by its name: PDF, Word (.docx), Excel
// (.xlsx) or an image (PNG, JPEG, GIF, WebP). Anything else is refused with what is accepted.
import { badInput } from '../core/shared/errors';
import { guardZip } from './zip-guard';

export interface EvidenceType {
  mediaType: string;
  /** The extension the stored name gets when the uploaded one does not match the content. */
  extension: string;
  label: string;
}

const PDF: EvidenceType = { mediaType: 'application/pdf', extension: 'pdf', label: 'PDF' };
const DOCX: EvidenceType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
  label: 'Word 文档',
};
const XLSX: EvidenceType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  label: 'Excel 表格',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export const ACCEPTED_EVIDENCE = 'PDF、Word（.docx）、Excel（.xlsx）或图片（PNG、JPEG、GIF、WebP）';

/** The file's type by content; throws a message naming the file when it is none of the accepted ones. */
export function evidenceType(bytes: Uint8Array, fileName: string): EvidenceType {
  if (bytes.length === 0) throw badInput('文件是空的，请重新选择文件。', { where: fileName });
  if (startsWith(bytes, ascii('%PDF-'))) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png', label: 'PNG 图片' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { mediaType: 'image/jpeg', extension: 'jpg', label: 'JPEG 图片' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
    return { mediaType: 'image/gif', extension: 'gif', label: 'GIF 图片' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return { mediaType: 'image/webp', extension: 'webp', label: 'WebP 图片' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = guardZip(bytes, fileName) ?? [];
    const names = new Set(entries.map((entry) => entry.name));
    if (names.has('word/document.xml')) return DOCX;
    if (names.has('xl/workbook.xml')) return XLSX;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw badInput(
      '这是旧版 Office 文件（.doc/.xls）。请在 Word 或 Excel 中“另存为” .docx 或 .xlsx 后再上传。',
      { where: fileName },
    );
  }
  throw badInput(`无法识别的文件类型。佐证材料请上传 ${ACCEPTED_EVIDENCE}。`, { where: fileName });
}
