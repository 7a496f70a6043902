// Builds hostile ZIP uploads for tests: a .docx or .xlsx whose entries inflate to gigabytes, one with a
// thousandfold ratio, one with too many entries, one whose header lies about its size. Cheap to build:
// the zeros are deflated a megabyte at a time, never held whole.
import { crc32, constants, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** The deflated (or stored) bytes as written. */
  data: Uint8Array;
  method: 0 | 8;
  /** The sizes and crc the headers declare: a hostile file may lie in them. */
  uncompressedSize: number;
  crc: number;
}

export const MB = 1024 * 1024;

/** Deflated zeros, `megabytes` of them once inflated, built from one reused 1 MB block. */
export function deflatedZeros(megabytes: number): Uint8Array {
  const block = Buffer.alloc(MB);
  // A full-flushed deflate block of zeros can be repeated: each copy inflates to the same megabyte.
  const middle = deflateRawSync(block, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(block, { level: 9 });
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes - 1; i++) parts.push(middle);
  parts.push(last);
  return new Uint8Array(Buffer.concat(parts));
}

export function deflated(name: string, content: string | Uint8Array): RawEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return {
    name,
    data: new Uint8Array(deflateRawSync(bytes)),
    method: 8,
    uncompressedSize: bytes.byteLength,
    crc: crc32(bytes),
  };
}

/** Writes the entries as a ZIP archive: local headers, data, central directory, end record. */
export function writeZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.byteLength, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(entry.data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.byteLength, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/xml"/></Types>`;

/** The parts that make an archive look like a Word document, with `document` as word/document.xml. */
export const docxParts = (document: RawEntry): RawEntry[] => [
  deflated('[Content_Types].xml', contentTypes('word/document.xml')),
  { ...document, name: 'word/document.xml' },
];

/** The parts that make an archive look like an Excel workbook, with `sheet` as its first sheet. */
export const xlsxParts = (sheet: RawEntry): RawEntry[] => [
  deflated('[Content_Types].xml', contentTypes('xl/workbook.xml')),
  deflated(
    'xl/workbook.xml',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="病案" sheetId="1"/></sheets></workbook>',
  ),
  { ...sheet, name: 'xl/worksheets/sheet1.xml' },
];

/** An entry of `megabytes` of zeros that declares its size truly (crc left 0: no reader gets that far). */
export const zerosEntry = (name: string, megabytes: number): RawEntry => ({
  name,
  data: deflatedZeros(megabytes),
  method: 8,
  uncompressedSize: megabytes * MB,
  crc: 0,
});
