// The second scan: hospital revenue by charge category before and after, and each hospital's price effects
// (core/simulate/totals.ts revenueByCategoryFen, reprice.ts lost markup / abolished fees / price changes),
// summed per hospital, scheme, diagnosis and category — a few thousand groups, so the encounter pass
// carries no per-category sums. Only lines of accepted encounters count.
import type { BillSource } from './bill-source';
import { CHARGE_CATEGORIES } from '../../core/simulate/categories';
import type { Scenario } from '../../core/simulate/scenario';
import { DRUG_LIST } from './line-problems';
import { repricedLinesCtes } from './repriced-lines-sql';
import type { ScenarioShape } from './scenario-tables';
import { sumFen } from './sql-money';

/** Column-name form of a charge category: 'western-drug' → 'western_drug'. */
export const categoryColumn = (category: string) => category.replaceAll('-', '_');

/**
 * CREATE TABLE revenue. `someRejected`: the encounter pass rejected something, so lines are kept only when
 * their encounter was accepted (a semi-join on the accepted ids); otherwise every line is one of them.
 */
export function revenueSql(
  source: BillSource,
  shape: ScenarioShape,
  scenario: Scenario,
  someRejected: boolean,
): string {
  const accepted = someRejected
    ? `WHERE encounter_id IN (SELECT encounter_id FROM enc WHERE NOT bad AND inconsistent IS NULL)`
    : '';
  return `CREATE OR REPLACE TEMP TABLE revenue AS
WITH ${repricedLinesCtes(source, shape, scenario)}
SELECT hospital_code, hospital_level, scheme, principal_dx, category,
  ${sumFen('amount_fen')} AS before_amount, ${sumFen('amount_after')} AS after_amount,
  ${sumFen('lost_markup')} AS lost_markup, ${sumFen('abolished_fee')} AS abolished_fee,
  ${sumFen('price_change')} AS price_gain, min(hospital_name) AS hospital_name${baseYearColumns(scenario)}
FROM effects ${accepted}
GROUP BY hospital_code, hospital_level, scheme, principal_dx, category`;
}

/**
 * For a base-year compensation base (Banan 以2016年…为基数, Harbin 2016年度药品费): per group, the lines
 * settled in that year, their drug amounts and the markup those carried (base-year.ts baseYearFromBills).
 */
function baseYearColumns(scenario: Scenario): string {
  const base = scenario.compensationBase;
  if (base.kind === 'simulated') return '';
  if (!Number.isSafeInteger(base.year)) throw new Error(`not a year: ${base.year}`);
  const inYear = `year(end_date) = ${base.year}`;
  return `,
  count_if(${inYear}) AS base_lines,
  ${sumFen(`CASE WHEN ${inYear} AND category IN ${DRUG_LIST} THEN amount_fen ELSE 0 END`)} AS base_drug,
  ${sumFen(`CASE WHEN ${inYear} THEN markup_in_price ELSE 0 END`)} AS base_markup,
  ${sumFen(`CASE WHEN ${inYear} THEN lost_markup ELSE 0 END`)} AS base_lost_markup,
  ${sumFen(`CASE WHEN ${inYear} THEN abolished_fee ELSE 0 END`)} AS base_abolished_fee,
  ${sumFen(`CASE WHEN ${inYear} THEN price_change ELSE 0 END`)} AS base_price_gain`;
}

/** One revenue column per category: the pivot, done on the small revenue table. */
export const pivotRevenue = (amount: string) =>
  CHARGE_CATEGORIES.map(
    (c) =>
      `${sumFen(`CASE WHEN category = '${c}' THEN ${amount} ELSE 0 END`)} AS rev_${categoryColumn(c)}`,
  ).join(',\n  ');
