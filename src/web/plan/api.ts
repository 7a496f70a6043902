// Calls of the plan area to the server.
import { apiDownload, apiJson, apiUpload, apiVoid } from '../shared/api';
import type { Correction } from '../../core/plan/corrections';
import type { AuditEntry, PlanDetail, PlanSummary } from './model';

const base = (id: number | string) => `/api/plans/${encodeURIComponent(String(id))}`;

export const planApi = {
  list: async () => (await apiJson<{ plans: PlanSummary[] }>('GET', '/api/plans')).plans,
  upload: (file: File, onProgress: (percent: number) => void) =>
    apiUpload<PlanDetail>('/api/plans', file, onProgress),
  get: (id: number | string) => apiJson<PlanDetail>('GET', base(id)),
  correct: (id: number | string, correction: Correction) =>
    apiJson<PlanDetail>('POST', `${base(id)}/corrections`, correction),
  undo: (id: number | string, correctionId: number) =>
    apiJson<PlanDetail>('DELETE', `${base(id)}/corrections/${String(correctionId)}`),
  reparse: (id: number | string) => apiJson<PlanDetail>('POST', `${base(id)}/reparse`),
  publish: (id: number | string) => apiJson<PlanDetail>('POST', `${base(id)}/publish`),
  remove: (id: number | string) => apiVoid('DELETE', base(id)),
  downloadLedger: (id: number | string, title: string | null) =>
    apiDownload(`${base(id)}/ledger.xlsx`, `${title ?? '任务'}台账.xlsx`),
  audit: async (id: number | string) =>
    (await apiJson<{ entries: AuditEntry[] }>('GET', `${base(id)}/audit`)).entries,
};
