// Preparing a bill dataset: scanning a stored file, and generating demo bills into the files folder.
import { randomUUID } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeBillFile } from '../../analytics/bills/describe-bills';
import { UserError } from '../../core/shared/errors';
import type { Actor } from '../../core/shared/roles';
import { writeDemoBills } from '../../demo/bills/write-parquet';
import {
  finishBillDataset,
  getBillDataset,
  insertBillDataset,
  type BillDataset,
} from '../../store/bill-datasets';
import type { Store } from '../../store/sql';

export type Progress = (share: number | null, message: string) => void;

export const billsFolder = (filesDir: string) => path.join(filesDir, 'bills');

/** Scans a stored file and records what it holds; a file that cannot be read marks the dataset failed. */
export async function scanDataset(
  store: Store,
  id: number,
  file: string,
  report: Progress,
): Promise<BillDataset> {
  report(null, '正在检查文件的列并统计行数…');
  try {
    const description = await describeBillFile(file);
    const { size } = await stat(file);
    await finishBillDataset(store, id, { status: 'ready', description, sizeBytes: size });
    return getBillDataset(store, id);
  } catch (error) {
    const message = error instanceof UserError ? error.message : '文件无法读取';
    await finishBillDataset(store, id, { status: 'failed', error: message });
    throw error;
  }
}

/** Registers a demo dataset; `generate` then writes the file and scans it (call it in a job or await it). */
export async function registerDemoDataset(
  store: Store,
  actor: Actor | null,
  filesDir: string,
  lines: number,
  seed: number,
): Promise<{ dataset: BillDataset; generate: (report: Progress) => Promise<BillDataset> }> {
  await mkdir(billsFolder(filesDir), { recursive: true });
  const target = path.join(billsFolder(filesDir), `demo-${randomUUID()}.parquet`);
  const dataset = await insertBillDataset(store, actor, {
    name: `演示账单（${lines.toLocaleString('zh-CN')} 行）`,
    fileName: `演示账单-${lines}行-种子${seed}.parquet`,
    path: target,
    format: 'parquet',
    source: 'demo',
    sizeBytes: 0,
    status: 'pending',
  });
  const generate = async (report: Progress) => {
    try {
      await writeDemoBills(target, {
        lines,
        seed,
        onProgress: (done) =>
          report((done / lines) * 0.9, `已生成 ${done.toLocaleString('zh-CN')} 行`),
      });
    } catch (error) {
      await finishBillDataset(store, dataset.id, { status: 'failed', error: '生成失败' });
      throw error;
    }
    return scanDataset(store, dataset.id, target, (_, message) => report(0.95, message));
  };
  return { dataset, generate };
}
