// The revision workflow of a plan: 新建修订 copies the current published revision into a draft, 送审 / 退回修改,
// 发布 makes it current (the old one stays readable, superseded; the diff is audited), 撤回 with a reason.
import { publishProblems } from '../core/plan/publish-check';
import { diffCounts, diffRevisions, type RevisionDiff } from '../core/plan/revision-diff';
import { badInput, conflict, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { draftRevision } from './plan-edits';
import { correctedRevision, loadRevisions, type PlanDetail, type RevisionRow } from './plan-rows';
import { lockPlan, recordPlanChange } from './plan-versions';
import { refreshSummary } from './plans';
import { syncPlanLedger } from './ledger-sync';
import type { Sql } from './sql';

async function notWithdrawn(tx: Sql, planId: number): Promise<void> {
  const [plan] = await tx.query<{ withdrawn: boolean }>(
    'select withdrawn_at is not null as withdrawn from plans where id = $1',
    [planId],
  );
  if (plan?.withdrawn) throw conflict('该方案已撤回，不能再修订或发布。');
}

/** 新建修订: a draft copy of the current published revision — its parse and every correction, with their authors. */
export async function newRevision(
  sql: Sql,
  actor: Actor,
  planId: number,
  baseVersion: number,
): Promise<PlanDetail> {
  return sql.transaction(async (tx) => {
    await lockPlan(tx, planId, baseVersion);
    await notWithdrawn(tx, planId);
    const revisions = await loadRevisions(tx, planId);
    const open = revisions.find((r) => r.status === 'draft' || r.status === 'review');
    if (open) throw conflict(`修订 ${open.number} 还没有发布，请在它上面继续修改。`);
    const current = revisions.find((r) => r.status === 'published');
    if (!current) throw conflict('方案还没有发布，请直接修改草稿。');
    const number = Math.max(...revisions.map((r) => r.number)) + 1;
    const [created] = await tx.query<{ id: number }>(
      `insert into plan_revisions (plan_id, number, parsed, parser_version, based_on, created_by)
       select plan_id, $2, parsed, parser_version, id, $3 from plan_revisions where id = $1
       returning id`,
      [current.id, number, actor.id],
    );
    await tx.query(
      `insert into plan_corrections (plan_id, revision_id, correction, created_by, username, created_at)
       select plan_id, $2, correction, created_by, username, created_at from plan_corrections
       where revision_id = $1 order by id`,
      [current.id, created?.id],
    );
    await recordPlanChange(tx, actor, planId, {
      action: 'plan.revise',
      change: `新建了修订 ${number}`,
      after: { revision: number, basedOn: current.number },
    });
    return refreshSummary(tx, planId);
  });
}

/** 送审: the draft is handed for review; it takes no more corrections until 退回修改. */
export async function submitForReview(sql: Sql, actor: Actor, planId: number, baseVersion: number) {
  return sql.transaction(async (tx) => {
    await lockPlan(tx, planId, baseVersion);
    const draft = await draftRevision(tx, planId);
    await tx.query(
      `update plan_revisions set status = 'review', submitted_at = now(), submitted_by = $2 where id = $1`,
      [draft.id, actor.id],
    );
    await recordPlanChange(tx, actor, planId, {
      action: 'plan.submit',
      change: `将修订 ${draft.number} 送审`,
      after: { revision: draft.number },
    });
    return refreshSummary(tx, planId);
  });
}

/** 退回修改: a revision in review goes back to draft. */
export async function reopenRevision(sql: Sql, actor: Actor, planId: number, baseVersion: number) {
  return sql.transaction(async (tx) => {
    await lockPlan(tx, planId, baseVersion);
    await notWithdrawn(tx, planId);
    const review = (await loadRevisions(tx, planId)).find((r) => r.status === 'review');
    if (!review) throw conflict('没有送审中的修订。');
    await tx.query(
      `update plan_revisions set status = 'draft', submitted_at = null, submitted_by = null where id = $1`,
      [review.id],
    );
    await recordPlanChange(tx, actor, planId, {
      action: 'plan.reopen',
      change: `将修订 ${review.number} 退回修改`,
      after: { revision: review.number },
    });
    return refreshSummary(tx, planId);
  });
}

export interface PublishOptions {
  baseVersion: number;
  /** Required when the check finds problems: why it is published all the same. */
  confirm?: { reason: string } | undefined;
}

/** 发布: the revision in work (draft or in review) becomes current; the one before is kept, superseded. */
export async function publishPlan(
  sql: Sql,
  actor: Actor,
  planId: number,
  options: PublishOptions,
): Promise<PlanDetail> {
  return sql.transaction(async (tx) => {
    await lockPlan(tx, planId, options.baseVersion);
    await notWithdrawn(tx, planId);
    const revisions = await loadRevisions(tx, planId);
    const open = revisions.find((r) => r.status === 'draft' || r.status === 'review');
    if (!open)
      throw conflict(`方案 #${planId} 已经发布，没有待发布的修订。如需修改，请「新建修订」。`);
    const { plan } = await correctedRevision(tx, open);
    const problems = publishProblems(plan);
    const reason = options.confirm?.reason.trim() ?? '';
    if (problems.length > 0 && reason === '') {
      throw conflict(
        `发布前请确认：${problems.map((problem) => problem.message).join('；')}。` +
          '如确需发布，请写明理由后确认发布（confirm.reason）。',
      );
    }
    const previous = revisions.find((r) => r.status === 'published');
    const diff = previous
      ? diffRevisions((await correctedRevision(tx, previous)).plan, plan)
      : null;
    if (previous) {
      await tx.query(
        `update plan_revisions set status = 'superseded', superseded_at = now() where id = $1`,
        [previous.id],
      );
    }
    await tx.query(
      `update plan_revisions set status = 'published', published_at = now(), published_by = $2,
         publish_reason = $3 where id = $1`,
      [open.id, actor.id, reason === '' ? null : reason],
    );
    await tx.query(`update plans set published_at = now(), published_by = $2 where id = $1`, [
      planId,
      actor.id,
    ]);
    await syncPlanLedger(tx, actor, {
      planId,
      revisionId: open.id,
      revisionNumber: open.number,
      plan,
    });
    await recordPlanChange(tx, actor, planId, {
      action: 'plan.publish',
      change: `发布了修订 ${open.number}`,
      before: { status: open.status, current: previous?.number ?? null },
      after: {
        status: 'published',
        revision: open.number,
        supersedes: previous?.number ?? null,
        problems: problems.map((problem) => problem.message),
        reason: reason === '' ? null : reason,
        counts: diff ? diffCounts(diff) : null,
        diff,
      },
    });
    return refreshSummary(tx, planId);
  });
}

/** 撤回: a published plan stops being current, with a reason; it stays readable and is never deleted. */
export async function withdrawPlan(
  sql: Sql,
  actor: Actor,
  planId: number,
  input: { baseVersion: number; reason: string },
): Promise<PlanDetail> {
  const reason = input.reason.trim();
  if (reason === '') throw badInput('请写明撤回的理由。', { where: 'reason' });
  return sql.transaction(async (tx) => {
    await lockPlan(tx, planId, input.baseVersion);
    await notWithdrawn(tx, planId);
    const current = (await loadRevisions(tx, planId)).find((r) => r.status === 'published');
    if (!current) throw conflict('方案还没有发布，不需要撤回；草稿可以直接删除。');
    await tx.query(
      `update plans set withdrawn_at = now(), withdrawn_by = $2, withdraw_reason = $3 where id = $1`,
      [planId, actor.id, reason],
    );
    await recordPlanChange(tx, actor, planId, {
      action: 'plan.withdraw',
      change: `撤回了方案（理由：${reason}）`,
      before: { status: 'published', revision: current.number },
      after: { status: 'withdrawn', reason },
    });
    return refreshSummary(tx, planId);
  });
}

/** The changes from revision `from` to revision `to` of a plan. */
export async function planRevisionDiff(
  sql: Sql,
  planId: number,
  from: number,
  to: number,
  options: { includeDrafts: boolean },
): Promise<{ from: number; to: number; diff: RevisionDiff }> {
  const revisions = await loadRevisions(sql, planId);
  const pick = (number: number): RevisionRow => {
    const revision = revisions.find((r) => r.number === number);
    if (!revision) throw notFound(`方案 #${planId} 没有修订 ${number}。`);
    if (!options.includeDrafts && (revision.status === 'draft' || revision.status === 'review')) {
      throw notFound(`方案 #${planId} 的修订 ${number} 尚未发布。`);
    }
    return revision;
  };
  const before = (await correctedRevision(sql, pick(from))).plan;
  const after = (await correctedRevision(sql, pick(to))).plan;
  return { from, to, diff: diffRevisions(before, after) };
}
