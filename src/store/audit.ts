// The audit trail: every write a user makes, with who, when, the old value and the new.
import type { Actor } from '../core/shared/roles';
import type { Sql } from './sql';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditRecord {
  id: number;
  at: string;
  /** The account's login name, as recorded at the time. */
  username: string | null;
  /** The account's display name (姓名), for showing who it was; null when there was no account. */
  displayName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Records one change; call it inside the transaction that makes the change. */
export async function audit(sql: Sql, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await sql.query(
    `insert into audit_log (user_id, username, action, entity, entity_id, before, after)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [
      actor?.id ?? null,
      actor?.username ?? null,
      entry.action,
      entry.entity,
      entry.entityId === null ? null : String(entry.entityId),
      json(entry.before),
      json(entry.after),
    ],
  );
}

interface AuditRow {
  [key: string]: unknown;
  id: string | number;
  at: Date;
  username: string | null;
  display_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

const toRecord = (row: AuditRow): AuditRecord => ({
  id: Number(row.id),
  at: new Date(row.at).toISOString(),
  username: row.username,
  displayName: row.display_name ?? row.username,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  before: row.before,
  after: row.after,
});

/** The trail with the display name of each entry's account (the one it has now, by account id). */
const auditColumns = 'a.*, u.display_name';
const auditFrom = 'audit_log a left join users u on u.id = a.user_id';

export async function listAudit(
  sql: Sql,
  entity: string,
  entityId: string,
): Promise<AuditRecord[]> {
  const rows = await sql.query<AuditRow>(
    `select ${auditColumns} from ${auditFrom} where a.entity = $1 and a.entity_id = $2 order by a.id desc`,
    [entity, entityId],
  );
  return rows.map(toRecord);
}

/** What the office's audit viewer filters by; dates are Asia/Shanghai calendar dates, both ends included. */
export interface AuditFilter {
  username?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  fromDate?: string;
  toDate?: string;
}

function whereOf(filter: AuditFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.username) add((p) => `a.username = ${p}`, filter.username);
  if (filter.entity) add((p) => `a.entity = ${p}`, filter.entity);
  if (filter.entityId) add((p) => `a.entity_id = ${p}`, filter.entityId);
  if (filter.action) add((p) => `a.action = ${p}`, filter.action);
  if (filter.fromDate)
    add((p) => `a.at >= (${p}::date)::timestamp at time zone 'Asia/Shanghai'`, filter.fromDate);
  if (filter.toDate) {
    add((p) => `a.at < (${p}::date + 1)::timestamp at time zone 'Asia/Shanghai'`, filter.toDate);
  }
  return { where: conditions.length ? `where ${conditions.join(' and ')}` : '', params };
}

/** One page of the whole trail, newest first, with the number of entries the filter matches. */
export async function searchAudit(
  sql: Sql,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<{ entries: AuditRecord[]; total: number }> {
  const { where, params } = whereOf(filter);
  const [count] = await sql.query<{ n: number }>(
    `select count(*)::int as n from audit_log a ${where}`,
    params,
  );
  const rows = await sql.query<AuditRow>(
    `select ${auditColumns} from ${auditFrom} ${where} order by a.id desc limit $${params.length + 1} offset $${params.length + 2}`,
    [...params, page.limit, page.offset],
  );
  return { entries: rows.map(toRecord), total: count?.n ?? 0 };
}

/** The user names and actions present in the trail, for the viewer's filter lists. */
export async function auditFacets(sql: Sql): Promise<{
  usernames: string[];
  /** The same accounts with their display names, for a filter list that shows names. */
  users: { username: string; displayName: string }[];
  actions: string[];
  entities: string[];
}> {
  const distinct = async (column: string) =>
    (
      await sql.query<{ value: string }>(
        `select distinct ${column} as value from audit_log where ${column} is not null order by 1`,
      )
    ).map((row) => row.value);
  const users = await sql.query<{ username: string; display_name: string | null }>(
    `select distinct a.username, u.display_name from audit_log a
     left join users u on u.username = a.username where a.username is not null order by 1`,
  );
  return {
    usernames: users.map((row) => row.username),
    users: users.map((row) => ({
      username: row.username,
      displayName: row.display_name ?? row.username,
    })),
    actions: await distinct('action'),
    entities: await distinct('entity'),
  };
}
