// Runs a scenario over encounters: re-price, settle before and after per person in date order, then
// aggregate by disease, hospital, level and scheme, compensate each hospital and test the conditions.

import { badInput } from '../shared/errors';
import { sumFen, type Fen } from '../shared/money';
import { settlementYear, type Hospital, type Encounter } from './bills';
import {
  compensate,
  type HospitalCompensation,
  type HospitalPriceEffects,
  type SubsidyPayers,
} from './compensation';
import { evaluateConditions, type Conditions } from './conditions';
import {
  distributionOf,
  worstHitDiseases,
  type ChangeDistribution,
  type DiseaseChange,
} from './distribution';
import { groupTotals, type GroupTotals } from './groups';
import { baseYearFromBills, compensationEffects, mergeBaseYear } from './base-year';
import type { BaseYearFigures, Scenario } from './scenario';
import { settleAll, type EncounterResult } from './settle';
import type { Comparison } from './totals';
import { checkEncounter, checkScenario } from './validate';

export interface SimulationInput {
  scenario: Scenario;
  hospitals: readonly Hospital[];
  encounters: readonly Encounter[];
  /** Base-year figures per hospital id, for the base-year compensation bases; they win over the figures
   * computed from the encounters settled in the base year. */
  baseYear?: Readonly<Record<string, BaseYearFigures>>;
}

export interface SimulationResult {
  scenario: { id: string; version: number };
  /** In the order the encounters were given. */
  encounters: EncounterResult[];
  total: Comparison;
  byDisease: GroupTotals[];
  byHospital: GroupTotals[];
  byLevel: GroupTotals[];
  byScheme: GroupTotals[];
  outOfPocketChange: {
    byEncounter: ChangeDistribution;
    byPatient: ChangeDistribution;
    worstHitDiseases: DiseaseChange[];
  };
  hospitals: HospitalCompensation[];
  subsidy: { totalFen: Fen; payers: SubsidyPayers };
  fundChangeFen: Fen;
  conditions: Conditions;
  warnings: string[];
}

/** Sums the encounters' price effects per hospital (every listed hospital, zero when it has no bills). */
export function priceEffectsByHospital(
  hospitals: readonly Hospital[],
  results: readonly EncounterResult[],
): Map<string, HospitalPriceEffects> {
  const effectsByHospital = new Map<string, HospitalPriceEffects>();
  for (const hospital of hospitals) {
    effectsByHospital.set(hospital.id, { lostMarkupFen: 0, abolishedFeeFen: 0, priceGainFen: 0 });
  }
  for (const result of results) {
    const sum = effectsByHospital.get(result.hospitalId) as HospitalPriceEffects;
    sum.lostMarkupFen = sumFen([sum.lostMarkupFen, result.effects.lostMarkupFen]);
    sum.abolishedFeeFen = sumFen([sum.abolishedFeeFen, result.effects.abolishedFeeFen]);
    sum.priceGainFen = sumFen([sum.priceGainFen, result.effects.priceGainFen]);
  }
  return effectsByHospital;
}

/** The compensation rule applied to every hospital, in hospital-id order. */
export function compensateHospitals(
  hospitals: readonly Hospital[],
  effects: ReadonlyMap<string, HospitalPriceEffects>,
  scenario: Scenario,
  baseYear: Readonly<Record<string, BaseYearFigures>> | undefined,
): HospitalCompensation[] {
  const { compensation, compensationBase } = scenario;
  return [...hospitals]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((hospital) =>
      compensate(
        hospital,
        effects.get(hospital.id) ?? { lostMarkupFen: 0, abolishedFeeFen: 0, priceGainFen: 0 },
        compensation,
        compensationBase,
        baseYear?.[hospital.id],
      ),
    );
}

/** The subsidy all hospitals need, and who pays it; the payers add up to the total to the fen. */
export function totalSubsidy(hospitals: readonly HospitalCompensation[]): {
  totalFen: Fen;
  payers: SubsidyPayers;
} {
  const payers: SubsidyPayers = {
    city: sumFen(hospitals.map((h) => h.subsidyPayers.city)),
    district: sumFen(hospitals.map((h) => h.subsidyPayers.district)),
    originalChannel: sumFen(hospitals.map((h) => h.subsidyPayers.originalChannel)),
  };
  const totalFen = sumFen(hospitals.map((h) => h.requiredSubsidyFen));
  if (payers.city + payers.district + payers.originalChannel !== totalFen) {
    throw new Error(
      `subsidy ${totalFen} ≠ city ${payers.city} + district ${payers.district} + original channel`,
    );
  }
  return { totalFen, payers };
}

/** Runs the scenario. Throws a bad-input error listing every problem in the bills or the scenario. */
export function simulate(input: SimulationInput): SimulationResult {
  const hospitals = new Map(input.hospitals.map((h) => [h.id, h]));
  const problems = [
    ...checkScenario(input.scenario),
    ...input.encounters.flatMap((e) => checkEncounter(e, hospitals)),
  ];
  if (problems.length > 0)
    throw badInput(`测算方案或账单有 ${problems.length} 处问题：\n${problems.join('\n')}`);

  if (new Set(input.encounters.map((e) => e.id)).size !== input.encounters.length) {
    throw badInput('encounter id 重复：每次就诊须有唯一编号');
  }

  const settled = settleAll(input.encounters, hospitals, input.scenario);
  const encounters = input.encounters.map((e) => settled.get(e.id) as EncounterResult);

  const byHospital = groupTotals(encounters, (r) => r.hospitalId, 'hospital');
  const total = byHospital.total;
  const byDisease = groupTotals(encounters, (r) => r.disease, 'disease', total);
  const byLevel = groupTotals(encounters, (r) => String(r.level), 'level', total);
  const byScheme = groupTotals(encounters, (r) => r.scheme, 'scheme', total);

  const changesByPatient = new Map<string, Fen>();
  for (const r of encounters) {
    changesByPatient.set(
      r.personId,
      (changesByPatient.get(r.personId) ?? 0) + r.outOfPocketChangeFen,
    );
  }
  const byPatient = distributionOf([...changesByPatient.values()]);
  const base = input.scenario.compensationBase;
  const inBaseYear =
    base.kind === 'simulated'
      ? []
      : encounters.filter(
          (_, index) => settlementYear(input.encounters[index] as Encounter) === base.year,
        );
  const compensations = compensateHospitals(
    input.hospitals,
    compensationEffects(
      priceEffectsByHospital(input.hospitals, encounters),
      priceEffectsByHospital(input.hospitals, inBaseYear),
      new Set(inBaseYear.map((result) => result.hospitalId)),
    ),
    input.scenario,
    mergeBaseYear(input.baseYear, baseYearFromBills(input.encounters, input.scenario)),
  );

  return {
    scenario: { id: input.scenario.id, version: input.scenario.version },
    encounters,
    total,
    byDisease: byDisease.groups,
    byHospital: byHospital.groups,
    byLevel: byLevel.groups,
    byScheme: byScheme.groups,
    outOfPocketChange: {
      byEncounter: distributionOf(encounters.map((r) => r.outOfPocketChangeFen)),
      byPatient,
      worstHitDiseases: worstHitDiseases(
        encounters.map((r) => ({ disease: r.disease, changeFen: r.outOfPocketChangeFen })),
      ),
    },
    hospitals: compensations,
    subsidy: totalSubsidy(compensations),
    fundChangeFen: total.after.fundFen - total.before.fundFen,
    conditions: evaluateConditions(
      total,
      compensations,
      byPatient,
      input.scenario.conditions.fundMaxIncrease,
    ),
    warnings: compensations.flatMap((c) => (c.warning ? [`${c.hospitalId}: ${c.warning}`] : [])),
  };
}
