// The second scan: hospital revenue by charge category before and after, and each hospital's price effects
// (core/simulate/totals.ts revenueByCategoryFen, reprice.ts lost markup / abolished fees / price changes),
// summed per hospital, scheme, diagnosis and category — a few thousand groups, so the encounter pass
// carries no per-category sums. Only lines of accepted encounters count.
import type { BulkLines } from './bill-lines';
import { CHARGE_CATEGORIES } from '../../core/simulate/categories';
import type { Scenario } from '../../core/simulate/scenario';
import { repricedLinesCtes } from './repriced-lines-sql';
import type { ScenarioShape } from './scenario-tables';
import { sumFen } from './sql-money';

/** Column-name form of a charge category: 'western-drug' → 'western_drug'. */
export const categoryColumn = (category: string) => category.replaceAll('-', '_');

/**
 * CREATE TABLE revenue. `someRejected`: the encounter pass rejected something, so lines are kept only when
 * their encounter was accepted (a semi-join on the accepted ids); otherwise every line is one of them.
 * The revenue after the reform is not summed: it is before_amount − lost_markup − abolished_fee + price_gain
 * (repriced-lines-sql.ts), which REVENUE_AFTER_SQL writes out.
 */
export function revenueSql(
  lines: BulkLines,
  shape: ScenarioShape,
  scenario: Scenario,
  someRejected: boolean,
): string {
  const accepted = someRejected
    ? `WHERE encounter_id IN (SELECT encounter_id FROM enc WHERE NOT bad AND inconsistent IS NULL)`
    : '';
  const baseYear = baseYearColumns(scenario);
  return `CREATE OR REPLACE TEMP TABLE revenue AS
WITH ${repricedLinesCtes(lines, shape, scenario)}
SELECT hospital_code, hospital_level, scheme, principal_dx, category${baseYear.key},
  ${sumFen('amount_fen')} AS before_amount, ${sumFen('lost_markup')} AS lost_markup,
  ${sumFen('abolished_fee')} AS abolished_fee, ${sumFen('price_change')} AS price_gain,
  min(hospital_name) AS hospital_name${baseYear.sums}
FROM effects ${accepted}
GROUP BY ALL`;
}

/** A revenue row's amount after the reform (see revenueSql). */
export const REVENUE_AFTER_SQL = 'before_amount - lost_markup - abolished_fee + price_gain';

/**
 * For a base-year compensation base (Banan 以2016年…为基数, Harbin 2016年度药品费): whether the rows' lines
 * were settled in that year, as one more grouping key, so that year's drug amounts and price effects are the
 * rows' own sums (base-year.ts baseYearFromBills); plus the markup the drug lines carried.
 */
function baseYearColumns(scenario: Scenario): { key: string; sums: string } {
  const base = scenario.compensationBase;
  if (base.kind === 'simulated') return { key: '', sums: '' };
  if (!Number.isSafeInteger(base.year)) throw new Error(`not a year: ${base.year}`);
  return {
    key: `, coalesce(year(end_date) = ${base.year}, false) AS in_base_year`,
    sums: `, ${sumFen('markup_in_price')} AS markup`,
  };
}

/** One revenue column per category: the pivot, done on the small revenue table. */
export const pivotRevenue = (amount: string) =>
  CHARGE_CATEGORIES.map(
    (c) =>
      `${sumFen(`CASE WHEN category = '${c}' THEN ${amount} ELSE 0 END`)} AS rev_${categoryColumn(c)}`,
  ).join(',\n  ');
