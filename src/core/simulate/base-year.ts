// Base-year figures a compensation base needs (Banan: 2016 markup revenue; Harbin: 15% of 2016 drug
// spending), computed from the bills themselves when they cover that year; figures reported in win.

import { multiplyByQuantity, removeRate, sumFen } from '../shared/money';
import type { HospitalPriceEffects } from './compensation';
import { settlementYear, type Encounter } from './bills';
import { DRUG_CATEGORIES } from './categories';
import type { BaseYearFigures, Scenario } from './scenario';

/**
 * Per hospital with bills settled in the base year: markup revenue = what the markup rule removes from
 * that year's drug lines (price ÷ (1 + rate) per unit, as reprice.ts, exempt categories and hospitals that
 * charged none excepted); drug spending = that year's drug line amounts. Empty for a 'simulated' base.
 */
export function baseYearFromBills(
  encounters: readonly Encounter[],
  scenario: Scenario,
): Record<string, BaseYearFigures> {
  const base = scenario.compensationBase;
  if (base.kind === 'simulated') return {};
  const { markup } = scenario;
  const figures: Record<string, { markupRevenueFen: number; drugSpendingFen: number }> = {};
  for (const encounter of encounters) {
    if (settlementYear(encounter) !== base.year) continue;
    const sums = (figures[encounter.hospitalId] ??= { markupRevenueFen: 0, drugSpendingFen: 0 });
    for (const line of encounter.lines) {
      if (!DRUG_CATEGORIES.includes(line.category)) continue;
      sums.drugSpendingFen = sumFen([sums.drugSpendingFen, line.amountFen]);
      const carriesMarkup =
        !markup.exemptCategories.includes(line.category) &&
        !markup.hospitalsWithoutMarkup.includes(encounter.hospitalId);
      if (!carriesMarkup) continue;
      const withoutMarkup = multiplyByQuantity(
        removeRate(line.unitPriceFen, markup.rate),
        line.quantity,
      );
      sums.markupRevenueFen = sumFen([sums.markupRevenueFen, line.amountFen - withoutMarkup]);
    }
  }
  return figures;
}

/** Figures given by the caller win field by field over those computed from the bills. */
export function mergeBaseYear(
  given: Readonly<Record<string, BaseYearFigures>> | undefined,
  computed: Readonly<Record<string, BaseYearFigures>>,
): Record<string, BaseYearFigures> {
  const merged: Record<string, BaseYearFigures> = {};
  for (const id of new Set([...Object.keys(computed), ...Object.keys(given ?? {})])) {
    const markupRevenueFen = given?.[id]?.markupRevenueFen ?? computed[id]?.markupRevenueFen;
    const drugSpendingFen = given?.[id]?.drugSpendingFen ?? computed[id]?.drugSpendingFen;
    merged[id] = {
      ...(markupRevenueFen !== undefined ? { markupRevenueFen } : {}),
      ...(drugSpendingFen !== undefined ? { drugSpendingFen } : {}),
    };
  }
  return merged;
}

/**
 * The price effects a hospital's compensation is judged on. With a base-year base the base is one year's
 * figure, so the effects compared with it are those of the bills settled in that year, when the hospital's
 * bills cover it (both sides then describe the same year's volume); otherwise those of all its bills.
 */
export function compensationEffects(
  all: ReadonlyMap<string, HospitalPriceEffects>,
  inBaseYear: ReadonlyMap<string, HospitalPriceEffects>,
  hospitalsCoveringBaseYear: ReadonlySet<string>,
): Map<string, HospitalPriceEffects> {
  const chosen = new Map<string, HospitalPriceEffects>();
  for (const [id, effects] of all) {
    const baseYearEffects = inBaseYear.get(id);
    chosen.set(
      id,
      hospitalsCoveringBaseYear.has(id) && baseYearEffects ? baseYearEffects : effects,
    );
  }
  return chosen;
}
