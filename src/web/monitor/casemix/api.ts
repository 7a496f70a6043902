// Calls of the case-mix monitoring page: bill datasets, weight tables, runs, ranking, trend, drill-down, cases.
import { apiJson } from '../../shared/api';
import type { CasemixFigures } from '../../../analytics/casemix-aggregate';
import type { CaseRow } from '../../../analytics/casemix-cases-table';
import type { DrgFigures } from '../../../analytics/casemix-drilldown';
import type { CasemixSummary, RankedHospital } from '../../../analytics/casemix-summary';
import type { JobView } from '../../../server/jobs';
import type { BillDataset } from '../../../store/bill-datasets';
import type { CasemixRunListItem, CasemixWeightRequest } from '../../../store/casemix-runs';

export type { BillDataset, CaseRow, CasemixFigures, CasemixRunListItem, DrgFigures, JobView };
export type { CasemixWeightRequest };

export type { RankedHospital };

/** 数据质量提示 of a hospital as "n 例（x.x%）"; — for runs stored before warnings were counted. */
export function qualityText(row: Pick<RankedHospital, 'qualityWarnings' | 'figures'>): string {
  if (row.qualityWarnings === undefined) return '—';
  const share = row.figures.cases > 0 ? (row.qualityWarnings / row.figures.cases) * 100 : 0;
  return `${row.qualityWarnings} 例（${share.toFixed(1)}%）`;
}

export type RunSummary = Omit<CasemixSummary, 'departments' | 'drgs' | 'hospitalMonths'> & {
  ranking: RankedHospital[];
};

export interface RunAnswer {
  run: CasemixRunListItem;
  summary: RunSummary | null;
}

export interface TrendAnswer {
  months: string[];
  region: Array<{ month: string; figures: CasemixFigures }>;
  hospitals: Array<{
    code: string;
    name: string;
    points: Array<{ month: string; figures: CasemixFigures }>;
  }>;
}

export interface DrgsAnswer {
  hospital: string;
  month: string | null;
  drgs: DrgFigures[];
  departments: Array<{ hospital: string; department: string; figures: CasemixFigures }>;
}

export interface CasesAnswer {
  total: number;
  page: number;
  pageSize: number;
  cases: CaseRow[];
}

export interface WeightTableItem {
  id: number;
  pool: string;
  year: number;
  version: number;
  groupCount: number;
}

const query = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(values).flatMap(([key, value]) =>
      value === undefined || value === '' ? [] : [[key, String(value)]],
    ),
  ).toString();

export const casemixApi = {
  datasets: () => apiJson<{ datasets: BillDataset[] }>('GET', '/api/bill-datasets'),
  weightTables: () =>
    apiJson<{ tables: WeightTableItem[] }>('GET', '/api/drg/weight-tables').catch(() => ({
      tables: [] as WeightTableItem[],
    })),
  schemes: () =>
    apiJson<{ schemes: Array<{ code: string; name: string }> }>('GET', '/api/drg/schemes'),
  runs: () => apiJson<{ runs: CasemixRunListItem[] }>('GET', '/api/casemix-runs'),
  start: (datasetId: number, scheme: string, weights: CasemixWeightRequest, strict = false) =>
    apiJson<{ run: CasemixRunListItem; job: JobView }>('POST', '/api/casemix-runs', {
      datasetId,
      scheme,
      weights,
      strict,
    }),
  run: (id: number) => apiJson<RunAnswer>('GET', `/api/casemix-runs/${id}`),
  trend: (id: number) => apiJson<TrendAnswer>('GET', `/api/casemix-runs/${id}/trend`),
  drgs: (id: number, hospital: string, month?: string) =>
    apiJson<DrgsAnswer>('GET', `/api/casemix-runs/${id}/drgs?${query({ hospital, month })}`),
  cases: (id: number, filter: { hospital: string; drg?: string; month?: string; page: number }) =>
    apiJson<CasesAnswer>(
      'GET',
      `/api/casemix-runs/${id}/cases?${query({ ...filter, pageSize: 10 })}`,
    ),
  exportPath: (id: number) => `/api/casemix-runs/${id}/export.xlsx`,
};

/** "1.0469" → 1.0469 for charts; null stays null. */
export const asNumber = (value: string | null) => (value === null ? null : Number(value));

/** Fen as yuan with two decimals, for display only. */
export const yuan = (fen: number) =>
  (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const meanCost = (figures: CasemixFigures) =>
  figures.cases > 0 ? yuan(Math.round(figures.costFen / figures.cases)) : '—';

export const meanStay = (figures: CasemixFigures) =>
  figures.cases > 0 ? (figures.days / figures.cases).toFixed(1) : '—';
