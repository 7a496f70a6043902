// Calls of the bill-dataset page to the server: list, upload a file, generate demo bills, delete.
import { apiJson, apiUpload, apiVoid } from '../../shared/api';
import type { RejectionCount } from '../../../analytics/bills/rejections';
import type { BillDatasetDescription } from '../../../store/bill-datasets';
import type { Job } from '../../shared/jobs';

export type { RejectionCount };

/** The reader's check of a scanned file: lines it uses, lines it leaves out and why, refunds it nets. */
export interface BillFileCheck {
  linesUsable: number;
  linesLeftOut: number;
  encountersLeftOut: number;
  linesNetted: number;
  reasons: RejectionCount[];
}

/** What the scan found; `check` is there once the reader reports it (older datasets have none). */
export type DatasetDescription = BillDatasetDescription & { check?: BillFileCheck };

export type BillDatasetStatus = 'pending' | 'ready' | 'failed' | 'cancelled';

export interface BillDataset {
  id: number;
  name: string;
  fileName: string;
  format: 'csv' | 'parquet';
  source: 'upload' | 'demo';
  sizeBytes: number;
  status: BillDatasetStatus;
  description: DatasetDescription | null;
  error: string | null;
  /** The unit that owns the dataset. */
  ownerUnit: string | null;
  createdAt: string;
}

export interface StartedDataset {
  dataset: BillDataset;
  job: Job;
}

const base = '/api/bill-datasets';

export const datasetApi = {
  list: async () => (await apiJson<{ datasets: BillDataset[] }>('GET', base)).datasets,
  get: (id: number) => apiJson<BillDataset>('GET', `${base}/${id}`),
  upload: (file: File, onProgress: (percent: number) => void) =>
    apiUpload<StartedDataset>(base, file, onProgress),
  demo: (lines: number, seed: number) =>
    apiJson<StartedDataset>('POST', `${base}/demo`, { lines, seed }),
  remove: (id: number) => apiVoid('DELETE', `${base}/${id}`),
};

export const DATASET_STATUS: Record<BillDatasetStatus, { label: string; color: string }> = {
  pending: { label: '检查中', color: 'processing' },
  ready: { label: '可用', color: 'success' },
  failed: { label: '失败', color: 'error' },
  cancelled: { label: '已取消', color: 'default' },
};
