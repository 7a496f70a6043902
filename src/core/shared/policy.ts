// Who may do what to which object: one table, role × action × scope → allowed, used by every route and by the
// web to show only the menus and buttons a user may use. Pure: the caller says whose object it is.
import type { Actor, Role } from './roles';

export const actions = ['read', 'write', 'delete', 'publish', 'run'] as const;
export type Action = (typeof actions)[number];

export const resourceKinds = [
  /** A published plan: a public document. */
  'plan',
  /** A plan under review (draft): parsing, corrections, publication, deletion. */
  'plan-draft',
  /** A registered bill file. */
  'dataset',
  /** A reform scenario and its versions (also the presets and the price-schedule file tools). */
  'scenario',
  /** A simulation run or a DRG payment run; `write` starts one. */
  'run',
  /** A case-mix monitoring run; `write` starts one. */
  'casemix-run',
  /** The per-hospital rows inside case-mix results; "own" is the hospital whose code is the account's unit. */
  'hospital-results',
  /** A DRG weight table; `write` imports or derives one. */
  'weight-table',
  /** The DRG schemes, catalogue search and grouping of cases (nothing stored). */
  'drg-tool',
  /** The audit trail. */
  'audit',
  /** The registry of units. */
  'unit',
  /** Accounts. */
  'account',
  /** A plan's task ledger (台账) as a whole: reading it; `write`: the office's decisions and settings. */
  'ledger',
  /** One ledger item: `write` reports progress and uploads evidence; "own" is a unit the item names. */
  'ledger-item',
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/**
 * Whose object: `own` — the object's owner unit is the account's unit; `other` — someone else's (or an
 * account without a unit); `none` — no object yet: a list or a create.
 */
export type Scope = 'own' | 'other' | 'none';
export const scopes: readonly Scope[] = ['none', 'own', 'other'];

/** A column of the table: every role, and `anyone` for a caller who is not logged in. */
export type Column = Role | 'anyone';
export const columns: readonly Column[] = [
  'office',
  'monitor',
  'hospital',
  'department',
  'public',
  'anyone',
];

/** Y: allowed at every scope. O: allowed on lists and creates and on the unit's own objects. -: never. */
type Cell = 'Y' | 'O' | '-';

// prettier-ignore
const TABLE: ReadonlyArray<readonly [ResourceKind, Action, Cell, Cell, Cell, Cell, Cell, Cell]> = [
  // resource          action      office monitor hospital department public anyone
  ['plan',             'read',     'Y',   'Y',    'Y',     'Y',       'Y',   'Y'],
  ['plan-draft',       'read',     'Y',   '-',    '-',     '-',       '-',   '-'],
  ['plan-draft',       'write',    'Y',   '-',    '-',     '-',       '-',   '-'],
  ['plan-draft',       'delete',   'Y',   '-',    '-',     '-',       '-',   '-'],
  ['plan-draft',       'publish',  'Y',   '-',    '-',     '-',       '-',   '-'],
  ['dataset',          'read',     'Y',   'Y',    '-',     '-',       '-',   '-'],
  ['dataset',          'write',    'Y',   'O',    '-',     '-',       '-',   '-'],
  ['dataset',          'delete',   'Y',   'O',    '-',     '-',       '-',   '-'],
  ['scenario',         'read',     'Y',   'Y',    '-',     '-',       '-',   '-'],
  ['scenario',         'write',    'Y',   'O',    '-',     '-',       '-',   '-'],
  ['scenario',         'delete',   'Y',   'O',    '-',     '-',       '-',   '-'],
  ['run',              'read',     'Y',   'Y',    '-',     '-',       '-',   '-'],
  ['run',              'write',    'Y',   'O',    '-',     '-',       '-',   '-'],
  ['run',              'delete',   'Y',   'O',    '-',     '-',       '-',   '-'],
  ['casemix-run',      'read',     'Y',   'Y',    'Y',     '-',       '-',   '-'],
  ['casemix-run',      'write',    'Y',   'O',    '-',     '-',       '-',   '-'],
  ['casemix-run',      'delete',   'Y',   'O',    '-',     '-',       '-',   '-'],
  ['hospital-results', 'read',     'Y',   'Y',    'O',     '-',       '-',   '-'],
  ['weight-table',     'read',     'Y',   'Y',    'Y',     'Y',       '-',   '-'],
  ['weight-table',     'write',    'Y',   'O',    '-',     '-',       '-',   '-'],
  ['weight-table',     'delete',   'Y',   'O',    '-',     '-',       '-',   '-'],
  ['drg-tool',         'read',     'Y',   'Y',    'Y',     'Y',       '-',   '-'],
  ['drg-tool',         'run',      'Y',   'Y',    'Y',     'Y',       '-',   '-'],
  ['audit',            'read',     'Y',   '-',    '-',     '-',       '-',   '-'],
  ['unit',             'read',     'Y',   'Y',    'Y',     'Y',       'Y',   '-'],
  ['unit',             'write',    'Y',   '-',    '-',     '-',       '-',   '-'],
  ['account',          'read',     'Y',   '-',    '-',     '-',       '-',   '-'],
  ['account',          'write',    'Y',   '-',    '-',     '-',       '-',   '-'],
  ['ledger',           'read',     'Y',   'Y',    'Y',     'Y',       '-',   '-'],
  ['ledger',           'write',    'Y',   '-',    '-',     '-',       '-',   '-'],
  ['ledger-item',      'write',    'Y',   '-',    'O',     'O',       '-',   '-'],
];

const cells = new Map<string, Cell>();
for (const [kind, action, ...row] of TABLE) {
  columns.forEach((column, index) => cells.set(`${column} ${kind} ${action}`, row[index] ?? '-'));
}

/** The table itself: is `action` on `kind` allowed for `column` at `scope`? Pairs not in the table: never. */
export function allows(column: Column, kind: ResourceKind, action: Action, scope: Scope): boolean {
  const cell = cells.get(`${column} ${kind} ${action}`) ?? '-';
  return cell === 'Y' || (cell === 'O' && scope !== 'other');
}

/** The object a request is about: its kind and, for an existing object, its owner unit's code. */
export interface Resource {
  kind: ResourceKind;
  /**
   * Undefined for a list or a create (scope `none`); null for an object without an owner unit; a list for an
   * object several units share (a ledger item's lead and cooperating units): own for each of them.
   */
  owner?: string | null | readonly string[];
}

/** own / other / none for this account and this object. */
export function scopeOf(actor: Pick<Actor, 'unitCode'> | null, resource: Resource): Scope {
  if (resource.owner === undefined) return 'none';
  const unit = actor?.unitCode ?? null;
  if (unit === null || resource.owner === null) return 'other';
  return (
    typeof resource.owner === 'string' ? resource.owner === unit : resource.owner.includes(unit)
  )
    ? 'own'
    : 'other';
}

/** May this account (null: not logged in) do `action` on `resource`? */
export function decide(
  actor: Pick<Actor, 'role' | 'unitCode'> | null,
  action: Action,
  resource: Resource,
): boolean {
  return allows(actor?.role ?? 'anyone', resource.kind, action, scopeOf(actor, resource));
}

/** "any": on every object; "own": on lists, creates and the unit's own objects. */
export type Right = 'any' | 'own';

/** What a role may do, as "kind.action" → right, for the web to show only what can be used. */
export function rightsOf(column: Column): Record<string, Right> {
  const rights: Record<string, Right> = {};
  for (const [kind, action] of TABLE) {
    if (allows(column, kind, action, 'other')) rights[`${kind}.${action}`] = 'any';
    else if (allows(column, kind, action, 'own')) rights[`${kind}.${action}`] = 'own';
  }
  return rights;
}
