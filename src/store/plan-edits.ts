// Corrections and re-parse: only the draft revision of a plan takes them. A published revision is frozen (a change
// is a new revision), one in review waits for 退回修改, a withdrawn plan takes none. Each edit names its base version.
import { correctionChangeText } from '../core/plan/change-text';
import { applyCorrections, describeCorrection, type Correction } from '../core/plan/corrections';
import { documentReadingOf, withDocumentReading } from '../core/plan/document-reading';
import { parsePlan } from '../core/plan/parse';
import type { Plan } from '../core/plan/types';
import { badInput, conflict, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import {
  correctedRevision,
  loadRevisions,
  parserVersion,
  type PlanDetail,
  type RevisionRow,
} from './plan-rows';
import { lockPlan, recordPlanChange } from './plan-versions';
import { refreshSummary } from './plans';
import type { Sql } from './sql';

export const FROZEN_MESSAGE = '已发布的方案不能直接修改，请「新建修订」。';

/** The plan's draft revision, or the refusal that says why there is none to edit. */
export async function draftRevision(tx: Sql, planId: number): Promise<RevisionRow> {
  const [plan] = await tx.query<{ withdrawn: boolean }>(
    'select withdrawn_at is not null as withdrawn from plans where id = $1',
    [planId],
  );
  if (plan?.withdrawn) throw conflict('该方案已撤回，不能再修改。');
  const revisions = await loadRevisions(tx, planId);
  const draft = revisions.find((revision) => revision.status === 'draft');
  if (draft) return draft;
  const review = revisions.find((revision) => revision.status === 'review');
  if (review) {
    throw conflict(
      `修订 ${review.number} 已送审，送审中的内容不能直接修改。如需修改，请先「退回修改」。`,
    );
  }
  throw conflict(FROZEN_MESSAGE);
}

export async function addCorrection(
  sql: Sql,
  actor: Actor,
  planId: number,
  baseVersion: number,
  correction: Correction,
): Promise<PlanDetail> {
  return sql.transaction(async (tx) => {
    await lockPlan(tx, planId, baseVersion);
    const revision = await draftRevision(tx, planId);
    const before = (await correctedRevision(tx, revision)).plan;
    const trial = applyCorrections(before, [correction]);
    if (trial.stale.length > 0) {
      throw badInput(
        '这项修改找不到要改的任务、目标或单位（可能已被合并、拆分或删除）。请刷新页面后重试。',
      );
    }
    const [row] = await tx.query<{ id: number }>(
      `insert into plan_corrections (plan_id, revision_id, correction, created_by, username)
       values ($1, $2, $3::jsonb, $4, $5) returning id`,
      [planId, revision.id, JSON.stringify(correction), actor.id, actor.username],
    );
    await recordPlanChange(tx, actor, planId, {
      action: 'plan.correct',
      change: correctionChangeText(correction, before),
      before: snapshotFor(before, correction),
      after: {
        revision: revision.number,
        correctionId: row?.id,
        correction,
        description: describeCorrection(correction),
      },
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
  baseVersion: number,
  correctionId: number,
): Promise<PlanDetail> {
  return sql.transaction(async (tx) => {
    await lockPlan(tx, planId, baseVersion);
    const revision = await draftRevision(tx, planId);
    const plan = (await correctedRevision(tx, revision)).plan;
    const [row] = await tx.query<{ correction: Correction }>(
      'delete from plan_corrections where id = $1 and revision_id = $2 returning correction',
      [correctionId, revision.id],
    );
    if (!row) throw notFound(`修订记录 #${correctionId} 不存在或已撤销。`);
    await recordPlanChange(tx, actor, planId, {
      action: 'plan.correction-undo',
      change: `撤销了一条修订（${correctionChangeText(row.correction, plan)}）`,
      before: { correctionId, correction: row.correction },
      after: { revision: revision.number },
    });
    return refreshSummary(tx, planId);
  });
}

/** Parses the stored document again (a newer parser) and re-applies the draft's corrections to the new reading. */
export async function reparsePlan(
  sql: Sql,
  actor: Actor,
  planId: number,
  baseVersion: number,
): Promise<PlanDetail> {
  return sql.transaction(async (tx) => {
    await lockPlan(tx, planId, baseVersion);
    const revision = await draftRevision(tx, planId);
    const [document] = await tx.query<{ text: string }>(
      'select d.text from plans p join documents d on d.id = p.document_id where p.id = $1',
      [planId],
    );
    // The reader's notes (encoding in doubt, stray bytes) stay with the new reading.
    const parsed = withDocumentReading(
      parsePlan(document?.text ?? ''),
      documentReadingOf(revision.parsed),
    );
    await tx.query(
      'update plan_revisions set parsed = $2::jsonb, parser_version = $3 where id = $1',
      [revision.id, JSON.stringify(parsed), parserVersion],
    );
    const stale = (await correctedRevision(tx, { ...revision, parsed })).staleCorrections;
    await recordPlanChange(tx, actor, planId, {
      action: 'plan.reparse',
      change: `重新解析了修订 ${revision.number} 的原文`,
      before: { tasks: revision.parsed.tasks.length, targets: revision.parsed.targets.length },
      after: {
        revision: revision.number,
        tasks: parsed.tasks.length,
        targets: parsed.targets.length,
        staleCorrections: stale.map((stored) => stored.id),
      },
    });
    return refreshSummary(tx, planId);
  });
}
