// Stored DRG weight tables: versioned by pool and year, read back as a WeightTable; every insert and delete
// audited. A table derived from bills keeps its method (steps, cases trimmed per DRG) beside it.
import type { DeriveParams, DrgYearStep, YearStep } from '../core/drg/derive-weights';
import type { DecimalText } from '../core/drg/decimal';
import type { HospitalLevel } from '../core/drg/grouped-case';
import type { DrgWeight, WeightTable } from '../core/drg/weights';
import { notFound } from '../core/shared/errors';
import type { Fen } from '../core/shared/money';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import type { Sql } from './sql';
import { ownerUnitOf } from './units';

/** How a derived table was made, in plain values (no bigint) so it can be stored and shown. */
export interface WeightMethod {
  datasetId: number;
  datasetName: string;
  scheme: string;
  params: DeriveParams;
  steps: string[];
  years: YearStep[];
  overallWeightedMeanFen: Fen;
  groups: Array<{ drg: string; rw: DecimalText; weightedMeanFen: Fen; years: DrgYearStep[] }>;
}

export interface WeightTableSource {
  kind: 'file' | 'builtin' | 'derived';
  /** The file name, the publication, or the dataset's name. */
  label: string;
  datasetId?: number;
  method?: WeightMethod;
}

export interface WeightTableSummary {
  id: number;
  pool: string;
  year: number;
  version: number;
  baseRateFen: Fen;
  levelCoefficients: Partial<Record<HospitalLevel, DecimalText>>;
  groupCount: number;
  sourceKind: WeightTableSource['kind'];
  sourceLabel: string;
  datasetId: number | null;
  hasMethod: boolean;
  createdBy: string | null;
  /** The unit that owns the table (the importing account's). */
  ownerUnit: string | null;
  createdAt: string;
}

interface Row {
  [key: string]: unknown;
  id: number;
  pool: string;
  year: number;
  version: number;
  base_rate_fen: string | number;
  level_coefficients: Partial<Record<HospitalLevel, DecimalText>>;
  group_count: number;
  source_kind: WeightTableSource['kind'];
  source_label: string;
  dataset_id: number | null;
  has_method: boolean;
  created_by_name: string | null;
  owner_unit: string | null;
  created_at: unknown;
}

const summaryColumns = `t.id, t.pool, t.year, t.version, t.base_rate_fen, t.level_coefficients,
  t.group_count, t.source_kind, t.source_label, t.dataset_id, (t.method is not null) as has_method,
  u.display_name as created_by_name, t.owner_unit, t.created_at`;

const toSummary = (row: Row): WeightTableSummary => ({
  id: row.id,
  pool: row.pool,
  year: row.year,
  version: row.version,
  baseRateFen: Number(row.base_rate_fen),
  levelCoefficients: row.level_coefficients,
  groupCount: row.group_count,
  sourceKind: row.source_kind,
  sourceLabel: row.source_label,
  datasetId: row.dataset_id,
  hasMethod: row.has_method,
  createdBy: row.created_by_name,
  ownerUnit: row.owner_unit,
  createdAt: new Date(row.created_at as string).toISOString(),
});

/** "盐城市 2023 年 第 2 版" */
export const weightTableTitle = (table: Pick<WeightTableSummary, 'pool' | 'year' | 'version'>) =>
  `${table.pool} ${table.year} 年 第 ${table.version} 版`;

export async function listWeightTables(sql: Sql): Promise<WeightTableSummary[]> {
  const rows = await sql.query<Row>(
    `select ${summaryColumns} from drg_weight_tables t left join users u on u.id = t.created_by
     order by t.pool, t.year desc, t.version desc`,
  );
  return rows.map(toSummary);
}

export async function getWeightTableSummary(sql: Sql, id: number): Promise<WeightTableSummary> {
  const [row] = await sql.query<Row>(
    `select ${summaryColumns} from drg_weight_tables t left join users u on u.id = t.created_by
     where t.id = $1`,
    [id],
  );
  if (!row) throw notFound(`权重表 #${id} 不存在，可能已被删除。请回到权重表列表重新选择。`);
  return toSummary(row);
}

/** The stored table as a WeightTable, ready for payment and case-mix rules. */
export async function getWeightTable(sql: Sql, id: number): Promise<WeightTable> {
  const [row] = await sql.query<{
    pool: string;
    year: number;
    base_rate_fen: string | number;
    level_coefficients: WeightTable['levelCoefficients'];
    groups: DrgWeight[];
    source_label: string;
  }>(
    `select pool, year, base_rate_fen, level_coefficients, groups, source_label
     from drg_weight_tables where id = $1`,
    [id],
  );
  if (!row) throw notFound(`权重表 #${id} 不存在，可能已被删除。请回到权重表列表重新选择。`);
  return {
    pool: row.pool,
    year: row.year,
    baseRateFen: Number(row.base_rate_fen),
    levelCoefficients: row.level_coefficients,
    groups: row.groups,
    source: row.source_label,
  };
}

/** The method of a table derived from bills; null for an imported table. */
export async function getWeightMethod(sql: Sql, id: number): Promise<WeightMethod | null> {
  const [row] = await sql.query<{ method: WeightMethod | null }>(
    'select method from drg_weight_tables where id = $1',
    [id],
  );
  if (!row) throw notFound(`权重表 #${id} 不存在，可能已被删除。`);
  return row.method;
}

/** Saves a checked table as the next version for its pool and year, in one audited transaction. */
export async function insertWeightTable(
  sql: Sql,
  actor: Actor | null,
  table: WeightTable,
  source: WeightTableSource,
): Promise<WeightTableSummary> {
  return sql.transaction(async (tx) => {
    // two imports for the same pool and year at once: the second waits and takes the next version
    if (tx.engine === 'postgres') {
      await tx.query('select pg_advisory_xact_lock(hashtext($1), $2)', [table.pool, table.year]);
    }
    const [next] = await tx.query<{ version: number }>(
      `select coalesce(max(version), 0) + 1 as version from drg_weight_tables
       where pool = $1 and year = $2`,
      [table.pool, table.year],
    );
    const [row] = await tx.query<{ id: number }>(
      `insert into drg_weight_tables (pool, year, version, base_rate_fen, level_coefficients, groups,
         group_count, source_kind, source_label, dataset_id, method, created_by, owner_unit)
       values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $10, $11::jsonb, $12, $13)
       returning id`,
      [
        table.pool,
        table.year,
        next?.version ?? 1,
        table.baseRateFen,
        JSON.stringify(table.levelCoefficients),
        JSON.stringify(table.groups),
        table.groups.length,
        source.kind,
        source.label,
        source.datasetId ?? null,
        source.method === undefined ? null : JSON.stringify(source.method),
        actor?.id ?? null,
        ownerUnitOf(actor),
      ],
    );
    if (!row) throw new Error('insert into drg_weight_tables returned no row');
    const summary = await getWeightTableSummary(tx, row.id);
    await audit(tx, actor, {
      action: 'drg-weights.add',
      entity: 'drg-weight-table',
      entityId: row.id,
      after: {
        pool: summary.pool,
        year: summary.year,
        version: summary.version,
        groups: summary.groupCount,
        baseRateFen: summary.baseRateFen,
        source: { kind: source.kind, label: source.label },
      },
    });
    return summary;
  });
}

export async function deleteWeightTable(
  sql: Sql,
  actor: Actor,
  id: number,
): Promise<WeightTableSummary> {
  return sql.transaction(async (tx) => {
    const summary = await getWeightTableSummary(tx, id);
    await tx.query('delete from drg_weight_tables where id = $1', [id]);
    await audit(tx, actor, {
      action: 'drg-weights.delete',
      entity: 'drg-weight-table',
      entityId: id,
      before: {
        pool: summary.pool,
        year: summary.year,
        version: summary.version,
        groups: summary.groupCount,
        source: { kind: summary.sourceKind, label: summary.sourceLabel },
      },
    });
    return summary;
  });
}
