// Plans: the uploaded document and its revisions (the parser's reading plus people's corrections), read as people
// see them. Edits are in plan-edits.ts, the revision workflow in plan-revisions.ts, the version check in plan-versions.ts.
import { createHash } from 'node:crypto';
import { withDocumentReading } from '../core/plan/document-reading';
import { parsePlan } from '../core/plan/parse';
import { publishProblems } from '../core/plan/publish-check';
import { badInput, conflict, forbidden, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import {
  correctedRevision,
  defaultRevision,
  isWorkInProgress,
  loadRevisions,
  parserVersion,
  planColumns,
  planFrom,
  toRevisionInfo,
  toSummary,
  withoutAlternativeText,
  type PlanDetail,
  type PlanRow,
  type RevisionRow,
  type PlanStatus,
  type PlanSummary,
  type UploadedDocument,
} from './plan-rows';
import { lockPlan } from './plan-versions';
import type { Sql } from './sql';
import { ownerUnitOf } from './units';

export type {
  PlanDetail,
  PlanStatus,
  PlanSummary,
  RevisionInfo,
  RevisionStatus,
  StoredCorrection,
  UploadedDocument,
} from './plan-rows';
export { parserVersion } from './plan-rows';

/** Plans the reader may see: those without a published revision only for readers of drafts. */
export async function listPlans(
  sql: Sql,
  options: { includeDrafts: boolean },
): Promise<PlanSummary[]> {
  const rows = await sql.query<PlanRow>(
    `select ${planColumns} from ${planFrom}
     ${options.includeDrafts ? '' : `where p.status in ('published', 'withdrawn')`} order by p.id desc`,
  );
  return rows.map(toSummary);
}

async function loadRow(sql: Sql, id: number): Promise<PlanRow> {
  const [row] = await sql.query<PlanRow>(`select ${planColumns} from ${planFrom} where p.id = $1`, [
    id,
  ]);
  if (!row) throw notFound(`方案 #${id} 不存在，可能已被删除。请回到方案列表。`);
  return row;
}

/**
 * The revision a reader asked for (by default the one in work for readers of drafts, else the current one);
 * a revision in work is refused to those who may not read drafts.
 */
export function visibleRevision<R extends Pick<RevisionRow, 'number' | 'status'>>(
  row: Pick<PlanRow, 'id' | 'current_number' | 'status'>,
  revisions: R[],
  options: { includeDrafts: boolean; revision?: number | undefined },
): R {
  const revision =
    options.revision === undefined
      ? defaultRevision(revisions, options.includeDrafts)
      : revisions.find((r) => r.number === options.revision);
  if (!revision) throw notFound(`方案 #${row.id} 没有修订 ${options.revision ?? ''}。`);
  if (!options.includeDrafts && isWorkInProgress(revision)) {
    throw forbidden(
      row.current_number === null && row.status !== 'withdrawn'
        ? '该方案尚未发布，发布后才能查看。'
        : '该修订尚未发布，发布后才能查看。',
    );
  }
  return revision;
}

/** A plan under review, without its document's lines (GET …/lines serves them page by page). */
export async function getPlanDetail(
  sql: Sql,
  id: number,
  options: { includeDrafts: boolean; revision?: number | undefined },
): Promise<PlanDetail> {
  const row = await loadRow(sql, id);
  const revisions = await loadRevisions(sql, id);
  const revision = visibleRevision(row, revisions, options);
  const corrected = await correctedRevision(sql, revision);
  const summary = toSummary(row);
  return {
    id: summary.id,
    status: summary.status,
    version: summary.version,
    currentRevision: summary.currentRevision,
    openRevision: summary.openRevision,
    fileName: summary.fileName,
    format: summary.format,
    taskCount: corrected.plan.tasks.length,
    targetCount: corrected.plan.targets.length,
    warningCount: corrected.plan.warnings.length,
    createdAt: summary.createdAt,
    publishedAt: summary.publishedAt,
    withdrawnAt: summary.withdrawnAt,
    withdrawReason: summary.withdrawReason,
    ownerUnit: summary.ownerUnit,
    encoding: row.encoding,
    plan: withoutAlternativeText(corrected.plan),
    revision: toRevisionInfo(revision),
    revisions: revisions.map(toRevisionInfo),
    editable: revision.status === 'draft' && row.status !== 'withdrawn',
    publishProblems: publishProblems(corrected.plan),
    corrections: corrected.corrections,
    staleCorrections: corrected.staleCorrections,
  };
}

/**
 * Rewrites the list columns and the plan's status from its revisions; called in the transaction of every change.
 * The list shows the current published revision (the last one when withdrawn), else the one in work.
 */
export async function refreshSummary(sql: Sql, id: number): Promise<PlanDetail> {
  const [state] = await sql.query<{ withdrawn: boolean }>(
    'select withdrawn_at is not null as withdrawn from plans where id = $1',
    [id],
  );
  const revisions = await loadRevisions(sql, id);
  const shown = defaultRevision(revisions, false);
  if (!shown) throw new Error(`plan ${id} has no revision`);
  const { plan } = await correctedRevision(sql, shown);
  const hasPublished = revisions.some((r) => r.status === 'published');
  const status: PlanStatus = state?.withdrawn
    ? 'withdrawn'
    : hasPublished
      ? 'published'
      : shown.status === 'review'
        ? 'review'
        : 'draft';
  await sql.query(
    `update plans set title = $2, issuer = $3, doc_number = $4, issued_on = $5, task_count = $6,
       target_count = $7, warning_count = $8, status = $9, updated_at = now() where id = $1`,
    [
      id,
      plan.title,
      plan.issuer,
      plan.docNumber,
      plan.issuedOn,
      plan.tasks.length,
      plan.targets.length,
      plan.warnings.length,
      status,
    ],
  );
  return getPlanDetail(sql, id, { includeDrafts: true });
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Stores a document and its parse as a draft plan (revision 1). The same file twice is refused, naming its plan. */
export async function importPlan(sql: Sql, actor: Actor | null, doc: UploadedDocument) {
  if (doc.text.trim() === '') {
    throw badInput(
      '文件中没有可读的文字。请确认上传的是方案正文（.txt、.docx 或带文字层的 .pdf）。',
      {
        where: doc.fileName,
      },
    );
  }
  return sql.transaction(async (tx) => {
    const hash = sha256(doc.content);
    const [existing] = await tx.query<{ id: number }>(
      'select p.id from plans p join documents d on d.id = p.document_id where d.sha256 = $1',
      [hash],
    );
    if (existing) {
      throw conflict(`「${doc.fileName}」已经导入过，是方案 #${existing.id}。请直接打开该方案。`);
    }
    const [document] = await tx.query<{ id: number }>(
      `insert into documents (file_name, format, encoding, sha256, content, text, uploaded_by)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [doc.fileName, doc.format, doc.encoding, hash, doc.content, doc.text, actor?.id ?? null],
    );
    const parsed = withDocumentReading(parsePlan(doc.text), doc);
    const [plan] = await tx.query<{ id: number }>(
      `insert into plans (document_id, created_by, owner_unit) values ($1, $2, $3) returning id`,
      [document?.id, actor?.id ?? null, ownerUnitOf(actor)],
    );
    const id = plan?.id ?? 0;
    await tx.query(
      `insert into plan_revisions (plan_id, number, parsed, parser_version, created_by)
       values ($1, 1, $2::jsonb, $3, $4)`,
      [id, JSON.stringify(parsed), parserVersion, actor?.id ?? null],
    );
    const detail = await refreshSummary(tx, id);
    await audit(tx, actor, {
      action: 'plan.import',
      entity: 'plan',
      entityId: id,
      after: {
        fileName: doc.fileName,
        title: parsed.title,
        tasks: parsed.tasks.length,
        version: 1,
      },
    });
    return detail;
  });
}

/** Finds the plan made from a document with these bytes, if any (lets demo imports be idempotent). */
export async function findPlanByContent(
  sql: Sql,
  content: Uint8Array,
): Promise<{ id: number; title: string | null } | null> {
  const [row] = await sql.query<{ id: number; title: string | null }>(
    'select p.id, p.title from plans p join documents d on d.id = p.document_id where d.sha256 = $1',
    [sha256(content)],
  );
  return row ?? null;
}

/** Deletes a plan that was never published; one that was is withdrawn (撤回) instead, never deleted. */
export async function deletePlan(
  sql: Sql,
  actor: Actor,
  planId: number,
  baseVersion: number,
): Promise<void> {
  await sql.transaction(async (tx) => {
    await lockPlan(tx, planId, baseVersion);
    const row = await loadRow(tx, planId);
    const revisions = await loadRevisions(tx, planId);
    if (row.status === 'withdrawn' || revisions.some((r) => !isWorkInProgress(r))) {
      throw conflict(
        '发布过的方案不能删除：台账和监测都以它为依据。如不再执行，请「撤回」并写明理由。',
      );
    }
    const [plan] = await tx.query<{ document_id: number }>(
      'delete from plans where id = $1 returning document_id',
      [planId],
    );
    await tx.query('delete from documents where id = $1', [plan?.document_id]);
    await audit(tx, actor, {
      action: 'plan.delete',
      entity: 'plan',
      entityId: planId,
      before: { title: row.title, fileName: row.file_name },
    });
  });
}
