// Settles every accepted encounter before and after (core/simulate/adjudicate.ts), with the per-person
// sequential rules — a yearly deductible and the annual cap, carried from encounter to encounter in
// settlement order — written as running sums over window functions. This file is the one place those
// rules live in the bulk path; a worker holding one partition of persons can run it alone.
import type { ScenarioShape } from './scenario-tables';
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
 * yearly deductibles in one pool) is flagged `sequential` and walked one encounter at a time below.
 */
const PARTITION = 'PARTITION BY person_id, policy_year, side, pool';
const ORDER = 'ORDER BY end_date, start_date, encounter_id';
const RUNNING = `(${PARTITION} ${ORDER} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;

const SIDE_COLUMNS = ['self', 'fixed', 'remainder', 'class_b'] as const;

/** ICD-10 category of the principal diagnosis, as bills.ts diseaseCategory. */
export const diseaseSql = (column: string) =>
  `CASE WHEN regexp_matches(upper(trim(${column})), '^[A-Z][0-9]{2}')
    THEN substr(upper(trim(${column})), 1, 3) ELSE 'unknown' END`;

/**
 * Per-visit quotas: the fund pays min(part, quota − used so far in this encounter) line by line in line
 * order, i.e. the clipped running sum above with L = the quota, partitioned by encounter and rule. Line
 * order is line_no; two lines of one encounter with the same line_no have no defined order here.
 */
function visitPaidCte(shape: ScenarioShape): string {
  const sides = (['before', 'after'] as const).filter((side) => shape.fixed[side].perVisit);
  if (sides.length === 0) return '';
  const lists = (lines: 'one' | 'many') =>
    sides
      .map(
        (side) =>
          `SELECT encounter_id, ${side === 'before' ? 0 : 1} AS side, ${lines === 'one' ? `${side}_visits[1]` : `unnest(${side}_visits)`} AS v
      FROM accepted WHERE len(${side}_visits) ${lines === 'one' ? '= 1' : '> 1'}`,
      )
      .join('\n    UNION ALL ');
  const part = (k: string) => sumFen(`CASE WHEN k = '${k}' THEN paid ELSE 0 END`);
  const byBucket = (k: string) => `CASE WHEN k = '${k}' THEN paid ELSE 0 END`;
  // Most encounters have one matching line: it is paid min(part, quota), no ordering needed.
  return `visit_lines AS (
  SELECT encounter_id, side, v.n AS n, v.f AS f, v.q AS q, v.p AS p, v.k AS k FROM (${lists('many')})
),
visit_running AS (
  SELECT *, sum(p) OVER (PARTITION BY encounter_id, side, f ORDER BY n
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running
  FROM visit_lines
),
visit_paid AS (
  SELECT encounter_id, side, ${sumFen('paid')} AS paid, ${part('A')} AS paid_a, ${part('B')} AS paid_b,
    ${part('R')} AS paid_r
  FROM (SELECT *, least(q, running) - least(q, running - p) AS paid FROM visit_running)
  GROUP BY encounter_id, side
  UNION ALL
  SELECT encounter_id, side, paid, ${byBucket('A')}, ${byBucket('B')}, ${byBucket('R')}
  FROM (SELECT encounter_id, side, v.k AS k, least(v.q, v.p) AS paid FROM (${lists('one')}))
),
`;
}

/** CREATE TABLE settled: one row per accepted encounter and side (0 before, 1 after). */
export function settleSql(shape: ScenarioShape): string {
  const keys =
    'encounter_id, person_id, hospital_code, hospital_level, scheme, encounter_type, start_date, end_date, principal_dx';
  const sideSelect = (side: 'before' | 'after', n: number) => {
    const cost = `${side}_cost`;
    return `SELECT ${keys}, ${n} AS side, ${cost} AS cost,
    ${cost} - ${side}_self - ${side}_fixed - ${side}_remainder - ${side}_class_b AS class_a,
    ${SIDE_COLUMNS.map((c) => `${side}_${c} AS ${c}`).join(', ')} FROM accepted`;
  };
  const visits = visitPaidCte(shape);
  const adjusted = visits
    ? `s.fixed + coalesce(v.paid, 0) AS fixed, s.remainder - coalesce(v.paid_r, 0) AS remainder,
    s.class_a - coalesce(v.paid_a, 0) AS class_a, s.class_b - coalesce(v.paid_b, 0) AS class_b
  FROM sides s LEFT JOIN visit_paid v ON v.encounter_id = s.encounter_id AND v.side = s.side`
    : 's.fixed, s.remainder, s.class_a, s.class_b FROM sides s';
  const yearDeductible = shape.yearDeductible.before || shape.yearDeductible.after;
  // 起付线 for a 'year' rule: what is left of it this year; clipped running sum over year-rule encounters.
  const yearly = yearDeductible
    ? `least(deductible_fen, running_eligible) - least(deductible_fen, running_eligible - eligible)`
    : `least(eligible, deductible_fen)`;
  const runningEligible = yearDeductible
    ? `(SELECT *, CAST(coalesce(sum(CASE WHEN year_basis THEN eligible ELSE 0 END) OVER running, 0)
        AS BIGINT) AS running_eligible
      FROM eligible WINDOW running AS ${RUNNING})`
    : 'eligible';
  return `CREATE OR REPLACE TEMP TABLE settled AS
WITH accepted AS (SELECT * FROM enc WHERE NOT bad AND inconsistent IS NULL),
${visits}sides AS (
  ${sideSelect('before', 0)}
  UNION ALL
  ${sideSelect('after', 1)}
),
buckets AS (
  SELECT s.${keys.split(', ').join(', s.')}, s.side, s.cost, s.self,
    ${adjusted}
),
-- The benefit rule for the scheme, level and encounter type (core findBenefitRule, resolved in TS), and
-- 乙类先自付 rounded once on the encounter's class-B sum (adjudicate.ts step 3).
ruled AS (
  SELECT b.*, b.scheme <> 'self-pay' AS insured, r.side IS NOT NULL AS has_rule,
    r.deductible_fen, coalesce(r.year_basis, false) AS year_basis, r.ratio, r.cap_fen, r.pool, r.limits,
    year(b.end_date) AS policy_year, ${diseaseSql('b.principal_dx')} AS disease,
    coalesce(${applyRate('b.class_b', 'r.class_b_share')}, 0) AS class_b_self
  FROM buckets b LEFT JOIN scn_rule r ON r.side = b.side AND r.scheme = b.scheme
    AND r.level = b.hospital_level AND r.encounter_type = b.encounter_type
),
eligible AS (
  SELECT *, class_a + class_b - class_b_self AS eligible FROM ruled
),
-- Step 4, 起付线: per encounter, min(eligible, deductible); per year, what is left of it.
deducted AS (
  SELECT *,
    CASE WHEN NOT insured OR NOT has_rule THEN 0
      WHEN year_basis THEN ${yearly}
      ELSE least(eligible, deductible_fen) END AS deductible
  FROM ${runningEligible}
),
-- Step 5: the ratio of what is above the deductible, rounded once.
ratioed AS (
  SELECT *, CASE WHEN insured AND has_rule THEN ${applyRate('eligible - deductible', 'ratio')} ELSE 0 END AS by_ratio
  FROM deducted
),
-- …up to what is left of the annual cap (封顶线): clipped running sum of ratio payments in the pool, and
-- whether the encounters so far all carry one set of limits (the proof's condition: the same limits
-- number, scenario-tables.ts). A pool that breaks it shows it on its last encounter at the latest, and
-- sequential-sql.ts then settles all its encounters one at a time. These windows share one partitioning,
-- order and frame, so the rows are sorted once.
capped AS (
  SELECT *, CAST(sum(by_ratio) OVER running AS BIGINT) AS running_ratio,
    min(limits) OVER running <> max(limits) OVER running AS limits_differ
  FROM ratioed
  WINDOW running AS ${RUNNING}
)
SELECT encounter_id, person_id, hospital_code, hospital_level, scheme, encounter_type, start_date,
  end_date, disease, policy_year, pool, side, insured, has_rule, cost, self, fixed, remainder,
  class_b_self, eligible, deductible_fen, year_basis, ratio, cap_fen, deductible, by_ratio,
  CASE WHEN NOT insured OR NOT has_rule THEN 0
    WHEN cap_fen IS NULL THEN by_ratio
    ELSE least(cap_fen, running_ratio) - least(cap_fen, running_ratio - by_ratio) END AS pay,
  insured AND has_rule AND limits_differ AS sequential
FROM capped`;
}
