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
  username: string | null;
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

export async function listAudit(
  sql: Sql,
  entity: string,
  entityId: string,
): Promise<AuditRecord[]> {
  const rows = await sql.query<{
    id: string | number;
    at: Date;
    username: string | null;
    action: string;
    entity: string;
    entity_id: string | null;
    before: unknown;
    after: unknown;
  }>('select * from audit_log where entity = $1 and entity_id = $2 order by id desc', [
    entity,
    entityId,
  ]);
  return rows.map((row) => ({
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
    username: row.username,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
  }));
}
