// Per hospital: the revenue lost with the markup, what the new prices bring back, the compensation rate,
// and the subsidy the compensation rule requires and who pays it.

import {
  allocate,
  applyRate,
  FULL_RATE,
  type BasisPoints,
  type Fen,
  type Ratio,
} from '../shared/money';
import type { Hospital } from './bills';
import type { BaseYearFigures, CompensationBase, CompensationRule } from './scenario';

/** What the bills of one hospital show under the scenario (sums of the re-priced lines). */
export interface HospitalPriceEffects {
  lostMarkupFen: Fen;
  /** Fees abolished with the markup (药事服务费). */
  abolishedFeeFen: Fen;
  /** Net revenue change of re-priced services (raised minus lowered prices). */
  priceGainFen: Fen;
}

export interface SubsidyPayers {
  city: Fen;
  district: Fen;
  /** Hospitals outside the fiscal sponsors: “由原渠道予以保障”. */
  originalChannel: Fen;
}

export interface HospitalCompensation extends HospitalPriceEffects {
  hospitalId: string;
  /** The amount to be compensated, per the scenario's compensation base. */
  baseFen: Fen;
  /** Where the base came from; 'simulated' also when base-year figures were missing. */
  baseSource: CompensationBase['kind'];
  /** price gain ÷ base; null when the base is not positive. */
  compensationRate: Ratio | null;
  /** The share of the base that prices and government together must cover (split) or the floor. */
  targetRate: BasisPoints;
  targetFen: Fen;
  requiredSubsidyFen: Fen;
  subsidyPayers: SubsidyPayers;
  /** (price gain + subsidy) ÷ base. */
  totalCompensationRate: Ratio | null;
  /** What is left to the hospital: base − price gain − subsidy (negative: more than compensated). */
  hospitalBearsFen: Fen;
  reachesTarget: boolean;
  /** The split rule's three parts of the base (prices / government / hospital), summing to the base. */
  split: { priceFen: Fen; governmentFen: Fen; hospitalFen: Fen } | null;
  warning: string | null;
}

/** The base to compensate: simulated lost revenue, or the base-year figure the rule names. */
export function compensationBase(
  base: CompensationBase,
  effects: HospitalPriceEffects,
  figures: BaseYearFigures | undefined,
): { baseFen: Fen; source: CompensationBase['kind']; warning: string | null } {
  const simulated = effects.lostMarkupFen + effects.abolishedFeeFen;
  if (base.kind === 'base-year-markup') {
    if (figures?.markupRevenueFen !== undefined)
      return { baseFen: figures.markupRevenueFen, source: base.kind, warning: null };
    return {
      baseFen: simulated,
      source: 'simulated',
      warning: `缺少${base.year}年药品加成收入，按模拟的减少收入计算`,
    };
  }
  if (base.kind === 'base-year-drug-spending') {
    // Harbin 二（一）1: “补偿额按2016年度药品费的15%测算”.
    if (figures?.drugSpendingFen !== undefined) {
      return {
        baseFen: applyRate(figures.drugSpendingFen, base.share),
        source: base.kind,
        warning: null,
      };
    }
    return {
      baseFen: simulated,
      source: 'simulated',
      warning: `缺少${base.year}年药品费，按模拟的减少收入计算`,
    };
  }
  return { baseFen: simulated, source: 'simulated', warning: null };
}

function payers(subsidyFen: Fen, hospital: Hospital, rule: CompensationRule): SubsidyPayers {
  if (!rule.fiscalSponsors.includes(hospital.sponsor))
    return { city: 0, district: 0, originalChannel: subsidyFen };
  // Banan 三（四）1: “按照经费保障关系，由市、区两级财政分别给予补助”.
  const shares = hospital.fundingShares ?? rule.fundingShares;
  const { city, district } = allocate(subsidyFen, { city: shares.city, district: shares.district });
  return { city, district, originalChannel: 0 };
}

const ratio = (numerator: Fen, denominator: Fen): Ratio | null =>
  denominator > 0 ? { numerator, denominator } : null;

/** Applies the compensation rule to one hospital. */
export function compensate(
  hospital: Hospital,
  effects: HospitalPriceEffects,
  rule: CompensationRule,
  base: CompensationBase,
  figures: BaseYearFigures | undefined,
): HospitalCompensation {
  const { baseFen, source, warning } = compensationBase(base, effects, figures);
  const positiveBase = Math.max(0, baseFen);
  let targetRate: BasisPoints;
  let targetFen: Fen;
  let requiredSubsidyFen: Fen;
  let split: HospitalCompensation['split'] = null;

  if (rule.kind === 'split') {
    // Harbin 二（一）1: prices 80%, government 15%, hospital 5%; Ziyang 二（二）1: 70% / 20% / 10%.
    const parts = allocate(positiveBase, {
      price: rule.priceShare,
      government: rule.governmentShare,
      hospital: rule.hospitalShare,
    });
    split = { priceFen: parts.price, governmentFen: parts.government, hospitalFen: parts.hospital };
    targetRate = rule.priceShare + rule.governmentShare;
    targetFen = parts.price + parts.government;
    const shortfall = Math.max(0, parts.price - effects.priceGainFen);
    requiredSubsidyFen = parts.government + (rule.topUpPriceShortfall ? shortfall : 0);
  } else {
    // Banan 三（四）1: “价格调整后补偿率不足90%的……确保补偿率达到90%”.
    targetRate = rule.floorRate;
    targetFen = applyRate(positiveBase, rule.floorRate);
    requiredSubsidyFen = Math.max(0, targetFen - effects.priceGainFen);
  }

  const compensatedFen = effects.priceGainFen + requiredSubsidyFen;
  return {
    hospitalId: hospital.id,
    ...effects,
    baseFen,
    baseSource: source,
    compensationRate: ratio(effects.priceGainFen, baseFen),
    targetRate,
    targetFen,
    requiredSubsidyFen,
    subsidyPayers: payers(requiredSubsidyFen, hospital, rule),
    totalCompensationRate: ratio(compensatedFen, baseFen),
    hospitalBearsFen: baseFen - compensatedFen,
    reachesTarget: compensatedFen >= targetFen,
    split,
    warning,
  };
}

/** Shares must each be in 0..100% and a split must add to 100%: checked before a run, named for the user. */
export function checkCompensationRule(rule: CompensationRule): string[] {
  const problems: string[] = [];
  const inRange = (value: BasisPoints) =>
    Number.isSafeInteger(value) && value >= 0 && value <= FULL_RATE;
  const shares = rule.fundingShares.city + rule.fundingShares.district;
  if (
    !inRange(rule.fundingShares.city) ||
    !inRange(rule.fundingShares.district) ||
    shares !== FULL_RATE
  ) {
    problems.push('compensation.fundingShares: 市、区分担比例之和须为100%');
  }
  if (rule.kind === 'split') {
    const all = [rule.priceShare, rule.governmentShare, rule.hospitalShare];
    if (!all.every(inRange) || all.reduce((a, b) => a + b, 0) !== FULL_RATE) {
      problems.push('compensation: 价格、财政、医院三方分担比例之和须为100%');
    }
  } else if (!inRange(rule.floorRate)) {
    problems.push('compensation.floorRate: 补偿率须在0到100%之间');
  }
  return problems;
}
