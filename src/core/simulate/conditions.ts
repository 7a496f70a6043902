// The three conditions the plans set for the reform — “保证公立医院良性运行、医保基金可承受、群众整体负担
// 不增加” (Banan 一（三）; Harbin 二（一）2) — each as holds / does not hold, with the figures behind it.

import { applyRate, type BasisPoints, type Fen } from '../shared/money';
import type { HospitalCompensation } from './compensation';
import type { ChangeDistribution } from './distribution';
import type { Comparison } from './totals';

export interface HospitalsCondition {
  holds: boolean;
  hospitals: number;
  /** Hospitals whose price gain and subsidy reach the rule's target. */
  reachingTarget: number;
  /** Hospitals whose price gain alone reaches the target, without subsidy. */
  reachingByPricesAlone: number;
  shortfalls: { hospitalId: string; targetFen: Fen; compensatedFen: Fen; shortfallFen: Fen }[];
}

export interface FundCondition {
  holds: boolean;
  beforeFen: Fen;
  afterFen: Fen;
  changeFen: Fen;
  /** The rise the fund can bear, from the scenario's threshold. */
  maxIncrease: BasisPoints;
  limitFen: Fen;
}

export interface BurdenCondition {
  holds: boolean;
  beforeFen: Fen;
  afterFen: Fen;
  changeFen: Fen;
  patients: number;
  patientsPayingMore: number;
}

export interface Conditions {
  hospitalsRunSoundly: HospitalsCondition;
  fundCanBear: FundCondition;
  burdenDoesNotRise: BurdenCondition;
}

/** 公立医院良性运行: every hospital's compensation reaches the plan's rate. */
export function hospitalsCondition(
  compensations: readonly HospitalCompensation[],
): HospitalsCondition {
  const shortfalls = compensations
    .filter((c) => !c.reachesTarget)
    .map((c) => {
      const compensatedFen = c.priceGainFen + c.requiredSubsidyFen;
      return {
        hospitalId: c.hospitalId,
        targetFen: c.targetFen,
        compensatedFen,
        shortfallFen: c.targetFen - compensatedFen,
      };
    });
  return {
    holds: shortfalls.length === 0,
    hospitals: compensations.length,
    reachingTarget: compensations.length - shortfalls.length,
    reachingByPricesAlone: compensations.filter((c) => c.priceGainFen >= c.targetFen).length,
    shortfalls,
  };
}

/** 医保基金可承受: the fund's payments rise by no more than the threshold share of what it paid before. */
export function fundCondition(totals: Comparison, maxIncrease: BasisPoints): FundCondition {
  const beforeFen = totals.before.fundFen;
  const afterFen = totals.after.fundFen;
  const limitFen = applyRate(beforeFen, maxIncrease);
  return {
    holds: afterFen - beforeFen <= limitFen,
    beforeFen,
    afterFen,
    changeFen: afterFen - beforeFen,
    maxIncrease,
    limitFen,
  };
}

/** 群众整体负担不增加: patients' total out-of-pocket does not rise (individuals may pay more; shown alongside). */
export function burdenCondition(
  totals: Comparison,
  byPatient: ChangeDistribution,
): BurdenCondition {
  const beforeFen = totals.before.outOfPocketFen;
  const afterFen = totals.after.outOfPocketFen;
  return {
    holds: afterFen <= beforeFen,
    beforeFen,
    afterFen,
    changeFen: afterFen - beforeFen,
    patients: byPatient.count,
    patientsPayingMore: byPatient.payingMore,
  };
}

export function evaluateConditions(
  totals: Comparison,
  compensations: readonly HospitalCompensation[],
  byPatient: ChangeDistribution,
  fundMaxIncrease: BasisPoints,
): Conditions {
  return {
    hospitalsRunSoundly: hospitalsCondition(compensations),
    fundCanBear: fundCondition(totals, fundMaxIncrease),
    burdenDoesNotRise: burdenCondition(totals, byPatient),
  };
}
