// Versioned writes to a plan: every edit names the version it was based on; a stale one is refused (409) with
// who changed what since, read from the audit trail. Each write bumps the version and audits it with its words.
import { staleEditMessage, type OtherChange } from '../core/plan/change-text';
import { conflict, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import type { Sql } from './sql';

/** Locks the plan for this transaction and checks the version the edit was based on. */
export async function lockPlan(tx: Sql, planId: number, baseVersion: number): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    'select version from plans where id = $1 for update',
    [planId],
  );
  if (!row) throw notFound(`方案 #${planId} 不存在，可能已被删除。请回到方案列表。`);
  if (row.version !== baseVersion) {
    throw conflict(
      staleEditMessage(`方案 #${planId}`, await changesSince(tx, planId, baseVersion)),
    );
  }
  return row.version;
}

/** The changes made to a plan after `version`, from the audit trail, oldest first. */
async function changesSince(tx: Sql, planId: number, version: number): Promise<OtherChange[]> {
  const rows = await tx.query<{ at: unknown; who: string | null; change: string | null }>(
    `select a.at, coalesce(u.display_name, a.username) as who, a.after->>'change' as change
     from audit_log a left join users u on u.id = a.user_id
     where a.entity = 'plan' and a.entity_id = $1 and (a.after->>'version')::int > $2
     order by a.id`,
    [String(planId), version],
  );
  return rows.map((row) => ({
    who: row.who ?? '系统',
    at: new Date(row.at as string),
    what: row.change ?? '修改了方案',
  }));
}

export interface PlanChange {
  action: string;
  /** What the change did, as a verb phrase: "修改了任务（三）「…」的牵头单位". */
  change: string;
  before?: unknown;
  after?: Record<string, unknown>;
}

/** Bumps the plan's version and audits the change with the new version and its words. */
export async function recordPlanChange(
  tx: Sql,
  actor: Actor,
  planId: number,
  entry: PlanChange,
): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    'update plans set version = version + 1 where id = $1 returning version',
    [planId],
  );
  const version = row?.version ?? 0;
  await audit(tx, actor, {
    action: entry.action,
    entity: 'plan',
    entityId: planId,
    before: entry.before,
    after: { ...entry.after, change: entry.change, version },
  });
  return version;
}
