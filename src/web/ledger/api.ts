// Calls of the ledger pages and the shapes they answer (src/server/routes/ledgers.ts).
import type { ReportingCadence, ReportingPeriod } from '../../core/ledger/cadence';
import type { DueFlag } from '../../core/ledger/due-status';
import type { ItemState } from '../../core/ledger/states';
import type { LedgerItem } from '../../core/ledger/types';
import { apiDownload, apiJson, apiUpload, ifMatch } from '../shared/api';

export interface LedgerCounts {
  total: number;
  byState: Record<ItemState, number>;
  overdue: number;
  dueSoon: number;
  needsReview: number;
  removed: number;
}

export interface LedgerSummary {
  id: number;
  planId: number | null;
  title: string;
  cadence: ReportingCadence;
  cadenceSource: { line: number; text: string } | null;
  dueSoonWorkdays: number;
  version: number;
  planStatus: string | null;
  counts: LedgerCounts;
  updatedAt: string;
}

export interface MissingReports {
  period: ReportingPeriod | null;
  units: { unitCode: string; unitName: string | null; items: number[] }[];
  unmapped: number[];
}

export interface LedgerDetail extends LedgerSummary {
  today: string;
  missing: MissingReports;
  lateNotices: LedgerNotice[];
}

export type ItemView = LedgerItem & { flag: DueFlag; workdaysLeft: number | null };

export interface ItemPage {
  items: ItemView[];
  total: number;
  page: number;
  pageSize: number;
  sections: string[];
}

export interface ItemFilter {
  unit?: string;
  state?: ItemState;
  flag?: DueFlag;
  q?: string;
  section?: string;
  needsReview?: boolean;
  page: number;
  pageSize: number;
}

export interface LedgerEvent {
  id: number;
  kind: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  actorName: string | null;
  at: string;
}

export interface ProgressReport {
  id: number;
  unitCode: string;
  unitName: string | null;
  role: 'lead' | 'co';
  periodKind: string;
  periodStart: string;
  done: string;
  problems: string;
  nextSteps: string;
  percent: number | null;
  createdBy: string | null;
  createdAt: string;
  fileIds: number[];
}

export interface EvidenceFile {
  id: number;
  reportId: number | null;
  name: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface ItemDetail {
  item: ItemView;
  ledger: { id: number; planId: number | null; title: string; dueSoonWorkdays: number };
  events: LedgerEvent[];
  reports: ProgressReport[];
  files: EvidenceFile[];
  period: ReportingPeriod | null;
  notices: LedgerNotice[];
}

export interface LedgerNotice {
  id: number;
  itemId: number;
  kind: 'supervision' | 'reminder';
  demand: string;
  replyBy: string | null;
  issuedBy: string | null;
  issuedAt: string;
  reply: string | null;
  repliedBy: string | null;
  repliedOn: string | null;
  late: boolean;
}

export interface ReportInput {
  done: string;
  problems?: string;
  nextSteps?: string;
  percent?: number | null;
  fileIds?: number[];
}

export type Decision = 'approve-closure' | 'return-closure' | 'pause' | 'resume' | 'reopen';

const query = (filter: ItemFilter) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  return params.toString();
};

export const ledgerApi = {
  list: () => apiJson<{ ledgers: LedgerSummary[] }>('GET', '/api/ledgers').then((r) => r.ledgers),
  get: (id: number) => apiJson<LedgerDetail>('GET', `/api/ledgers/${id}`),
  items: (id: number, filter: ItemFilter) =>
    apiJson<ItemPage>('GET', `/api/ledgers/${id}/items?${query(filter)}`),
  ofPlan: (planId: number) => apiJson<{ ledgerId: number }>('GET', `/api/plans/${planId}/ledger`),
  item: (id: number) => apiJson<ItemDetail>('GET', `/api/ledger-items/${id}`),
  report: (id: number, input: ReportInput) =>
    apiJson<{ reportId: number; version: number }>(
      'POST',
      `/api/ledger-items/${id}/reports`,
      input,
    ),
  upload: (id: number, file: File, onProgress: (percent: number) => void) =>
    apiUpload<EvidenceFile>(`/api/ledger-items/${id}/files`, file, onProgress),
  requestClosure: (id: number, version: number, note: string) =>
    apiJson<{ version: number }>(
      'POST',
      `/api/ledger-items/${id}/closure-request`,
      { note },
      ifMatch(version),
    ),
  decide: (
    id: number,
    version: number,
    decision: { action: Decision; reason?: string; resumeOn?: string },
  ) =>
    apiJson<{ version: number }>(
      'POST',
      `/api/ledger-items/${id}/decision`,
      decision,
      ifMatch(version),
    ),
  fileUrl: (id: number) => `/api/ledger-files/${id}`,
  exportXlsx: (id: number, title: string) =>
    apiDownload(`/api/ledgers/${id}/export.xlsx`, `${title}台账.xlsx`),
  issueNotice: (
    itemId: number,
    notice: { kind: 'supervision' | 'reminder'; demand: string; replyBy: string | null },
  ) => apiJson<LedgerNotice>('POST', `/api/ledger-items/${itemId}/notices`, notice),
  replyNotice: (noticeId: number, reply: string) =>
    apiJson<LedgerNotice>('POST', `/api/ledger-notices/${noticeId}/reply`, { reply }),
  remapUnits: (id: number) =>
    apiJson<{ changed: number; unmapped: number }>('POST', `/api/ledgers/${id}/remap-units`, {}),
};
