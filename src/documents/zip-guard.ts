// Inspects a ZIP upload (.docx, .xlsx) before any parser opens it: from the central directory alone, the
// entry count, total uncompressed size and compression ratio against the caps in quotas.ts; then, on the
// reading thread, every entry is inflated with an output limit to prove the declared sizes true.
import { badInput, tooLarge } from '../core/shared/errors';
import {
  sizeText,
  ZIP_MAX_ENTRIES,
  ZIP_MAX_RATIO,
  ZIP_MAX_UNCOMPRESSED_BYTES,
  ZIP_RATIO_MIN_BYTES,
} from '../core/shared/quotas';
import {
  declaredEntryCount,
  inflateZipEntry,
  listZipEntries,
  ZIP64_MARKER,
  type ZipEntry,
} from './zip-entries';

const suspicious = '可能是损坏或恶意文件';
const resave = '请在 Word、WPS 或 Excel 中打开后重新保存再上传';

/**
 * Refuses an archive whose central directory declares more than the caps allow, or that uses what the
 * readers cannot check (ZIP64, encryption). Cheap: reads no entry. Returns the entries; null when the
 * bytes are not a readable archive (the caller says so in its own words).
 */
export function checkZipArchive(bytes: Uint8Array, fileName: string): ZipEntry[] | null {
  const declared = declaredEntryCount(bytes);
  if (declared === 0xffff)
    throw badInput(`文件使用 ZIP64 格式（超大压缩包），不支持。${resave}`, { where: fileName });
  const entries = listZipEntries(bytes);
  if (entries === null) return null;
  checkZipEntries(entries, fileName, ZIP_MAX_UNCOMPRESSED_BYTES);
  return entries;
}

/** The caps on the entries a central directory declares; `maxBytes` is the total uncompressed size allowed. */
export function checkZipEntries(entries: ZipEntry[], fileName: string, maxBytes: number): void {
  if (entries.length > ZIP_MAX_ENTRIES)
    throw tooLarge(
      `文件内含 ${entries.length} 个部件，超过 ${ZIP_MAX_ENTRIES} 个（上限），${suspicious}`,
      { where: fileName },
    );
  let total = 0;
  let compressed = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === ZIP64_MARKER || entry.compressedSize === ZIP64_MARKER)
      throw badInput(`文件使用 ZIP64 格式（超大压缩包），不支持。${resave}`, { where: fileName });
    if (entry.flags & 1)
      throw badInput('文件已加密（设有密码），请取消密码后重新保存再上传', { where: fileName });
    if (entry.method !== 0 && entry.method !== 8)
      throw badInput(`文件中的“${entry.name}”使用了不支持的压缩方式。${resave}`, {
        where: fileName,
      });
    total += entry.uncompressedSize;
    compressed += entry.compressedSize;
    if (total > maxBytes) throw tooBig(fileName, maxBytes);
    if (
      entry.uncompressedSize >= ZIP_RATIO_MIN_BYTES &&
      entry.uncompressedSize > ZIP_MAX_RATIO * Math.max(1, entry.compressedSize)
    )
      throw tooDense(fileName, entry.uncompressedSize / Math.max(1, entry.compressedSize));
  }
  if (total >= ZIP_RATIO_MIN_BYTES && total > ZIP_MAX_RATIO * Math.max(1, compressed))
    throw tooDense(fileName, total / Math.max(1, compressed));
}

/** Said when an entry inflates to other than it declares: the archive lies about its sizes. */
export const lyingEntry = (entry: ZipEntry, fileName: string) =>
  badInput(`文件中的“${entry.name}”解压后与声明的大小不符或已损坏，${suspicious}。${resave}`, {
    where: fileName,
  });

/**
 * Inflates every entry, each stopped at the size it declares, so an entry whose header lies is caught
 * before a parser (which trusts nothing and inflates everything) meets it. Run it on the reading thread.
 */
export function verifyZipSizes(bytes: Uint8Array, entries: ZipEntry[], fileName: string): void {
  for (const entry of entries) {
    if (inflateZipEntry(bytes, entry) === null) throw lyingEntry(entry, fileName);
  }
}

/** Both checks at once, for readers that run on the reading thread already. */
export function guardZip(bytes: Uint8Array, fileName: string): ZipEntry[] | null {
  const entries = checkZipArchive(bytes, fileName);
  if (entries !== null) verifyZipSizes(bytes, entries, fileName);
  return entries;
}

const tooBig = (fileName: string, maxBytes: number) =>
  tooLarge(`文件解压后超过 ${sizeText(maxBytes)}（上限），${suspicious}`, {
    where: fileName,
  });

const tooDense = (fileName: string, ratio: number) =>
  badInput(
    `文件压缩比约为 ${Math.round(ratio)} 倍，超过 ${ZIP_MAX_RATIO} 倍（上限），${suspicious}。${resave}`,
    { where: fileName },
  );
