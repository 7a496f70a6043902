// The ZIP guard for an archive on disk too large to hold in memory (an .xlsx bill file): the central
// directory is read from the end of the file, checked against the caps, and every entry is inflated as a
// stream and counted, so an entry that lies about its size is caught before a reader meets it.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { badInput } from '../core/shared/errors';
import { checkZipEntries, lyingEntry } from './zip-guard';
import { listZipEntries, type ZipEntry } from './zip-entries';

const END_RECORD = 0x06054b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const TAIL_BYTES = 22 + 65535;

const unreadable = (fileName: string) =>
  badInput('无法读取这个 Excel 文件（压缩包已损坏）。请在 Excel 或 WPS 中打开后重新保存再上传', {
    where: fileName,
  });

async function readAt(file: string, position: number, length: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The archive's entries from its central directory, read without loading the rest of the file. */
async function entriesOfFile(file: string, size: number, fileName: string): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, size - TAIL_BYTES);
  const tail = await readAt(file, tailStart, size - tailStart);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === END_RECORD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable(fileName);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset + directorySize > size) throw unreadable(fileName);
  const directory = await readAt(file, directoryOffset, directorySize);
  // The directory followed by its end record, the record pointing at offset 0: the in-memory lister reads it.
  const endRecord = tail.slice(end, end + 22);
  new DataView(endRecord.buffer).setUint32(16, 0, true);
  const joined = new Uint8Array(directory.length + endRecord.length);
  joined.set(directory, 0);
  joined.set(endRecord, directory.length);
  const entries = listZipEntries(joined);
  if (entries === null) throw unreadable(fileName);
  return entries;
}

/** Inflates one entry from the file, stopping as soon as it gives more than it declares. */
async function inflatedSize(file: string, entry: ZipEntry): Promise<number | null> {
  const header = await readAt(file, entry.localHeaderOffset, 30);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || view.getUint32(0, true) !== LOCAL_HEADER) return null;
  const start = entry.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (entry.compressedSize === 0) return 0;
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  if (entry.method === 0) {
    let stored = 0;
    for await (const chunk of raw) stored += (chunk as Buffer).length;
    return stored;
  }
  const inflate = createInflateRaw();
  raw.pipe(inflate);
  let produced = 0;
  try {
    for await (const chunk of inflate) {
      produced += (chunk as Buffer).length;
      if (produced > entry.uncompressedSize) return null;
    }
  } catch {
    return null;
  } finally {
    raw.destroy();
    inflate.destroy();
  }
  return produced;
}

/**
 * Refuses an archive on disk that declares more than `maxBytes` uncompressed, too high a compression
 * ratio, too many entries, encryption or ZIP64, or whose entries inflate to other than they declare.
 */
export async function guardZipFile(
  file: string,
  size: number,
  fileName: string,
  maxBytes: number,
): Promise<ZipEntry[]> {
  const entries = await entriesOfFile(file, size, fileName);
  checkZipEntries(entries, fileName, maxBytes);
  for (const entry of entries) {
    if ((await inflatedSize(file, entry)) !== entry.uncompressedSize)
      throw lyingEntry(entry, fileName);
  }
  return entries;
}
