// Preparing a bill dataset: an upload as received is made readable (decoded, unpacked, converted) and scanned;
// demo bills are generated into the files folder and scanned.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeBillFile } from '../../analytics/bills/describe-bills';
import {
  intakeSummary,
  prepareBillFile,
  sayOfUserFile,
  type BillFileIntake,
} from '../../analytics/bills/intake';
import { UserError } from '../../core/shared/errors';
import type { Actor } from '../../core/shared/roles';
import { writeDemoBills } from '../../demo/bills/write-parquet';
import {
  finishBillDataset,
  getBillDataset,
  insertBillDataset,
  setBillDatasetFile,
  type BillDataset,
} from '../../store/bill-datasets';
import type { Store } from '../../store/sql';

export type Progress = (share: number | null, message: string) => void;

export const billsFolder = (filesDir: string) => path.join(filesDir, 'bills');

const failed = async (store: Store, id: number, error: unknown) => {
  const message = error instanceof UserError ? error.message : '文件无法读取';
  await finishBillDataset(store, id, { status: 'failed', error: message });
};

/** Scans a stored file and records what it holds; a file that cannot be read marks the dataset failed. */
export async function scanDataset(
  store: Store,
  id: number,
  file: string,
  report: Progress,
  upload?: { intake: BillFileIntake; fileName: string },
): Promise<BillDataset> {
  report(null, '正在检查文件的列并统计行数…');
  try {
    const description = await describeBillFile(file);
    const { size } = await stat(file);
    await finishBillDataset(store, id, {
      status: 'ready',
      description: upload ? { ...description, intake: upload.intake } : description,
      sizeBytes: size,
    });
    return getBillDataset(store, id);
  } catch (error) {
    // Said of the file the user sent, not of the path it is stored under.
    const said = upload ? sayOfUserFile(error, file, upload.fileName) : error;
    await failed(store, id, said);
    throw said;
  }
}

/** Where an upload is kept as received, before it is prepared: `<id>.upload` in the bills folder. */
export const UPLOAD_SUFFIX = '.upload';

/**
 * Prepares the file an upload stored at `received` (`….upload`): a UTF-8 CSV or Parquet file takes its place
 * as `….csv` / `….parquet` (converted when it was GBK, gzip or .xlsx), the dataset points at it, then it is scanned.
 */
export async function prepareUploadedDataset(
  store: Store,
  id: number,
  received: string,
  fileName: string,
  report: Progress,
): Promise<BillDataset> {
  report(null, '正在识别文件格式与编码…');
  let intake: BillFileIntake;
  let target: string;
  try {
    const prepared = await prepareBillFile(received, {
      workDir: path.dirname(received),
      fileName,
    });
    target = `${received.slice(0, -UPLOAD_SUFFIX.length)}.${prepared.format}`;
    if (prepared.converted) {
      await rename(prepared.file, target);
      await rm(received, { force: true });
    } else {
      await prepared.cleanup();
      await rename(received, target);
    }
    intake = intakeSummary(prepared);
    const { size } = await stat(target);
    await setBillDatasetFile(store, id, { path: target, format: prepared.format, sizeBytes: size });
  } catch (error) {
    await failed(store, id, error);
    throw error;
  }
  return scanDataset(store, id, target, report, { intake, fileName });
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
