// The partitions the running-sum form cannot settle (limits that differ between a person's encounters in
// one pool and year) settled one encounter at a time, exactly as adjudicate.ts does, by a recursive query
// that carries the deductible met and the cap used from each encounter to the next.
import { applyRate } from './sql-money';

const KEY = ['person_id', 'policy_year', 'side', 'pool'] as const;

/** One side of `settled` as rows: the walk's input columns, with the side as a number. */
const sideRows = (side: 'before' | 'after', n: number) =>
  `SELECT encounter_id, person_id, policy_year, ${n} AS side, ${side}_pool AS pool, end_date, start_date,
    ${side}_eligible AS eligible, ${side}_deductible_fen AS deductible_fen, ${side}_year_basis AS year_basis,
    ${side}_ratio AS ratio, ${side}_cap_fen AS cap_fen, ${side}_sequential AS sequential
  FROM settled`;

/**
 * Numbers the encounters of every pool and year that has a `sequential` side in `settled` (its limits
 * differ from an earlier encounter's), all of them, in settlement order within person, year, side and pool.
 */
export const SEQUENCE_SQL = `CREATE OR REPLACE TEMP TABLE walk_input AS
WITH sides AS (${sideRows('before', 0)}
  UNION ALL
  ${sideRows('after', 1)}),
walked_pools AS (SELECT DISTINCT ${KEY.join(', ')} FROM sides WHERE sequential)
SELECT encounter_id, ${KEY.join(', ')}, eligible, deductible_fen, year_basis, ratio, cap_fen,
  row_number() OVER (PARTITION BY ${KEY.join(', ')} ORDER BY end_date, start_date, encounter_id) AS k
FROM sides SEMI JOIN walked_pools USING (${KEY.join(', ')})`;

/** adjudicate.ts steps 4–5 for one row `i`, given what the person had met and used before it. */
function step(met: string, used: string) {
  const deductible = `(CASE WHEN i.year_basis THEN least(i.eligible, greatest(0, i.deductible_fen - ${met}))
    ELSE least(i.eligible, i.deductible_fen) END)`;
  const byRatio = applyRate(`i.eligible - ${deductible}`, 'i.ratio');
  const pay = `(CASE WHEN i.cap_fen IS NULL THEN ${byRatio}
    ELSE least(${byRatio}, greatest(0, i.cap_fen - ${used})) END)`;
  return `i.encounter_id, ${KEY.map((k) => `i.${k}`).join(', ')}, i.k,
    ${deductible} AS deductible, ${byRatio} AS by_ratio, ${pay} AS pay,
    ${met} + CASE WHEN i.year_basis THEN ${deductible} ELSE 0 END AS met,
    ${used} + ${pay} AS used`;
}

export const WALK_SQL = `CREATE OR REPLACE TEMP TABLE walked AS
WITH RECURSIVE walk AS (
  SELECT ${step('CAST(0 AS BIGINT)', 'CAST(0 AS BIGINT)')} FROM walk_input i WHERE i.k = 1
  UNION ALL
  SELECT ${step('w.met', 'w.used')}
  FROM walk w JOIN walk_input i ON ${KEY.map((k) => `i.${k} = w.${k}`).join(' AND ')} AND i.k = w.k + 1
)
SELECT encounter_id, side, deductible, by_ratio, pay FROM walk`;

/** The walked settlements written back into their side's columns of `settled`. */
export const APPLY_WALK_SQL = (['before', 'after'] as const).map(
  (side, n) => `UPDATE settled SET ${side}_deductible = w.deductible, ${side}_by_ratio = w.by_ratio,
  ${side}_pay = w.pay
FROM walked w WHERE w.side = ${n} AND settled.encounter_id = w.encounter_id`,
);
