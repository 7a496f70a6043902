// A reform scenario as data (JSON, versioned): markup rule, price schedule, reimbursement policies,
// compensation rule and its base. Code in this folder interprets it; nothing here computes.

import type { BasisPoints, Fen } from '../shared/money';
import type { ChargeCategory, ItemTag } from './categories';
import type {
  EncounterType,
  FundingShares,
  HospitalLevel,
  InsuranceClass,
  InsuranceScheme,
  Sponsor,
} from './bills';

export const SCENARIO_SCHEMA_VERSION = 1;

/** 取消药品加成: from `effectiveFrom`, drugs sell at purchase price = price ÷ (1 + rate). */
export interface MarkupRule {
  effectiveFrom: string;
  /** The markup that was charged on purchase price (顺加), e.g. 1500 = 15%. */
  rate: BasisPoints;
  /** Drug categories that keep their markup, e.g. 中药饮片 (“中药饮片除外”). */
  exemptCategories: ChargeCategory[];
  /** Hospitals whose bills already carry no markup (Banan: 4 hospitals dropped it before 2017-09-01). */
  hospitalsWithoutMarkup: string[];
  /** Fees abolished on the same date, e.g. 药事服务费 (Banan 三（一）“取消药事服务费”). */
  abolishedTags: ItemTag[];
}

/** One price of the new schedule: an item at a hospital level, from a date. */
export interface PriceScheduleEntry {
  itemCode: string;
  level: HospitalLevel | 'all';
  priceFen: Fen;
  /** YYYY-MM-DD, inclusive. */
  effectiveFrom: string;
  /** YYYY-MM-DD, inclusive; absent while in force. */
  effectiveTo?: string;
  /** Insurance class from this date (Banan 三（三）3: adjusted items become 甲类). Absent: unchanged. */
  insuranceClass?: InsuranceClass;
  /** Present when the price is assumed rather than the price authority's: why, and what to do about it. */
  assumption?: string;
}

/**
 * 定额报销: the fund pays a fixed amount for matching lines instead of a ratio.
 * `per: 'visit'` pays the quota once per encounter; `per: 'day'` pays it per unit of quantity of a
 * day-priced item (床位费 per bed-day, 住院诊察费 per day). `part: 'raised-part'` limits the quota to
 * the price increase of the line (Banan 三（三）2: “床位费调价提高部分由医保每床日定额报销”).
 */
export interface FixedAmountRule {
  category: ChargeCategory;
  /** Narrows the rule to these item codes; absent: every line of the category. */
  itemCodes?: string[];
  per: 'visit' | 'day';
  quotaFen: Fen;
  part: 'whole-line' | 'raised-part';
  /** What happens to the rest of the line: reimbursed by the ordinary ratio, or paid by the patient. */
  remainder: 'ratio' | 'self-pay';
}

/** Benefits for one scheme, hospital level and encounter type. */
export interface BenefitRule {
  /** 起付线. */
  deductibleFen: Fen;
  /** 'encounter': each encounter pays it anew (per admission); 'year': once per person and year. */
  deductibleBasis: 'encounter' | 'year';
  /** 报销比例 of the eligible amount above the deductible. */
  ratio: BasisPoints;
  /** 封顶线: the most the fund pays by ratio per person and year in `capPool`; null for none. */
  annualCapFen: Fen | null;
  /** Name of the pool deductible (basis 'year') and cap accumulate in, e.g. "inpatient". */
  pool: string;
  /** 乙类先自付 share of class-B amounts. */
  classBSelfPayShare: BasisPoints;
  fixedAmounts: FixedAmountRule[];
}

export interface BenefitRuleEntry {
  scheme: Exclude<InsuranceScheme, 'self-pay'>;
  level: HospitalLevel | 'all';
  encounterType: EncounterType;
  rule: BenefitRule;
}

export interface ReimbursementPolicy {
  id: string;
  effectiveFrom: string;
  rules: BenefitRuleEntry[];
}

/**
 * How lost markup revenue is compensated.
 * split: shares by price adjustment / government / hospital (Harbin 80/15/5, Ziyang 70/20/10);
 *   `topUpPriceShortfall`: government also covers prices that fall short of their share
 *   (Harbin: “价格调整补偿到位前，各级政府应予以动态兜底补偿”).
 * floor: government tops up until price gain reaches `floorRate` (Banan: 补偿率达到90%).
 * Subsidies of hospitals whose sponsor is in `fiscalSponsors` are split city/district by funding shares;
 * the others are met by their original channel (Banan: “由原渠道予以保障”, Harbin: “按原保障渠道解决”).
 */
export type CompensationRule =
  | {
      kind: 'split';
      priceShare: BasisPoints;
      governmentShare: BasisPoints;
      hospitalShare: BasisPoints;
      topUpPriceShortfall: boolean;
      fundingShares: FundingShares;
      fiscalSponsors: Sponsor[];
    }
  | {
      kind: 'floor';
      floorRate: BasisPoints;
      fundingShares: FundingShares;
      fiscalSponsors: Sponsor[];
    };

/**
 * What the compensation is measured against.
 * simulated: the markup the simulated bills lose; base-year-markup: the hospital's markup revenue in
 * `year` (Banan: 以2016年卫生财务决算年报为基数); base-year-drug-spending: `share` of the hospital's drug
 * spending in `year` (Harbin: 补偿额按2016年度药品费的15%测算).
 */
export type CompensationBase =
  | { kind: 'simulated' }
  | { kind: 'base-year-markup'; year: number }
  | { kind: 'base-year-drug-spending'; year: number; share: BasisPoints };

/** Thresholds for the plans' conditions that the plans do not quantify. */
export interface ConditionThresholds {
  /** 医保基金可承受: the largest rise of fund payments the fund can bear, as a share of before. */
  fundMaxIncrease: BasisPoints;
}

export interface Scenario {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  id: string;
  name: string;
  /** Bumped on every change, so a result names the exact scenario it came from. */
  version: number;
  /** Price every line as if on this date; null: each line at its own service date. */
  pricingDate: string | null;
  markup: MarkupRule;
  priceSchedule: PriceScheduleEntry[];
  reimbursement: { before: ReimbursementPolicy; after: ReimbursementPolicy };
  compensation: CompensationRule;
  compensationBase: CompensationBase;
  conditions: ConditionThresholds;
}

/** Base-year figures a hospital reports (卫生财务决算年报), needed by the base-year compensation bases. */
export interface BaseYearFigures {
  markupRevenueFen?: Fen;
  drugSpendingFen?: Fen;
}
