// The per-visit quota lines of the encounters whose quota is shared by lines of more than one rule or bucket
// (encounters-sql.ts keeps only their sum and key range): a second pass over the file lists those lines,
// for settle-sql.ts to pay in line order. Most files have none, and then nothing is read again.
import type { BulkLines } from './bill-lines';
import { sidedLinesCtes } from './encounters-sql';
import type { Scenario } from '../../core/simulate/scenario';
import { SIDES, type ScenarioShape, type Side } from './scenario-tables';

const COLUMNS =
  'encounter_id VARCHAR, side INTEGER, n BIGINT, f INTEGER, q BIGINT, p BIGINT, k VARCHAR';

/** Accepted encounters of a side whose per-visit lines do not share one rule and bucket. */
export const mixedVisits = (side: Side) =>
  `SELECT encounter_id FROM enc WHERE NOT bad AND inconsistent IS NULL
    AND ${side}_visit_key_min <> ${side}_visit_key_max`;

/** Sides with per-visit quotas, whose enc columns the queries below read. */
export const visitSides = (shape: ScenarioShape): Side[] =>
  (['before', 'after'] as const).filter((side) => shape.fixed[side].perVisit);

/** SELECT count of the encounters that need their per-visit lines listed. */
export const mixedVisitsCountSql = (shape: ScenarioShape) =>
  `SELECT count(*) AS n FROM (${visitSides(shape).map(mixedVisits).join(' UNION ')})`;

/** CREATE TABLE visit_lines, empty: no encounter needs its lines. */
export const NO_VISIT_LINES_SQL = `CREATE OR REPLACE TEMP TABLE visit_lines (${COLUMNS})`;

/**
 * CREATE TABLE visit_lines: side (0 before, 1 after), line number, rule, quota, part and bucket of every
 * per-visit line of those encounters. Parameters as encounters-sql.ts.
 */
export function visitLinesSql(lines: BulkLines, shape: ScenarioShape, scenario: Scenario): string {
  const selects = visitSides(shape).map(
    (side) => `SELECT encounter_id, ${SIDES[side]} AS side, line_no AS n, ${side}_fixed_no AS f,
    ${side}_quota_fen AS q, ${side}_part AS p, ${side}_bucket AS k
  FROM sided WHERE ${side}_visit AND encounter_id IN (${mixedVisits(side)})`,
  );
  return `CREATE OR REPLACE TEMP TABLE visit_lines AS
WITH ${sidedLinesCtes(lines, shape, scenario)}
${selects.join('\nUNION ALL\n')}`;
}
