// The bill lines re-priced under the scenario (core/simulate/reprice.ts), as a chain of CTEs ending in
// `effects`: each line before and after, and what it does to its hospital's revenue. Both line scans use it.
import type { BulkLines } from './bill-lines';
import { DRUG_LIST } from './line-problems';
import type { Scenario } from '../../core/simulate/scenario';
import type { ScenarioShape } from './scenario-tables';
import { removeRate, timesQuantity } from './sql-money';

/** The markup rule's lists as bound parameters: `$exempt_0, $exempt_1 …`, one per value. */
export function markupListParameters(scenario: Scenario): Record<string, string> {
  const params: Record<string, string> = {};
  const lists = {
    exempt: scenario.markup.exemptCategories,
    no_markup: scenario.markup.hospitalsWithoutMarkup,
    abolished: scenario.markup.abolishedTags,
  };
  for (const [name, values] of Object.entries(lists))
    values.forEach((v, i) => (params[`${name}_${i}`] = v));
  return params;
}

/** Every parameter the line scans bind: the file, the pricing date, the markup rule. */
export function lineScanParameters(
  lines: BulkLines,
  scenario: Scenario,
): Record<string, string | bigint | null> {
  return {
    ...markupListParameters(scenario),
    bills: lines.source.file,
    pricing_date: scenario.pricingDate,
    markup_from: scenario.markup.effectiveFrom,
    markup_rate: BigInt(scenario.markup.rate),
  };
}

/** `column IN ($name_0, …)`; an empty list is never matched. */
function inList(column: string, name: string, count: number): string {
  if (count === 0) return 'false';
  return `${column} IN (${Array.from({ length: count }, (_, i) => `$${name}_${i}`).join(', ')})`;
}

/** `src … effects` CTEs (without WITH), parameters $bills, $pricing_date, $markup_from, $markup_rate. */
export function repricedLinesCtes(
  lines: BulkLines,
  shape: ScenarioShape,
  scenario: Scenario,
): string {
  const { markup } = scenario;
  const exempt = inList('category', 'exempt', markup.exemptCategories.length);
  const atHospitalWithoutMarkup = inList(
    'hospital_code',
    'no_markup',
    markup.hospitalsWithoutMarkup.length,
  );
  const abolishedTag = inList('tag', 'abolished', markup.abolishedTags.length);
  const schedule = shape.hasSchedule
    ? `LEFT JOIN scn_price p ON p.item_code = c.item_code AND p.level = c.hospital_level
        AND c.pricing_day BETWEEN p.valid_from AND p.valid_to`
    : '';
  const amountWithoutMarkup = timesQuantity(
    removeRate('unit_price_fen', 'CAST($markup_rate AS BIGINT)'),
    'qty_milli',
  );
  // A rejected line's numbers may be anything a file holds (a 16-digit price): they are not priced at all.
  return `src AS (SELECT * REPLACE (
    CASE WHEN line_problem THEN 0 ELSE unit_price_fen END AS unit_price_fen,
    CASE WHEN line_problem THEN 0 ELSE qty_milli END AS qty_milli,
    CASE WHEN line_problem THEN 0 ELSE amount_fen END AS amount_fen) FROM (${lines.sql})),
-- The day a line is priced on: the scenario's pricing date, else the line's service date, else the
-- encounter's start (reprice.ts: scenario.pricingDate ?? line.serviceDate ?? encounter.startDate).
checked AS (
  SELECT *, coalesce(CAST($pricing_date AS DATE), service_date, start_date) AS pricing_day
  FROM src
),
-- The schedule price in force that day for the item at the hospital's level (price-intervals.ts).
scheduled AS (
  SELECT c.*, ${shape.hasSchedule ? 'p.price_fen AS schedule_price, p.insurance_class AS schedule_class' : 'CAST(NULL AS BIGINT) AS schedule_price, CAST(NULL AS VARCHAR) AS schedule_class'}
  FROM checked c ${schedule}
),
-- 取消药品加成（中药饮片除外）: a drug line at a hospital that still charged the markup, priced on or after
-- the reform date, loses it. 取消药事服务费: lines with an abolished tag from that date.
-- Otherwise a service listed in the schedule takes the schedule's price (and class, if it sets one).
classified AS (
  SELECT *,
    coalesce(category IN ${DRUG_LIST} AND NOT ${exempt} AND NOT ${atHospitalWithoutMarkup}, false) AS carries_markup,
    coalesce(category IN ${DRUG_LIST} AND pricing_day >= CAST($markup_from AS DATE)
      AND NOT ${exempt} AND NOT ${atHospitalWithoutMarkup}, false) AS markup_removed,
    coalesce(category NOT IN ${DRUG_LIST} AND pricing_day >= CAST($markup_from AS DATE)
      AND ${abolishedTag}, false) AS abolished,
    coalesce(category NOT IN ${DRUG_LIST} AND schedule_price IS NOT NULL, false) AS schedule_priced
  FROM scheduled
),
-- The line after the reform. Drug price without markup = price ÷ (1 + rate), rounded to the fen, then
-- × quantity rounded to the fen (money.ts removeRate, multiplyByQuantity); an abolished fee costs 0.
-- The rate is cast because a bound integer arrives as HUGEINT, which would make all of this 128-bit.
repriced AS (
  SELECT *,
    CASE WHEN markup_removed THEN ${amountWithoutMarkup}
      WHEN abolished THEN 0
      WHEN schedule_priced THEN ${timesQuantity('schedule_price', 'qty_milli')}
      ELSE amount_fen END AS amount_after,
    CASE WHEN schedule_priced AND NOT abolished THEN coalesce(schedule_class, insurance_class)
      ELSE insurance_class END AS class_after
  FROM classified
),
-- What each line does to the hospital's revenue (reprice.ts lostMarkupFen, abolishedFen, priceChangeFen)
-- and its price increase, which a 'raised-part' quota pays (Banan: 床位费调价提高部分). The three effects
-- add up to the change: amount_after = amount_fen − lost_markup − abolished_fee + price_change.
effects AS (
  SELECT *,
    CASE WHEN markup_removed THEN amount_fen - amount_after ELSE 0 END AS lost_markup,
    CASE WHEN abolished THEN amount_fen ELSE 0 END AS abolished_fee,
    CASE WHEN schedule_priced AND NOT abolished THEN amount_after - amount_fen ELSE 0 END AS price_change,
    CASE WHEN schedule_priced AND NOT abolished THEN greatest(0, amount_after - amount_fen) ELSE 0 END AS raised_after,
    -- The markup a drug line carries whatever its date (what it lost, if it lost it): a base year's markup
    -- revenue (base-year.ts).
    CASE WHEN markup_removed THEN amount_fen - amount_after
      WHEN carries_markup THEN amount_fen - ${amountWithoutMarkup}
      ELSE 0 END AS markup_in_price
  FROM repriced
)`;
}
