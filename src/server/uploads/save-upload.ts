// Streams an uploaded file to `<target>.partial` and renames it to `target` only once all of it arrived;
// on any failure (size limit, client abort, truncated form, full disk) the partial file is removed.
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { uploadError } from './upload-errors';

export const PARTIAL_SUFFIX = '.partial';

/** Writes the file part to `target` (through a .partial file) and answers its size in bytes. */
export async function saveUpload(
  file: MultipartFile,
  target: string,
  limitBytes: number,
  fileName: string,
): Promise<number> {
  const partial = target + PARTIAL_SUFFIX;
  try {
    await pipeline(file.file, createWriteStream(partial, { flags: 'wx' }));
    // without throwFileSizeLimit the stream only marks itself truncated
    if (file.file.truncated)
      throw Object.assign(new Error('truncated'), { code: 'FST_REQ_FILE_TOO_LARGE' });
    await rename(partial, target);
    return (await stat(target)).size;
  } catch (error) {
    await rm(partial, { force: true });
    throw uploadError(error, limitBytes, fileName);
  }
}

/** The whole file part in memory, for files read at once (plan documents, case files, tables). */
export async function uploadBytes(
  file: MultipartFile,
  limitBytes: number,
  fileName: string,
): Promise<Uint8Array> {
  try {
    const buffer = await file.toBuffer();
    if (file.file.truncated)
      throw Object.assign(new Error('truncated'), { code: 'FST_REQ_FILE_TOO_LARGE' });
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw uploadError(error, limitBytes, fileName);
  }
}

/** The parts of a multipart form; a form that breaks off while they are read gives a reason, not a 500. */
export async function* guardParts(
  parts: AsyncIterableIterator<Multipart>,
  limitBytes: number,
): AsyncGenerator<Multipart> {
  try {
    for await (const part of parts) yield part;
  } catch (error) {
    throw uploadError(error, limitBytes);
  }
}
