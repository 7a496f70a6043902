// Settles every encounter before and after the scenario, one person at a time in settlement order, so a
// person's deductible and cap carry from one encounter to the next. A partition worker can run this alone.

import { sumFen, type Fen } from '../shared/money';
import {
  adjudicate,
  emptyPersonYear,
  type PersonYearState,
  type PricedLine,
  type Settlement,
} from './adjudicate';
import {
  diseaseCategory,
  settlementYear,
  type Encounter,
  type EncounterType,
  type Hospital,
  type HospitalLevel,
  type InsuranceScheme,
} from './bills';
import type { HospitalPriceEffects } from './compensation';
import { repriceEncounter } from './reprice';
import type { Scenario } from './scenario';
import { encounterTotals, type Totals } from './totals';

export interface EncounterResult {
  encounterId: string;
  personId: string;
  hospitalId: string;
  level: HospitalLevel;
  scheme: InsuranceScheme;
  type: EncounterType;
  /** ICD-10 category of the principal diagnosis. */
  disease: string;
  before: Settlement;
  after: Settlement;
  beforeTotals: Totals;
  afterTotals: Totals;
  effects: HospitalPriceEffects;
  outOfPocketChangeFen: Fen;
  fundChangeFen: Fen;
}

/** Order within a person: settlement date, start date, id — so results do not depend on input order. */
export function settlementOrder(a: Encounter, b: Encounter): number {
  if (a.endDate !== b.endDate) return a.endDate < b.endDate ? -1 : 1;
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface PersonStates {
  before: PersonYearState;
  after: PersonYearState;
}

/** Re-prices and settles one encounter, given and returning the person's running year before and after. */
export function settleEncounter(
  encounter: Encounter,
  hospital: Hospital,
  scenario: Scenario,
  person: PersonStates,
): { result: EncounterResult; person: PersonStates } {
  const repriced = repriceEncounter(encounter, hospital, scenario);
  const common = {
    personId: encounter.personId,
    scheme: encounter.scheme,
    level: hospital.level,
    type: encounter.type,
    year: settlementYear(encounter),
  };
  const beforeLines: PricedLine[] = repriced.lines.map((l) => ({
    line: l.before,
    raisedPartFen: 0,
  }));
  const afterLines: PricedLine[] = repriced.lines.map((l) => ({
    line: l.after,
    raisedPartFen: l.raisedPartFen,
  }));
  const { reimbursement } = scenario;
  const before = adjudicate({ ...common, lines: beforeLines }, reimbursement.before, person.before);
  const after = adjudicate({ ...common, lines: afterLines }, reimbursement.after, person.after);

  const effects: HospitalPriceEffects = {
    lostMarkupFen: sumFen(repriced.lines.map((l) => l.lostMarkupFen)),
    abolishedFeeFen: sumFen(repriced.lines.map((l) => l.abolishedFen)),
    priceGainFen: sumFen(repriced.lines.map((l) => l.priceChangeFen)),
  };
  const beforeTotals = encounterTotals(before.settlement, encounter.lines);
  const afterTotals = encounterTotals(
    after.settlement,
    afterLines.map((p) => p.line),
  );
  // The cost changes by exactly what the lines say changed: price gains less lost markup and fees.
  const costChange = afterTotals.costFen - beforeTotals.costFen;
  if (costChange !== effects.priceGainFen - effects.lostMarkupFen - effects.abolishedFeeFen) {
    throw new Error(`encounter ${encounter.id}: cost change ${costChange} ≠ its price effects`);
  }
  const result: EncounterResult = {
    encounterId: encounter.id,
    personId: encounter.personId,
    hospitalId: encounter.hospitalId,
    level: hospital.level,
    scheme: encounter.scheme,
    type: encounter.type,
    disease: diseaseCategory(encounter.principalDiagnosis),
    before: before.settlement,
    after: after.settlement,
    beforeTotals,
    afterTotals,
    effects,
    outOfPocketChangeFen: after.settlement.outOfPocketFen - before.settlement.outOfPocketFen,
    fundChangeFen: after.settlement.fundFen - before.settlement.fundFen,
  };
  return { result, person: { before: before.state, after: after.state } };
}

/** Settles all encounters; results keyed by encounter id. Hospitals must be known (checked beforehand). */
export function settleAll(
  encounters: readonly Encounter[],
  hospitals: ReadonlyMap<string, Hospital>,
  scenario: Scenario,
): Map<string, EncounterResult> {
  const results = new Map<string, EncounterResult>();
  const people = new Map<string, PersonStates>();
  for (const encounter of [...encounters].sort(settlementOrder)) {
    const year = settlementYear(encounter);
    const fresh = emptyPersonYear(encounter.personId, year);
    const person = people.get(encounter.personId) ?? { before: fresh, after: fresh };
    const hospital = hospitals.get(encounter.hospitalId) as Hospital;
    const settled = settleEncounter(encounter, hospital, scenario, person);
    people.set(encounter.personId, settled.person);
    results.set(encounter.id, settled.result);
  }
  return results;
}
