// Re-prices bill lines under a scenario: drug markup removed (中药饮片 exempt), abolished fees dropped,
// service prices taken from the new schedule by item code, hospital level and date.

import { multiplyByQuantity, removeRate, type Fen } from '../shared/money';
import { isDrug } from './categories';
import type { BillLine, Encounter, Hospital, HospitalLevel } from './bills';
import type { PriceScheduleEntry, Scenario } from './scenario';

export type PriceChange = 'markup-removed' | 'abolished' | 'repriced' | 'unchanged';

/** A bill line before and after the scenario, with where its difference comes from. */
export interface RepricedLine {
  before: BillLine;
  after: BillLine;
  change: PriceChange;
  /** Markup the hospital no longer earns on this line (before − after for a drug line, else 0). */
  lostMarkupFen: Fen;
  /** Revenue of an abolished fee (药事服务费), else 0. */
  abolishedFen: Fen;
  /** after − before for a line re-priced from the schedule (negative when the price went down), else 0. */
  priceChangeFen: Fen;
  /** The price increase of a re-priced line, never negative: what a 'raised-part' quota applies to. */
  raisedPartFen: Fen;
}

/**
 * The schedule price of an item at a level on a date: entries in force that day, a level-specific entry
 * before an 'all' entry, the latest `effectiveFrom` first. Undefined when the schedule does not list it.
 */
export function schedulePrice(
  entries: readonly PriceScheduleEntry[],
  itemCode: string,
  level: HospitalLevel,
  date: string,
): PriceScheduleEntry | undefined {
  let best: PriceScheduleEntry | undefined;
  for (const entry of entries) {
    if (entry.itemCode !== itemCode) continue;
    if (entry.level !== 'all' && entry.level !== level) continue;
    if (entry.effectiveFrom > date || (entry.effectiveTo !== undefined && entry.effectiveTo < date))
      continue;
    if (!best || outranks(entry, best)) best = entry;
  }
  return best;
}

function outranks(candidate: PriceScheduleEntry, current: PriceScheduleEntry): boolean {
  const candidateSpecific = candidate.level !== 'all';
  const currentSpecific = current.level !== 'all';
  if (candidateSpecific !== currentSpecific) return candidateSpecific;
  return candidate.effectiveFrom > current.effectiveFrom;
}

function unchanged(line: BillLine): RepricedLine {
  return {
    before: line,
    after: line,
    change: 'unchanged',
    lostMarkupFen: 0,
    abolishedFen: 0,
    priceChangeFen: 0,
    raisedPartFen: 0,
  };
}

function withPrice(line: BillLine, unitPriceFen: Fen): BillLine {
  return { ...line, unitPriceFen, amountFen: multiplyByQuantity(unitPriceFen, line.quantity) };
}

/** Re-prices one line of an encounter at a hospital. */
export function repriceLine(
  line: BillLine,
  encounter: Encounter,
  hospital: Hospital,
  scenario: Scenario,
): RepricedLine {
  const date = scenario.pricingDate ?? line.serviceDate ?? encounter.startDate;
  const { markup } = scenario;
  const reformInForce = date >= markup.effectiveFrom;

  if (isDrug(line.category)) {
    // “取消药品加成（不含中药饮片），实行药品零差率销售” (Banan 三（一）): the drug now sells at its
    // purchase price, which the old price carried plus the markup: purchase = price ÷ (1 + markup).
    const carriesMarkup =
      reformInForce &&
      !markup.exemptCategories.includes(line.category) &&
      !markup.hospitalsWithoutMarkup.includes(hospital.id);
    if (!carriesMarkup) return unchanged(line);
    const after = withPrice(line, removeRate(line.unitPriceFen, markup.rate));
    return {
      ...unchanged(line),
      after,
      change: 'markup-removed',
      lostMarkupFen: line.amountFen - after.amountFen,
    };
  }

  if (reformInForce && line.tag !== undefined && markup.abolishedTags.includes(line.tag)) {
    // “取消药事服务费” (Banan 三（一）): the fee is no longer charged.
    const after = withPrice(line, 0);
    return { ...unchanged(line), after, change: 'abolished', abolishedFen: line.amountFen };
  }

  const entry = schedulePrice(scenario.priceSchedule, line.itemCode, hospital.level, date);
  if (!entry) return unchanged(line);
  const priced = withPrice(line, entry.priceFen);
  const after = entry.insuranceClass ? { ...priced, insuranceClass: entry.insuranceClass } : priced;
  const priceChangeFen = after.amountFen - line.amountFen;
  return {
    ...unchanged(line),
    after,
    change: 'repriced',
    priceChangeFen,
    raisedPartFen: Math.max(0, priceChangeFen),
  };
}

export interface RepricedEncounter {
  encounter: Encounter;
  lines: RepricedLine[];
}

export function repriceEncounter(
  encounter: Encounter,
  hospital: Hospital,
  scenario: Scenario,
): RepricedEncounter {
  return {
    encounter,
    lines: encounter.lines.map((line) => repriceLine(line, encounter, hospital, scenario)),
  };
}
