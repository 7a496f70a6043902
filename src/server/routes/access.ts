// What each route declares about who may call it (`config: access(...)`), and how the owner unit of the object
// a route is about is found. The check itself runs in one hook (auth/session-plugin.ts), before validation.
import type { FastifyRequest } from 'fastify';
import type { Action, ResourceKind } from '../../core/shared/policy';
import { decide } from '../../core/shared/policy';
import type { Actor } from '../../core/shared/roles';
import type { Sql } from '../../store/sql';

/** Objects a route can be about, each found by the route's `:id` parameter. */
const OWNER_TABLES = {
  plan: 'plans',
  dataset: 'bill_datasets',
  scenario: 'scenarios',
  'simulation-run': 'simulation_runs',
  'casemix-run': 'casemix_runs',
  'payment-run': 'drg_payment_runs',
  'weight-table': 'drg_weight_tables',
} as const;

/**
 * Objects whose owners are the units they name: a ledger item's lead and cooperating units; a supervision
 * notice's, the lead units of its item (they answer it).
 */
type SharedObject = 'ledger-item' | 'ledger-notice';

export type ObjectKind = keyof typeof OWNER_TABLES | SharedObject;

export interface AccessRule {
  resource: ResourceKind;
  action: Action;
  /** For a route about one object: which object `:id` names; its owner unit decides own / other. */
  object?: ObjectKind;
  /** Callable without logging in (the table's "anyone" column decides). */
  anonymous?: boolean;
}

/** A rule of the policy; "login": any logged-in account; "open": anyone (log in, health). */
export type Access = AccessRule | 'login' | 'open';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** The route option declaring a route's access, e.g. `config: access('scenario', 'delete', 'scenario')`. */
export function access(
  resource: ResourceKind,
  action: Action,
  object?: ObjectKind,
  options: { anonymous?: boolean } = {},
): { access: AccessRule } {
  return {
    access: {
      resource,
      action,
      ...(object === undefined ? {} : { object }),
      ...(options.anonymous ? { anonymous: true } : {}),
    },
  };
}

export const loginOnly = { access: 'login' } as const satisfies { access: Access };
export const open = { access: 'open' } as const satisfies { access: Access };

/** The object a request names: its owner unit and, for a plan, whether it is a draft. Null: no such object. */
export async function loadObject(
  sql: Sql,
  object: ObjectKind,
  request: FastifyRequest,
): Promise<{ owner: string | null | readonly string[]; kind?: ResourceKind } | null> {
  const raw = (request.params as Record<string, unknown> | undefined)?.id;
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  if (object === 'plan') {
    const [row] = await sql.query<{ owner_unit: string | null; status: string }>(
      'select owner_unit, status from plans where id = $1',
      [id],
    );
    if (!row) return null;
    // A plan never published (draft or in review) is still a draft; a published plan's revision in work is
    // hidden by getPlanDetail from those who may not read drafts.
    const unpublished = row.status === 'draft' || row.status === 'review';
    return { owner: row.owner_unit, ...(unpublished ? { kind: 'plan-draft' } : {}) };
  }
  if (object === 'ledger-notice') {
    const [row] = await sql.query<{ lead: { code: string | null }[] }>(
      'select i.lead from ledger_notices n join ledger_items i on i.id = n.item_id where n.id = $1',
      [id],
    );
    if (!row) return null;
    return { owner: row.lead.flatMap((unit) => (unit.code ? [unit.code] : [])) };
  }
  if (object === 'ledger-item') {
    const [row] = await sql.query<{
      lead: { code: string | null }[];
      co: { code: string | null }[];
    }>('select lead, co from ledger_items where id = $1', [id]);
    if (!row) return null;
    return { owner: [...row.lead, ...row.co].flatMap((unit) => (unit.code ? [unit.code] : [])) };
  }
  const [row] = await sql.query<{ owner_unit: string | null }>(
    `select owner_unit from ${OWNER_TABLES[object]} where id = $1`,
    [id],
  );
  return row ? { owner: row.owner_unit } : null;
}

/** Keeps the items of a list the account may read. */
export function readableBy(actor: Actor | null, kind: ResourceKind) {
  return <T extends { ownerUnit: string | null }>(item: T): boolean =>
    decide(actor, 'read', { kind, owner: item.ownerUnit });
}
