// The unit registry: list, read, create, edit and import units (every change audited), and resolve a written
// name to exactly one unit code. Codes never change; accounts and objects point at them.
import { badInput, conflict, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import {
  nameMatches,
  unitProblems,
  type Unit,
  type UnitFields,
} from '../core/shared/unit-registry';
import { audit } from './audit';
import type { Sql } from './sql';

/** The reform office's unit, created by the migration: owner of objects made without an account. */
export const OFFICE_UNIT = 'OFFICE';

interface Row {
  [key: string]: unknown;
  code: string;
  name: string;
  kind: Unit['kind'];
  parent_code: string | null;
  level: Unit['level'];
  hospital_type: Unit['hospitalType'];
  sponsor: Unit['sponsor'];
  funding: Unit['funding'];
  aliases: string[];
}

const toUnit = (row: Row): Unit => ({
  code: row.code,
  name: row.name,
  kind: row.kind,
  parentCode: row.parent_code,
  level: row.level,
  hospitalType: row.hospital_type,
  sponsor: row.sponsor,
  funding: row.funding,
  aliases: row.aliases,
});

export async function listUnits(sql: Sql): Promise<Unit[]> {
  const rows = await sql.query<Row>('select * from units order by kind, code');
  return rows.map(toUnit);
}

export async function findUnit(sql: Sql, code: string): Promise<Unit | null> {
  const [row] = await sql.query<Row>('select * from units where code = $1', [code]);
  return row ? toUnit(row) : null;
}

export async function getUnit(sql: Sql, code: string): Promise<Unit> {
  const unit = await findUnit(sql, code);
  if (!unit) throw notFound(`单位编码「${code}」不在单位名录中。请在“单位管理”中查看已有的单位。`);
  return unit;
}

function refuseProblems(unit: Unit): void {
  const problems = unitProblems(unit);
  const first = problems[0];
  if (first) {
    throw badInput(problems.map((p) => `${p.field}：${p.message}`).join('；'), {
      where: first.field,
    });
  }
}

/** Refuses a parent that does not exist or that lies below the unit (a loop in the tree). */
async function checkParent(tx: Sql, unit: Unit): Promise<void> {
  let parent = unit.parentCode;
  for (let depth = 0; parent !== null; depth++) {
    if (parent === unit.code || depth > 50) {
      throw badInput(`上级单位「${unit.parentCode}」在「${unit.name}」之下，不能作为它的上级。`, {
        where: '上级单位',
      });
    }
    const above = await findUnit(tx, parent);
    if (!above) {
      throw badInput(`上级单位编码「${parent}」不在单位名录中，请先登记上级单位。`, {
        where: '上级单位',
      });
    }
    parent = above.parentCode;
  }
}

async function write(tx: Sql, unit: Unit, exists: boolean): Promise<void> {
  const values = [
    unit.code,
    unit.name.trim(),
    unit.kind,
    unit.parentCode,
    unit.level,
    unit.hospitalType,
    unit.sponsor,
    unit.funding,
    JSON.stringify(unit.aliases),
  ];
  await tx.query(
    exists
      ? `update units set name = $2, kind = $3, parent_code = $4, level = $5, hospital_type = $6,
           sponsor = $7, funding = $8, aliases = $9::jsonb, updated_at = now() where code = $1`
      : `insert into units (code, name, kind, parent_code, level, hospital_type, sponsor, funding, aliases)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
    values,
  );
}

export async function createUnit(sql: Sql, actor: Actor | null, unit: Unit): Promise<Unit> {
  refuseProblems(unit);
  return sql.transaction(async (tx) => {
    const existing = await findUnit(tx, unit.code);
    if (existing) {
      throw conflict(`单位编码「${unit.code}」已是「${existing.name}」的编码，请换一个编码。`);
    }
    await checkParent(tx, unit);
    await write(tx, unit, false);
    await audit(tx, actor, {
      action: 'unit.create',
      entity: 'unit',
      entityId: unit.code,
      after: unit,
    });
    return getUnit(tx, unit.code);
  });
}

export async function updateUnit(
  sql: Sql,
  actor: Actor,
  code: string,
  fields: UnitFields,
): Promise<Unit> {
  const unit: Unit = { code, ...fields };
  refuseProblems(unit);
  return sql.transaction(async (tx) => {
    const before = await getUnit(tx, code);
    await checkParent(tx, unit);
    await write(tx, unit, true);
    await audit(tx, actor, {
      action: 'unit.update',
      entity: 'unit',
      entityId: code,
      before,
      after: unit,
    });
    return getUnit(tx, code);
  });
}

/**
 * Creates or updates many units in one transaction (parents may come later in the list): all or nothing.
 * Answers how many were created and how many updated.
 */
export async function importUnits(
  sql: Sql,
  actor: Actor,
  units: Unit[],
): Promise<{ created: number; updated: number }> {
  for (const unit of units) refuseProblems(unit);
  return sql.transaction(async (tx) => {
    let created = 0;
    const existing = new Set((await listUnits(tx)).map((unit) => unit.code));
    // Insert without parents first, so that a parent further down the file is found.
    for (const unit of units) {
      if (existing.has(unit.code)) continue;
      await write(tx, { ...unit, parentCode: null }, false);
      created++;
    }
    for (const unit of units) {
      await checkParent(tx, unit);
      await write(tx, unit, true);
    }
    await audit(tx, actor, {
      action: 'unit.import',
      entity: 'unit',
      entityId: null,
      after: { created, updated: units.length - created, codes: units.map((unit) => unit.code) },
    });
    return { created, updated: units.length - created };
  });
}

/**
 * The one unit code a user means by `written`: a code, or a name (or alias, or another way of writing the
 * same body) that exactly one unit has. Refuses an unknown or ambiguous name, listing the candidates.
 */
export async function resolveUnitCode(sql: Sql, written: string): Promise<string> {
  const text = written.trim();
  if (await findUnit(sql, text)) return text;
  const matches = (await listUnits(sql)).filter((unit) => nameMatches(unit, text));
  const [only] = matches;
  if (matches.length === 1 && only) return only.code;
  if (matches.length === 0) {
    throw badInput(`单位名录中没有「${text}」。请填写单位编码，或先在“单位管理”中登记该单位。`, {
      where: '--unit',
    });
  }
  const list = matches.map((unit) => `${unit.code}（${unit.name}）`).join('、');
  throw badInput(`「${text}」可以指 ${matches.length} 个单位：${list}。请填写其中一个单位编码。`, {
    where: '--unit',
  });
}

/** Adds the units that are not yet registered (the demo's); leaves registered ones as they are. */
export async function ensureUnits(sql: Sql, units: readonly Unit[]): Promise<number> {
  return sql.transaction(async (tx) => {
    let added = 0;
    for (const unit of units) {
      if (await findUnit(tx, unit.code)) continue;
      await checkParent(tx, unit);
      await write(tx, unit, false);
      await audit(tx, null, {
        action: 'unit.create',
        entity: 'unit',
        entityId: unit.code,
        after: unit,
      });
      added++;
    }
    return added;
  });
}

/** The owner unit of an object an account creates: the account's unit; the office's for work without one. */
export const ownerUnitOf = (actor: Pick<Actor, 'unitCode'> | null): string | null =>
  actor === null ? OFFICE_UNIT : actor.unitCode;
