// What the plan API sends and accepts: plan summaries, a plan under review with its corrections (the store's
// types, imported as types only so none of the store's code reaches the browser), audit entries.
export type {
  PlanDetail,
  PlanStatus,
  PlanSummary,
  RevisionInfo,
  RevisionStatus,
  StoredCorrection,
} from '../../store/plans';
export type { PlanLineMatches, PlanLinesPage, PlanReading } from '../../store/plan-lines';
export type { RevisionDiff } from '../../core/plan/revision-diff';

export interface AuditEntry {
  id: number;
  at: string;
  username: string | null;
  /** Who it was, by the account's display name. */
  displayName: string | null;
  action: string;
  detail: unknown;
}
