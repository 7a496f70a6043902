// Calls of the plan area to the server. Every edit sends the version it was based on (If-Match).
import { apiDownload, apiJson, apiUpload, apiVoid, ifMatch } from '../shared/api';
import type { Correction } from '../../core/plan/corrections';
import type {
  AuditEntry,
  PlanDetail,
  PlanLineMatches,
  PlanLinesPage,
  PlanReading,
  PlanSummary,
  RevisionDiff,
} from './model';

const base = (id: number | string) => `/api/plans/${encodeURIComponent(String(id))}`;
type Id = number | string;

export const planApi = {
  list: async () => (await apiJson<{ plans: PlanSummary[] }>('GET', '/api/plans')).plans,
  upload: (file: File, onProgress: (percent: number) => void) =>
    apiUpload<PlanDetail>('/api/plans', file, onProgress),
  get: (id: Id, revision?: number) =>
    apiJson<PlanDetail>(
      'GET',
      `${base(id)}${revision !== undefined ? `?revision=${revision}` : ''}`,
    ),
  /** A page of the document's lines: `count` lines from line `from` (1-based) of the revision shown. */
  lines: (id: Id, page: { from: number; count: number; revision: number; reading: PlanReading }) =>
    apiJson<PlanLinesPage>(
      'GET',
      `${base(id)}/lines?from=${page.from}&count=${page.count}&revision=${page.revision}&reading=${page.reading}`,
    ),
  /** The line numbers of the document that hold `text`. */
  findLines: (id: Id, search: { text: string; revision: number; reading: PlanReading }) =>
    apiJson<PlanLineMatches>(
      'GET',
      `${base(id)}/lines/search?text=${encodeURIComponent(search.text)}&revision=${search.revision}&reading=${search.reading}`,
    ),
  correct: (id: Id, version: number, correction: Correction) =>
    apiJson<PlanDetail>('POST', `${base(id)}/corrections`, correction, ifMatch(version)),
  undo: (id: Id, version: number, correctionId: number) =>
    apiJson<PlanDetail>(
      'DELETE',
      `${base(id)}/corrections/${String(correctionId)}`,
      undefined,
      ifMatch(version),
    ),
  reparse: (id: Id, version: number) =>
    apiJson<PlanDetail>('POST', `${base(id)}/reparse`, undefined, ifMatch(version)),
  publish: (id: Id, version: number, reason?: string) =>
    apiJson<PlanDetail>(
      'POST',
      `${base(id)}/publish`,
      reason ? { confirm: { reason } } : undefined,
      ifMatch(version),
    ),
  newRevision: (id: Id, version: number) =>
    apiJson<PlanDetail>('POST', `${base(id)}/revisions`, undefined, ifMatch(version)),
  submit: (id: Id, version: number) =>
    apiJson<PlanDetail>('POST', `${base(id)}/submit`, undefined, ifMatch(version)),
  reopen: (id: Id, version: number) =>
    apiJson<PlanDetail>('POST', `${base(id)}/reopen`, undefined, ifMatch(version)),
  withdraw: (id: Id, version: number, reason: string) =>
    apiJson<PlanDetail>('POST', `${base(id)}/withdraw`, { reason }, ifMatch(version)),
  diff: (id: Id, from: number, to: number) =>
    apiJson<{ from: number; to: number; diff: RevisionDiff }>(
      'GET',
      `${base(id)}/diff?from=${from}&to=${to}`,
    ),
  remove: (id: Id, version: number) => apiVoid('DELETE', base(id), undefined, ifMatch(version)),
  downloadLedger: (id: Id, title: string | null, revision?: number) =>
    apiDownload(
      `${base(id)}/ledger.xlsx${revision !== undefined ? `?revision=${revision}` : ''}`,
      `${title ?? '任务'}台账.xlsx`,
    ),
  audit: async (id: Id) =>
    (await apiJson<{ entries: AuditEntry[] }>('GET', `${base(id)}/audit`)).entries,
};
