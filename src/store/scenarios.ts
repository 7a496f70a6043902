// Reform scenarios kept as versioned data: each save adds a version (who, when, note) and is audited
// with the old and the new scenario.
import { staleEditMessage } from '../core/plan/change-text';
import { conflict, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import type { Provenance } from '../core/simulate/presets';
import type { Scenario } from '../core/simulate/scenario';
import { audit } from './audit';
import type { Sql } from './sql';
import { ownerUnitOf } from './units';

export interface ScenarioSummary {
  id: number;
  name: string;
  /** The preset the scenario started from, e.g. "banan-2017". */
  basedOn: string | null;
  version: number;
  updatedAt: string;
  /** Who saved the latest version: the account's login name, and its display name for showing. */
  username: string | null;
  displayName: string | null;
  /** The unit that owns the scenario (the creating account's). */
  ownerUnit: string | null;
}

export interface ScenarioVersionInfo {
  version: number;
  createdAt: string;
  username: string | null;
  /** The display name of the account that saved the version. */
  displayName: string | null;
  note: string | null;
}

export interface StoredScenario extends ScenarioSummary {
  scenario: Scenario;
  versions: ScenarioVersionInfo[];
  /** For a scenario drafted from a plan: where each value of its first version came from. */
  draftProvenance: Record<string, Provenance> | null;
}

export interface ScenarioVersion extends ScenarioVersionInfo {
  scenarioId: number;
  name: string;
  scenario: Scenario;
}

interface SummaryRow {
  [key: string]: unknown;
  id: number;
  name: string;
  based_on: string | null;
  version: number;
  updated_at: unknown;
  username: string | null;
  display_name: string | null;
  owner_unit: string | null;
}

interface VersionRow {
  [key: string]: unknown;
  scenario_id: number;
  version: number;
  scenario: Scenario;
  note: string | null;
  username: string | null;
  display_name: string | null;
  created_at: unknown;
}

const iso = (value: unknown) => new Date(value as string).toISOString();

const toSummary = (row: SummaryRow): ScenarioSummary => ({
  id: row.id,
  name: row.name,
  basedOn: row.based_on,
  version: row.version,
  updatedAt: iso(row.updated_at),
  username: row.username,
  displayName: row.display_name ?? row.username,
  ownerUnit: row.owner_unit,
});

const toVersionInfo = (row: VersionRow): ScenarioVersionInfo => ({
  version: row.version,
  createdAt: iso(row.created_at),
  username: row.username,
  displayName: row.display_name ?? row.username,
  note: row.note,
});

/** The scenario as stored: its id, name and version are the record's, whatever the caller sent. */
const stamped = (scenario: Scenario, id: number, name: string, version: number): Scenario => ({
  ...scenario,
  id: String(id),
  name,
  version,
});

const summarySql = `select s.id, s.name, s.based_on, s.version, s.updated_at, v.username,
    u.display_name, s.owner_unit
  from scenarios s join scenario_versions v on v.scenario_id = s.id and v.version = s.version
  left join users u on u.id = v.created_by`;

export async function listScenarios(sql: Sql): Promise<ScenarioSummary[]> {
  const rows = await sql.query<SummaryRow>(`${summarySql} order by s.updated_at desc, s.id desc`);
  return rows.map(toSummary);
}

export async function getScenarioVersion(
  sql: Sql,
  id: number,
  version?: number,
): Promise<ScenarioVersion> {
  const [row] = await sql.query<VersionRow & { name: string }>(
    `select v.*, s.name, u.display_name from scenario_versions v join scenarios s on s.id = v.scenario_id
     left join users u on u.id = v.created_by
     where v.scenario_id = $1 and v.version = coalesce($2, s.version)`,
    [id, version ?? null],
  );
  if (!row) {
    throw notFound(
      version === undefined
        ? `测算方案 #${id} 不存在，可能已被删除。`
        : `测算方案 #${id} 没有第 ${version} 版。`,
    );
  }
  return { scenarioId: id, name: row.name, scenario: row.scenario, ...toVersionInfo(row) };
}

export async function getScenario(sql: Sql, id: number): Promise<StoredScenario> {
  const [row] = await sql.query<SummaryRow>(`${summarySql} where s.id = $1`, [id]);
  if (!row) throw notFound(`测算方案 #${id} 不存在，可能已被删除。`);
  const versions = await sql.query<VersionRow>(
    `select v.*, u.display_name from scenario_versions v left join users u on u.id = v.created_by
     where v.scenario_id = $1 order by v.version desc`,
    [id],
  );
  const current = versions.find((v) => v.version === row.version);
  if (!current) throw new Error(`scenario ${id} has no row for its version ${row.version}`);
  const [kept] = await sql.query<{ provenance: Record<string, Provenance> | null }>(
    'select provenance from scenarios where id = $1',
    [id],
  );
  return {
    ...toSummary(row),
    scenario: current.scenario,
    versions: versions.map(toVersionInfo),
    draftProvenance: kept?.provenance ?? null,
  };
}

async function addVersion(
  tx: Sql,
  actor: Actor,
  id: number,
  version: number,
  scenario: Scenario,
  note: string | null,
): Promise<void> {
  await tx.query(
    `insert into scenario_versions (scenario_id, version, scenario, note, created_by, username)
     values ($1, $2, $3::jsonb, $4, $5, $6)`,
    [id, version, JSON.stringify(scenario), note, actor.id, actor.username],
  );
}

export async function createScenario(
  sql: Sql,
  actor: Actor,
  input: {
    name: string;
    basedOn: string | null;
    scenario: Scenario;
    note?: string;
    /** Where each value came from, kept for a scenario drafted from a plan. */
    provenance?: Record<string, Provenance>;
  },
): Promise<StoredScenario> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `insert into scenarios (name, based_on, created_by, provenance, owner_unit)
       values ($1, $2, $3, $4::jsonb, $5) returning id`,
      [
        input.name,
        input.basedOn,
        actor.id,
        input.provenance ? JSON.stringify(input.provenance) : null,
        ownerUnitOf(actor),
      ],
    );
    if (!row) throw new Error('insert into scenarios returned no row');
    const scenario = stamped(input.scenario, row.id, input.name, 1);
    await addVersion(tx, actor, row.id, 1, scenario, input.note ?? null);
    await audit(tx, actor, {
      action: 'scenario.create',
      entity: 'scenario',
      entityId: row.id,
      after: { name: input.name, basedOn: input.basedOn, version: 1, scenario },
    });
    return getScenario(tx, row.id);
  });
}

/** The versions saved after `version`, as the answer to a save based on it: who saved which version, and why. */
async function staleSave(tx: Sql, id: number, version: number): Promise<Error> {
  const rows = await tx.query<{
    version: number;
    note: string | null;
    at: unknown;
    who: string | null;
  }>(
    `select v.version, v.note, v.created_at as at, coalesce(u.display_name, v.username) as who
     from scenario_versions v left join users u on u.id = v.created_by
     where v.scenario_id = $1 and v.version > $2 order by v.version`,
    [id, version],
  );
  const changes = rows.map((row) => ({
    who: row.who ?? '系统',
    at: new Date(row.at as string),
    what: `保存了第 ${row.version} 版${row.note ? `（${row.note}）` : ''}`,
  }));
  return conflict(staleEditMessage(`测算方案 #${id}（您打开的是第 ${version} 版）`, changes));
}

/**
 * Saves a new version on top of `baseVersion`, the version the editor opened; a save based on an older one is
 * refused with what was saved since. The name follows the scenario's own name when it has one.
 */
export async function updateScenario(
  sql: Sql,
  actor: Actor,
  id: number,
  input: { scenario: Scenario; note: string | null; baseVersion: number },
): Promise<StoredScenario> {
  return sql.transaction(async (tx) => {
    const [locked] = await tx.query<{ version: number; name: string }>(
      'select version, name from scenarios where id = $1 for update',
      [id],
    );
    if (!locked) throw notFound(`测算方案 #${id} 不存在，可能已被删除。`);
    if (locked.version !== input.baseVersion) throw await staleSave(tx, id, input.baseVersion);
    const before = await getScenarioVersion(tx, id, locked.version);
    const version = locked.version + 1;
    const name = input.scenario.name.trim() || locked.name;
    const scenario = stamped(input.scenario, id, name, version);
    await addVersion(tx, actor, id, version, scenario, input.note);
    await tx.query(
      'update scenarios set version = $2, name = $3, updated_at = now() where id = $1',
      [id, version, name],
    );
    await audit(tx, actor, {
      action: 'scenario.update',
      entity: 'scenario',
      entityId: id,
      before: { name: locked.name, version: locked.version, scenario: before.scenario },
      after: { name, version, note: input.note, scenario },
    });
    return getScenario(tx, id);
  });
}

/** Deletes the scenario and its versions; runs made with it keep the scenario they ran. */
export async function deleteScenario(sql: Sql, actor: Actor, id: number): Promise<void> {
  await sql.transaction(async (tx) => {
    const current = await getScenario(tx, id);
    await tx.query('delete from scenarios where id = $1', [id]);
    await audit(tx, actor, {
      action: 'scenario.delete',
      entity: 'scenario',
      entityId: id,
      before: { name: current.name, version: current.version, scenario: current.scenario },
    });
  });
}
