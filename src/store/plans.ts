// Plans: the uploaded document, the parser's reading, people's corrections, publication — each write audited.
import { createHash } from 'node:crypto';
import { applyCorrections, describeCorrection, type Correction } from '../core/plan/corrections';
import { documentReadingOf, withDocumentReading } from '../core/plan/document-reading';
import { parsePlan } from '../core/plan/parse';
import type { DecodingNote, Plan, PlanWarning } from '../core/plan/types';
import { conflict, notFound, badInput } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import type { Sql } from './sql';

/** Bumped whenever the parser's output may change, so stored plans can be re-parsed knowingly. */
export const parserVersion = '2';

export type PlanStatus = 'draft' | 'published';

export interface PlanSummary {
  id: number;
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  status: PlanStatus;
  fileName: string;
  format: string;
  taskCount: number;
  targetCount: number;
  warningCount: number;
  createdAt: string;
  publishedAt: string | null;
}

export interface StoredCorrection {
  id: number;
  correction: Correction;
  createdAt: string;
  username: string | null;
  description: string;
}

export interface PlanDetail extends Omit<
  PlanSummary,
  'title' | 'issuer' | 'docNumber' | 'issuedOn'
> {
  encoding: string | null;
  lines: string[];
  plan: Plan;
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

const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string).toISOString();

const dateText = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'string'
      ? value.slice(0, 10)
      : (value as Date).toISOString().slice(0, 10);

interface PlanRow {
  [key: string]: unknown;
  id: number;
  status: PlanStatus;
  parsed: Plan;
  title: string | null;
  issuer: string | null;
  doc_number: string | null;
  issued_on: unknown;
  task_count: number;
  target_count: number;
  warning_count: number;
  created_at: unknown;
  published_at: unknown;
  file_name: string;
  format: string;
  encoding: string | null;
  text: string;
}

const planColumns = `p.*, d.file_name, d.format, d.encoding`;

function toSummary(row: PlanRow): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    issuer: row.issuer,
    docNumber: row.doc_number,
    issuedOn: dateText(row.issued_on),
    status: row.status,
    fileName: row.file_name,
    format: row.format,
    taskCount: row.task_count,
    targetCount: row.target_count,
    warningCount: row.warning_count,
    createdAt: iso(row.created_at) ?? '',
    publishedAt: iso(row.published_at),
  };
}

export async function listPlans(
  sql: Sql,
  options: { includeDrafts: boolean },
): Promise<PlanSummary[]> {
  const rows = await sql.query<PlanRow>(
    `select ${planColumns} from plans p join documents d on d.id = p.document_id
     ${options.includeDrafts ? '' : `where p.status = 'published'`} order by p.id desc`,
  );
  return rows.map(toSummary);
}

async function loadRow(sql: Sql, id: number): Promise<PlanRow> {
  const [row] = await sql.query<PlanRow & { text: string }>(
    `select ${planColumns}, d.text from plans p join documents d on d.id = p.document_id where p.id = $1`,
    [id],
  );
  if (!row) throw notFound(`方案 #${id} 不存在，可能已被删除。请回到方案列表。`);
  return row;
}

async function loadCorrections(sql: Sql, planId: number) {
  const rows = await sql.query<{
    id: number;
    correction: Correction;
    created_at: unknown;
    username: string | null;
  }>('select * from plan_corrections where plan_id = $1 order by id', [planId]);
  return rows.map((row): StoredCorrection => ({
    id: row.id,
    correction: row.correction,
    createdAt: iso(row.created_at) ?? '',
    username: row.username,
    description: describeCorrection(row.correction),
  }));
}

/** The plan as people see it: the parse with every correction applied, and the ones that no longer fit. */
export async function getPlanDetail(sql: Sql, id: number): Promise<PlanDetail> {
  const row = await loadRow(sql, id);
  const corrections = await loadCorrections(sql, id);
  const outcome = applyCorrections(
    row.parsed,
    corrections.map((stored) => stored.correction),
  );
  const stale = new Set(outcome.stale);
  const summary = toSummary(row);
  return {
    id: summary.id,
    status: summary.status,
    fileName: summary.fileName,
    format: summary.format,
    taskCount: outcome.plan.tasks.length,
    targetCount: outcome.plan.targets.length,
    warningCount: outcome.plan.warnings.length,
    createdAt: summary.createdAt,
    publishedAt: summary.publishedAt,
    encoding: row.encoding,
    lines: row.text.split(/\r\n|\r|\n/),
    plan: outcome.plan,
    corrections: corrections.filter((_, index) => !stale.has(index)),
    staleCorrections: corrections.filter((_, index) => stale.has(index)),
  };
}

/** Rewrites the list columns from the plan as corrected; called in the transaction of every change. */
async function refreshSummary(sql: Sql, id: number): Promise<PlanDetail> {
  const detail = await getPlanDetail(sql, id);
  const plan = detail.plan;
  await sql.query(
    `update plans set title = $2, issuer = $3, doc_number = $4, issued_on = $5, task_count = $6,
       target_count = $7, warning_count = $8, updated_at = now() where id = $1`,
    [
      id,
      plan.title,
      plan.issuer,
      plan.docNumber,
      plan.issuedOn,
      plan.tasks.length,
      plan.targets.length,
      plan.warnings.length,
    ],
  );
  return detail;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Stores a document and its parse as a draft plan. The same file twice is refused, naming the plan it became. */
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
      `insert into plans (document_id, parsed, parser_version, created_by)
       values ($1, $2::jsonb, $3, $4) returning id`,
      [document?.id, JSON.stringify(parsed), parserVersion, actor?.id ?? null],
    );
    const id = plan?.id ?? 0;
    const detail = await refreshSummary(tx, id);
    await audit(tx, actor, {
      action: 'plan.import',
      entity: 'plan',
      entityId: id,
      after: { fileName: doc.fileName, title: parsed.title, tasks: parsed.tasks.length },
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

export async function addCorrection(
  sql: Sql,
  actor: Actor,
  planId: number,
  correction: Correction,
) {
  return sql.transaction(async (tx) => {
    const before = await getPlanDetail(tx, planId);
    const trial = applyCorrections(before.plan, [correction]);
    if (trial.stale.length > 0) {
      throw badInput(
        '这项修改找不到要改的任务、目标或单位（可能已被合并、拆分或删除）。请刷新页面后重试。',
      );
    }
    const [row] = await tx.query<{ id: number }>(
      `insert into plan_corrections (plan_id, correction, created_by, username)
       values ($1, $2::jsonb, $3, $4) returning id`,
      [planId, JSON.stringify(correction), actor.id, actor.username],
    );
    await audit(tx, actor, {
      action: 'plan.correct',
      entity: 'plan',
      entityId: planId,
      before: snapshotFor(before.plan, correction),
      after: { correctionId: row?.id, correction, description: describeCorrection(correction) },
    });
    return refreshSummary(tx, planId);
  });
}

/** What a correction is about to change, as it was — the audit trail's "old value". */
function snapshotFor(plan: Plan, correction: Correction): unknown {
  switch (correction.op) {
    case 'setMeta':
      return {
        title: plan.title,
        issuer: plan.issuer,
        docNumber: plan.docNumber,
        issuedOn: plan.issuedOn,
      };
    case 'setTask':
    case 'splitTask':
    case 'deleteTask':
      return plan.tasks.find((task) => task.key === correction.taskKey) ?? null;
    case 'mergeTasks':
      return plan.tasks.filter((task) => correction.taskKeys.includes(task.key));
    case 'setTarget':
    case 'deleteTarget':
      return plan.targets.find((target) => target.key === correction.targetKey) ?? null;
    case 'setUnitCanonical':
      return plan.units.find((unit) => unit.name === correction.name) ?? null;
  }
}

export async function removeCorrection(
  sql: Sql,
  actor: Actor,
  planId: number,
  correctionId: number,
) {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ correction: Correction }>(
      'delete from plan_corrections where id = $1 and plan_id = $2 returning correction',
      [correctionId, planId],
    );
    if (!row) throw notFound(`修订 #${correctionId} 不存在或已撤销。`);
    await audit(tx, actor, {
      action: 'plan.correction-undo',
      entity: 'plan',
      entityId: planId,
      before: { correctionId, correction: row.correction },
    });
    return refreshSummary(tx, planId);
  });
}

/** Parses the stored document again (a newer parser) and re-applies every correction to the new reading. */
export async function reparsePlan(sql: Sql, actor: Actor | null, planId: number) {
  return sql.transaction(async (tx) => {
    const row = await loadRow(tx, planId);
    const parsed = withDocumentReading(parsePlan(row.text), documentReadingOf(row.parsed));
    await tx.query('update plans set parsed = $2::jsonb, parser_version = $3 where id = $1', [
      planId,
      JSON.stringify(parsed),
      parserVersion,
    ]);
    const detail = await refreshSummary(tx, planId);
    await audit(tx, actor, {
      action: 'plan.reparse',
      entity: 'plan',
      entityId: planId,
      before: { tasks: row.parsed.tasks.length, targets: row.parsed.targets.length },
      after: {
        tasks: parsed.tasks.length,
        targets: parsed.targets.length,
        staleCorrections: detail.staleCorrections.map((stored) => stored.id),
      },
    });
    return detail;
  });
}

export async function publishPlan(sql: Sql, actor: Actor, planId: number) {
  return sql.transaction(async (tx) => {
    const row = await loadRow(tx, planId);
    if (row.status === 'published') throw conflict(`方案 #${planId} 已经发布。`);
    await tx.query(
      `update plans set status = 'published', published_at = now(), published_by = $2 where id = $1`,
      [planId, actor.id],
    );
    await audit(tx, actor, {
      action: 'plan.publish',
      entity: 'plan',
      entityId: planId,
      before: { status: row.status },
      after: { status: 'published' },
    });
    return getPlanDetail(tx, planId);
  });
}

export async function deletePlan(sql: Sql, actor: Actor, planId: number): Promise<void> {
  await sql.transaction(async (tx) => {
    const row = await loadRow(tx, planId);
    if (row.status === 'published') {
      throw conflict('已发布的方案不能删除：台账和监测都以它为依据。');
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
