// Refuses an upload or a generated file that would leave the disk of the files folder nearly full.
import { mkdir, statfs } from 'node:fs/promises';
import { tooLarge } from '../../core/shared/errors';
import { DISK_RESERVE_BYTES, sizeText } from '../../core/shared/quotas';

/** Free bytes on the disk that holds `folder` (created when missing). */
export async function freeBytes(folder: string): Promise<number> {
  await mkdir(folder, { recursive: true });
  const disk = await statfs(folder);
  return disk.bavail * disk.bsize;
}

/** Throws unless `neededBytes` fit on the disk with DISK_RESERVE_BYTES to spare; `what` names the work. */
export async function checkFreeDisk(
  folder: string,
  neededBytes: number,
  what: string,
): Promise<void> {
  const free = await freeBytes(folder);
  if (free - neededBytes >= DISK_RESERVE_BYTES) return;
  throw tooLarge(
    `服务器磁盘剩余 ${sizeText(Math.max(0, free))}，${what}约需 ${sizeText(neededBytes)}，` +
      `还须保留 ${sizeText(DISK_RESERVE_BYTES)}（下限）。请删除不用的账单数据集，或联系管理员扩充磁盘`,
  );
}
