// The stored shape of plans and their revisions and what the API sends for them: summaries, a revision with its
// corrections applied (stable keys on every item), the revision list.
import { applyCorrections, describeCorrection, type Correction } from '../core/plan/corrections';
import type { PublishProblem } from '../core/plan/publish-check';
import { parsedKeys, withStableKeys, type KeyedPlan } from '../core/plan/stable-keys';
import type { DecodingNote, Plan, PlanWarning } from '../core/plan/types';
import type { Sql } from './sql';

/** Bumped whenever the parser's output may change, so stored plans can be re-parsed knowingly. */
export const parserVersion = '2';

/** The plan as a whole: never published (draft, in review), published (a current revision), or withdrawn. */
export type PlanStatus = 'draft' | 'review' | 'published' | 'withdrawn';
export type RevisionStatus = 'draft' | 'review' | 'published' | 'superseded';

export interface PlanSummary {
  id: number;
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  status: PlanStatus;
  /** Bumped by every change; an edit names the version it was based on (If-Match). */
  version: number;
  /** Number of the current published revision, null when none is (never published, or withdrawn). */
  currentRevision: number | null;
  /** The revision being worked on (草稿 or 送审), if any. */
  openRevision: { number: number; status: 'draft' | 'review' } | null;
  fileName: string;
  format: string;
  taskCount: number;
  targetCount: number;
  warningCount: number;
  createdAt: string;
  publishedAt: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  /** The unit that owns the plan (the importing account's). */
  ownerUnit: string | null;
}

export interface RevisionInfo {
  number: number;
  status: RevisionStatus;
  basedOn: number | null;
  createdAt: string;
  createdBy: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  publishReason: string | null;
  supersededAt: string | null;
}

export interface StoredCorrection {
  id: number;
  correction: Correction;
  createdAt: string;
  username: string | null;
  /** The display name of the account that made the correction, for showing who did it. */
  displayName: string | null;
  description: string;
}

export interface PlanDetail extends Omit<
  PlanSummary,
  'title' | 'issuer' | 'docNumber' | 'issuedOn'
> {
  encoding: string | null;
  /**
   * The revision shown, with its corrections applied; every item carries its stable key. The document's lines
   * are not in it (GET /api/plans/:id/lines pages them); `plan.lineCount` says how many there are, and the text
   * of `plan.decoding.alternative` is left empty for the same reason (the lines route serves that reading too).
   */
  plan: KeyedPlan;
  revision: RevisionInfo;
  revisions: RevisionInfo[];
  /** True when the shown revision takes corrections and re-parse (a draft of a plan not withdrawn). */
  editable: boolean;
  /** What publishing this revision would need to be confirmed with a reason. */
  publishProblems: PublishProblem[];
  corrections: StoredCorrection[];
  staleCorrections: StoredCorrection[];
}

export interface UploadedDocument {
  fileName: string;
  format: string;
  encoding: string | null;
  content: Uint8Array;
  text: string;
  /** What the reader noticed (encoding assumed or in doubt, stray bytes): stored with the plan. */
  warnings?: PlanWarning[];
  decoding?: DecodingNote;
}

export const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string).toISOString();

export const dateText = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'string'
      ? value.slice(0, 10)
      : (value as Date).toISOString().slice(0, 10);

export interface PlanRow {
  [key: string]: unknown;
  id: number;
  status: PlanStatus;
  version: number;
  title: string | null;
  issuer: string | null;
  doc_number: string | null;
  issued_on: unknown;
  task_count: number;
  target_count: number;
  warning_count: number;
  created_at: unknown;
  withdrawn_at: unknown;
  withdraw_reason: string | null;
  owner_unit: string | null;
  file_name: string;
  format: string;
  encoding: string | null;
  current_number: number | null;
  current_published_at: unknown;
  open_number: number | null;
  open_status: 'draft' | 'review' | null;
}

export interface RevisionRow {
  [key: string]: unknown;
  id: number;
  plan_id: number;
  number: number;
  status: RevisionStatus;
  parsed: Plan;
  based_on_number: number | null;
  created_at: unknown;
  created_name: string | null;
  submitted_at: unknown;
  published_at: unknown;
  published_name: string | null;
  publish_reason: string | null;
  superseded_at: unknown;
}

export const planColumns = `p.*, d.file_name, d.format, d.encoding,
  cur.number as current_number, cur.published_at as current_published_at,
  open.number as open_number, open.status as open_status`;
export const planFrom = `plans p join documents d on d.id = p.document_id
  left join plan_revisions cur on cur.plan_id = p.id and cur.status = 'published'
  left join plan_revisions open on open.plan_id = p.id and open.status in ('draft', 'review')`;

export function toSummary(row: PlanRow): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    issuer: row.issuer,
    docNumber: row.doc_number,
    issuedOn: dateText(row.issued_on),
    status: row.status,
    version: row.version,
    // A withdrawn plan has no current revision: its last published one stays readable, not in force.
    currentRevision: row.status === 'withdrawn' ? null : row.current_number,
    openRevision:
      row.open_number !== null && row.open_status !== null
        ? { number: row.open_number, status: row.open_status }
        : null,
    fileName: row.file_name,
    format: row.format,
    taskCount: row.task_count,
    targetCount: row.target_count,
    warningCount: row.warning_count,
    createdAt: iso(row.created_at) ?? '',
    publishedAt: iso(row.current_published_at),
    withdrawnAt: iso(row.withdrawn_at),
    withdrawReason: row.withdraw_reason,
    ownerUnit: row.owner_unit,
  };
}

export const toRevisionInfo = (row: RevisionRow): RevisionInfo => ({
  number: row.number,
  status: row.status,
  basedOn: row.based_on_number,
  createdAt: iso(row.created_at) ?? '',
  createdBy: row.created_name,
  submittedAt: iso(row.submitted_at),
  publishedAt: iso(row.published_at),
  publishedBy: row.published_name,
  publishReason: row.publish_reason,
  supersededAt: iso(row.superseded_at),
});

export async function loadRevisions(sql: Sql, planId: number): Promise<RevisionRow[]> {
  return sql.query<RevisionRow>(
    `select r.*, b.number as based_on_number, cu.display_name as created_name,
       pu.display_name as published_name
     from plan_revisions r left join plan_revisions b on b.id = r.based_on
     left join users cu on cu.id = r.created_by left join users pu on pu.id = r.published_by
     where r.plan_id = $1 order by r.number`,
    [planId],
  );
}

async function loadCorrections(sql: Sql, revisionId: number) {
  const rows = await sql.query<{
    id: number;
    correction: Correction;
    created_at: unknown;
    username: string | null;
    display_name: string | null;
  }>(
    `select c.*, u.display_name from plan_corrections c left join users u on u.id = c.created_by
     where c.revision_id = $1 order by c.id`,
    [revisionId],
  );
  return rows.map((row): StoredCorrection => ({
    id: row.id,
    correction: row.correction,
    createdAt: iso(row.created_at) ?? '',
    username: row.username,
    displayName: row.display_name ?? row.username,
    description: describeCorrection(row.correction),
  }));
}

/** A revision as people see it: its parse with every correction applied (stable keys on every item). */
export async function correctedRevision(sql: Sql, revision: RevisionRow) {
  const corrections = await loadCorrections(sql, revision.id);
  const outcome = applyCorrections(
    revision.parsed,
    corrections.map((stored) => stored.correction),
  );
  const stale = new Set(outcome.stale);
  return {
    plan: withStableKeys(outcome.plan, parsedKeys(revision.parsed)),
    corrections: corrections.filter((_, index) => !stale.has(index)),
    staleCorrections: corrections.filter((_, index) => stale.has(index)),
  };
}

/** Which revision a reader sees when none is named: the one in work (for readers of drafts), else the current. */
export function defaultRevision<R extends Pick<RevisionRow, 'status'>>(
  revisions: R[],
  includeDrafts: boolean,
): R | undefined {
  const byStatus = (status: RevisionStatus) => revisions.find((r) => r.status === status);
  const open = byStatus('draft') ?? byStatus('review');
  const published = [...revisions]
    .reverse()
    .find((r) => r.status !== 'draft' && r.status !== 'review');
  return (includeDrafts ? open : undefined) ?? byStatus('published') ?? published ?? open;
}

/** The plan as the detail sends it: the other reading of a doubtful file is paged by the lines route, not sent whole. */
export function withoutAlternativeText(plan: KeyedPlan): KeyedPlan {
  const alternative = plan.decoding?.alternative;
  if (!plan.decoding || !alternative) return plan;
  return { ...plan, decoding: { ...plan.decoding, alternative: { ...alternative, text: '' } } };
}

export const isWorkInProgress = (revision: Pick<RevisionRow, 'status'>) =>
  revision.status === 'draft' || revision.status === 'review';
