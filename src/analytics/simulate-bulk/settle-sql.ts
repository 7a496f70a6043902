// Settles every accepted encounter before and after (core/simulate/adjudicate.ts), with the per-person
// sequential rules — a yearly deductible and the annual cap, carried from encounter to encounter in
// settlement order — written as running sums over window functions. This file is the one place those
// rules live in the bulk path; a worker holding one partition of persons can run it alone.
// One row per encounter holds both sides (before_…, after_…): the encounter's fields are stored once, and
// when both policies put each encounter in the same pool, one sort serves both sides' running sums.
import { VISIT_BUCKETS } from './encounters-sql';
import type { ScenarioShape, Side } from './scenario-tables';
import { visitSides } from './visit-lines-sql';
import { applyRate, sumFen } from './sql-money';

/**
 * Why clipped running sums reproduce sequential min() exactly.
 *
 * adjudicate() pays, for the k-th encounter of a person's year in a pool, x_k = min(a_k, max(0, L − X_{k−1}))
 * where a_k ≥ 0 is what the encounter asks (the eligible amount for the deductible, the ratio payment
 * for the cap), L ≥ 0 the limit and X_k = x_1 + … + x_k what has been used. Claim: X_k = min(L, A_k) with
 * A_k = a_1 + … + a_k. By induction: X_0 = 0 = min(L, 0). If X_{k−1} = min(L, A_{k−1}) ≤ L then
 * max(0, L − X_{k−1}) = L − X_{k−1} and X_k = X_{k−1} + min(a_k, L − X_{k−1}) = min(X_{k−1} + a_k, L).
 * If A_{k−1} ≤ L this is min(A_k, L); if A_{k−1} > L then X_{k−1} = L and X_k = L = min(A_k, L) since
 * A_k ≥ A_{k−1} > L. Hence x_k = min(L, A_k) − min(L, A_{k−1}): the clip applies to the running sum,
 * never to a row's own amount. The proof needs one L for the whole partition; a partition whose
 * encounters carry different limits (a person changing scheme within a year, or levels with different
 * yearly deductibles in one pool) is flagged `sequential` and walked one encounter at a time
 * (sequential-sql.ts).
 */
const ORDER = 'ORDER BY end_date, start_date, encounter_id';
const SIDES: readonly Side[] = ['before', 'after'];

/** The person, year and pool partition a side's running sums use, as a window definition. */
const runningWindow = (pool: string) =>
  `(PARTITION BY person_id, policy_year, ${pool} ${ORDER} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;

/**
 * Window names per side, and their definitions. When both policies put every encounter in the same pool,
 * both sides name one window, so DuckDB sorts the rows once for both.
 */
function windows(shape: ScenarioShape): { name: Record<Side, string>; definitions: string } {
  if (shape.samePools) {
    return {
      name: { before: 'running', after: 'running' },
      definitions: `running AS ${runningWindow('before_pool')}`,
    };
  }
  return {
    name: { before: 'running_before', after: 'running_after' },
    definitions: SIDES.map((s) => `running_${s} AS ${runningWindow(`${s}_pool`)}`).join(', '),
  };
}

/** ICD-10 category of the principal diagnosis, as bills.ts diseaseCategory. */
export const diseaseSql = (column: string) =>
  `CASE WHEN regexp_matches(upper(trim(${column})), '^[A-Z][0-9]{2}')
    THEN substr(upper(trim(${column})), 1, 3) ELSE 'unknown' END`;

/**
 * Per-visit quotas of the encounters visit-lines-sql.ts listed (lines of several rules or buckets): the fund
 * pays min(part, quota − used so far in this encounter) line by line in line order, i.e. the clipped running
 * sum above with L = the quota, partitioned by rule. Line order is line_no; two lines of one encounter with
 * the same line_no have no defined order here.
 */
function visitPaidCte(side: Side): string {
  const part = (k: string) => sumFen(`CASE WHEN k = '${k}' THEN paid ELSE 0 END`);
  return `${side}_visit_paid AS (
  SELECT encounter_id, ${sumFen('paid')} AS paid, ${part('A')} AS paid_a, ${part('B')} AS paid_b,
    ${part('R')} AS paid_r
  FROM (SELECT *, least(q, running) - least(q, running - p) AS paid
    FROM (SELECT *, sum(p) OVER (PARTITION BY encounter_id, f ORDER BY n
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running
      FROM visit_lines WHERE side = ${side === 'before' ? 0 : 1}))
  GROUP BY encounter_id
),
`;
}

/**
 * A side's buckets after its per-visit quotas (adjudicate.ts steps 1–2) and its benefit rule (core
 * findBenefitRule, resolved in TS): what the fund paid by quota into `fixed`, taken from the bucket of the
 * line it paid (A, B or R); class A is the rest of the cost (encounters-sql.ts).
 */
function ruledColumns(side: Side, shape: ScenarioShape): string {
  const s = side;
  const r = side === 'before' ? 'rb' : 'ra';
  // One rule and one bucket (encounters-sql.ts): the quota pays min(quota, the parts' sum) into that bucket.
  const paid = (k: (typeof VISIT_BUCKETS)[number] | null) => {
    if (!shape.fixed[side].perVisit) return '0';
    const bucket = k === null ? '' : ` AND e.${s}_visit_key_min % 4 = ${VISIT_BUCKETS.indexOf(k)}`;
    const shared = `CASE WHEN e.${s}_visit_key_min = e.${s}_visit_key_max${bucket}
      THEN least(e.${s}_visit_quota, e.${s}_visit_part) ELSE 0 END`;
    return `(${shared} + coalesce(${s}v.${k === null ? 'paid' : `paid_${k.toLowerCase()}`}, 0))`;
  };
  return `e.${s}_cost, e.${s}_self,
    e.${s}_fixed + ${paid(null)} AS ${s}_fixed,
    e.${s}_remainder - ${paid('R')} AS ${s}_remainder,
    e.${s}_cost - e.${s}_self - e.${s}_fixed - e.${s}_remainder - e.${s}_class_b - ${paid('A')} AS ${s}_class_a,
    e.${s}_class_b - ${paid('B')} AS ${s}_class_b,
    ${r}.side IS NOT NULL AS ${s}_has_rule, ${r}.deductible_fen AS ${s}_deductible_fen,
    coalesce(${r}.year_basis, false) AS ${s}_year_basis, ${r}.ratio AS ${s}_ratio, ${r}.cap_fen AS ${s}_cap_fen,
    ${r}.pool AS ${s}_pool, ${r}.limits AS ${s}_limits, ${r}.class_b_share AS ${s}_class_b_share`;
}

/** CREATE TABLE settled: one row per accepted encounter, each side's settlement in its own columns. */
export function settleSql(shape: ScenarioShape): string {
  const w = windows(shape);
  const visits = visitSides(shape).map(visitPaidCte).join('');
  const visitJoins = visitSides(shape)
    .map((s) => `\n    LEFT JOIN ${s}_visit_paid ${s}v ON ${s}v.encounter_id = e.encounter_id`)
    .join('');
  const rule = (side: Side, alias: string) =>
    `LEFT JOIN scn_rule ${alias} ON ${alias}.side = ${side === 'before' ? 0 : 1} AND ${alias}.scheme = e.scheme
      AND ${alias}.level = e.hospital_level AND ${alias}.encounter_type = e.encounter_type`;
  const perSide = (expression: (s: Side) => string) => SIDES.map(expression).join(',\n    ');
  // Uninsured, or no benefit rule for the scheme, level and type: the fund pays nothing by ratio.
  const noBenefit = (s: Side) => `NOT insured OR NOT ${s}_has_rule`;
  // 起付线 for a 'year' rule: what is left of it this year; clipped running sum over year-rule encounters.
  const runningEligible = (s: Side) =>
    `CAST(coalesce(sum(CASE WHEN ${s}_year_basis THEN ${s}_eligible ELSE 0 END) OVER ${w.name[s]}, 0)
      AS BIGINT) AS ${s}_running_eligible`;
  const yearSides = SIDES.filter((side) => shape.yearDeductible[side]);
  const yearly = (s: Side) =>
    shape.yearDeductible[s]
      ? `least(${s}_deductible_fen, ${s}_running_eligible) - least(${s}_deductible_fen, ${s}_running_eligible - ${s}_eligible)`
      : `least(${s}_eligible, ${s}_deductible_fen)`;
  const eligibleSource =
    yearSides.length > 0
      ? `(SELECT *, ${yearSides.map(runningEligible).join(', ')} FROM eligible WINDOW ${w.definitions})`
      : 'eligible';
  return `CREATE OR REPLACE TEMP TABLE settled AS
WITH ${visits}ruled AS (
  SELECT e.encounter_id, e.person_id, e.hospital_code, e.hospital_level, e.scheme, e.start_date, e.end_date,
    e.scheme <> 'self-pay' AS insured, year(e.end_date) AS policy_year, ${diseaseSql('e.principal_dx')} AS disease,
    ${perSide((s) => ruledColumns(s, shape))}
  FROM enc e
    ${rule('before', 'rb')}
    ${rule('after', 'ra')}${visitJoins}
  WHERE NOT e.bad AND e.inconsistent IS NULL
),
-- 乙类先自付, rounded once on the encounter's class-B sum (adjudicate.ts step 3), and what is eligible.
class_b_paid AS (
  SELECT *,
    ${perSide((s) => `coalesce(${applyRate(`${s}_class_b`, `${s}_class_b_share`)}, 0) AS ${s}_class_b_self`)}
  FROM ruled
),
eligible AS (
  SELECT *, ${perSide((s) => `${s}_class_a + ${s}_class_b - ${s}_class_b_self AS ${s}_eligible`)}
  FROM class_b_paid
),
-- Step 4, 起付线: per encounter, min(eligible, deductible); per year, what is left of it.
deducted AS (
  SELECT *,
    ${perSide(
      (s) => `CASE WHEN ${noBenefit(s)} THEN 0
      WHEN ${s}_year_basis THEN ${yearly(s)}
      ELSE least(${s}_eligible, ${s}_deductible_fen) END AS ${s}_deductible`,
    )}
  FROM ${eligibleSource}
),
-- Step 5: the ratio of what is above the deductible, rounded once.
ratioed AS (
  SELECT *,
    ${perSide((s) => `CASE WHEN ${noBenefit(s)} THEN 0 ELSE ${applyRate(`${s}_eligible - ${s}_deductible`, `${s}_ratio`)} END AS ${s}_by_ratio`)}
  FROM deducted
),
-- …up to what is left of the annual cap (封顶线): clipped running sum of ratio payments in the pool, and
-- whether the encounters so far all carry one set of limits (the proof's condition: the same limits
-- number, scenario-tables.ts). A pool that breaks it shows it on its last encounter at the latest, and
-- sequential-sql.ts then settles all its encounters one at a time.
capped AS (
  SELECT *,
    ${perSide(
      (s) => `CAST(sum(${s}_by_ratio) OVER ${w.name[s]} AS BIGINT) AS ${s}_running_ratio,
    min(${s}_limits) OVER ${w.name[s]} <> max(${s}_limits) OVER ${w.name[s]} AS ${s}_limits_differ`,
    )}
  FROM ratioed
  WINDOW ${w.definitions}
)
SELECT encounter_id, person_id, hospital_code, hospital_level, scheme, start_date, end_date, disease,
  policy_year, insured,
  ${perSide(
    (s) => `${s}_pool, ${s}_cost, ${s}_self, ${s}_fixed, ${s}_remainder, ${s}_class_b_self,
  ${s}_eligible, ${s}_deductible_fen, ${s}_year_basis, ${s}_ratio, ${s}_cap_fen, ${s}_deductible, ${s}_by_ratio,
  CASE WHEN ${noBenefit(s)} THEN 0
    WHEN ${s}_cap_fen IS NULL THEN ${s}_by_ratio
    ELSE least(${s}_cap_fen, ${s}_running_ratio) - least(${s}_cap_fen, ${s}_running_ratio - ${s}_by_ratio) END AS ${s}_pay,
  insured AND ${s}_has_rule AND ${s}_limits_differ AS ${s}_sequential`,
  )}
FROM capped`;
}
