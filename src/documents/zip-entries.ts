// Minimal reader for the entries of a ZIP archive (a .docx is one): names, and the bytes of one entry.
// Only what a Word file needs: stored or deflated entries, no ZIP64, no encryption; inflation never
// produces more than the size the entry declares, so a lying header cannot blow up memory.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  /** General-purpose flags; bit 0 means the entry is encrypted. */
  flags: number;
  compressedSize: number;
  /** As the central directory declares it; 0xFFFFFFFF means the real size is in a ZIP64 field. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The marker a field carries when its real value is in a ZIP64 extra field. */
export const ZIP64_MARKER = 0xffffffff;

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Lists the entries of a ZIP archive; null when the bytes are not a readable archive. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const data = view(bytes);
  // The end record sits in the last 22 bytes plus an optional comment of up to 65535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (data.getUint32(at, true) === endOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== centralDirectoryHeader) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    entries.push({
      method: data.getUint16(at + 10, true),
      flags: data.getUint16(at + 8, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The number of entries the end record declares (0xFFFF: a ZIP64 archive), or null without one. */
export function declaredEntryCount(bytes: Uint8Array): number | null {
  const data = view(bytes);
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (data.getUint32(at, true) === endOfCentralDirectory) return data.getUint16(at + 10, true);
  }
  return null;
}

/** The uncompressed bytes of the entry called `name`, or null when it is missing or unreadable. */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  const entry = listZipEntries(bytes)?.find((candidate) => candidate.name === name);
  return entry ? inflateZipEntry(bytes, entry) : null;
}

/**
 * The uncompressed bytes of `entry`, or null when it is unreadable or inflates to more than it declares
 * (zlib stops at the declared size, so memory stays bounded by what the central directory says).
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== localFileHeader) return null;
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.flags & 1 || entry.uncompressedSize === ZIP64_MARKER) return null;
  try {
    if (entry.method === 0)
      return compressed.byteLength === entry.uncompressedSize ? compressed : null;
    if (entry.method === 8) {
      // One byte more than declared: an entry that fills it lied about its size.
      const inflated = inflateRawSync(compressed, { maxOutputLength: entry.uncompressedSize + 1 });
      return inflated.byteLength === entry.uncompressedSize ? new Uint8Array(inflated) : null;
    }
  } catch {
    return null;
  }
  return null;
}
