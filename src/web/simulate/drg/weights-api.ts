// Calls of the weight-table and DRG payment pages: tables (list, view, import, derive, delete, export), bill
// datasets to choose from, payment runs (start, read, drill down, export); jobs are polled through the shared job hook.
import {
  apiDownload,
  apiJson,
  apiVoid,
  errorFromResponse,
  postForm,
  succeeded,
} from '../../shared/api';
import type { GroupComparison, HospitalComparison } from '../../../analytics/drg-payment-run';
import type { DrgPaymentParams } from '../../../analytics/drg-payment-params';
import type { RowError } from '../../../core/drg/weight-rows';
import type { DrgWeight } from '../../../core/drg/weights';
import type { JobView } from '../../../server/jobs';
import type { DrgPaymentRun } from '../../../store/drg-payment-runs';
import type { WeightMethod, WeightTableSummary } from '../../../store/drg-weight-tables';

export type {
  DrgPaymentParams,
  DrgPaymentRun,
  DrgWeight,
  GroupComparison,
  HospitalComparison,
  JobView,
  RowError,
  WeightMethod,
  WeightTableSummary,
};

export interface BuiltinTable {
  code: string;
  label: string;
  scheme: string;
}

export interface WeightTablePage extends WeightTableSummary {
  title: string;
  total: number;
  groups: DrgWeight[];
}

export interface DatasetChoice {
  id: number;
  name: string;
  status: 'pending' | 'ready' | 'failed';
  description: {
    inpatientEncounters: number;
    firstDate: string | null;
    lastDate: string | null;
  } | null;
}

/** An import refused row by row: the server's message and every row at fault. */
export class ImportRejected extends Error {
  constructor(
    message: string,
    readonly rows: RowError[],
    readonly unit: '行' | '项',
  ) {
    super(message);
    this.name = 'ImportRejected';
  }
}

/** Posts the file and the settings as a form; reports upload progress; a refused file rejects with its rows. */
async function importFile(
  file: File,
  fields: Record<string, string>,
  onProgress: (percent: number) => void,
): Promise<{ table: WeightTableSummary; title: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== '') form.append(name, value);
  form.append('file', file, file.name);
  const request = await postForm('/api/drg/weight-tables', form, onProgress);
  if (succeeded(request)) {
    return JSON.parse(request.responseText) as { table: WeightTableSummary; title: string };
  }
  let body: { error?: { message?: string }; rows?: RowError[]; unit?: '行' | '项' } | null;
  try {
    body = JSON.parse(request.responseText) as typeof body;
  } catch {
    body = null; // not JSON: the general message below
  }
  if (body?.rows !== undefined && body.rows.length > 0) {
    throw new ImportRejected(
      body.error?.message ?? '文件有误，未导入',
      body.rows,
      body.unit ?? '行',
    );
  }
  throw errorFromResponse(request.status, request.responseText);
}

const tablePath = (id: number) => `/api/drg/weight-tables/${id}`;

export const weightsApi = {
  list: () =>
    apiJson<{ tables: WeightTableSummary[]; builtin: BuiltinTable[] }>(
      'GET',
      '/api/drg/weight-tables',
    ),
  page: (id: number, page: { offset: number; limit: number; q: string }) =>
    apiJson<WeightTablePage>(
      'GET',
      `${tablePath(id)}?${new URLSearchParams({ offset: String(page.offset), limit: String(page.limit), q: page.q })}`,
    ),
  method: async (id: number) =>
    (await apiJson<{ method: WeightMethod | null }>('GET', `${tablePath(id)}/method`)).method,
  importFile,
  importBuiltin: (body: {
    code: string;
    pool?: string;
    year?: number;
    baseRateFen?: number;
    levelCoefficients: Record<string, string>;
  }) =>
    apiJson<{ table: WeightTableSummary; title: string }>(
      'POST',
      '/api/drg/weight-tables/builtin',
      body,
    ),
  derive: (body: unknown) =>
    apiJson<{ job: JobView }>('POST', '/api/drg/weight-tables/derive', body),
  remove: (id: number) => apiVoid('DELETE', tablePath(id)),
  exportXlsx: (id: number) => apiDownload(`${tablePath(id)}/export.xlsx`, 'DRG权重表.xlsx'),
  datasets: async () =>
    (await apiJson<{ datasets: DatasetChoice[] }>('GET', '/api/bill-datasets')).datasets,
};

const runPath = (id: number) => `/api/drg/payment-runs/${id}`;

export const paymentApi = {
  start: (body: {
    datasetId: number;
    scheme: string;
    weightTableId: number;
    params: DrgPaymentParams;
  }) => apiJson<{ run: DrgPaymentRun; job: JobView }>('POST', '/api/drg/payment-runs', body),
  list: async () => (await apiJson<{ runs: DrgPaymentRun[] }>('GET', '/api/drg/payment-runs')).runs,
  get: (id: number) => apiJson<DrgPaymentRun>('GET', runPath(id)),
  groups: (
    id: number,
    query: { hospital: string; q: string; sort: string; offset: number; limit: number },
  ) =>
    apiJson<{ total: number; groups: GroupComparison[] }>(
      'GET',
      `${runPath(id)}/groups?${new URLSearchParams({
        hospital: query.hospital,
        q: query.q,
        sort: query.sort,
        offset: String(query.offset),
        limit: String(query.limit),
      })}`,
    ),
  exportXlsx: (id: number) => apiDownload(`${runPath(id)}/export.xlsx`, 'DRG付费测算.xlsx'),
};

/** ¥1,234.56 from fen, for tables and tooltips. */
export const yuanText = (fen: number): string =>
  `${fen < 0 ? '−' : ''}¥${(Math.abs(fen) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** 万元 with two decimals, for chart axes. */
export const wanYuan = (fen: number): number => Math.round(fen / 100) / 10_000;
