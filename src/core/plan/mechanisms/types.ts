// The money mechanisms a plan states, in the scenario's own field names and units (basis points, fen,
// YYYY-MM-DD), each value with the line and words it was read from; null where the plan states none.
import type { BasisPoints, Fen } from '../../shared/money';
import type { ChargeCategory, ItemTag } from '../../simulate/categories';
import type { EncounterType, InsuranceClass, Sponsor } from '../../simulate/bills';
import type { CompensationBase } from '../../simulate/scenario';

/** Where a value was read: the 1-based line of the document and the words on that line. */
export interface MechanismSource {
  line: number;
  quote: string;
}

/** Something the plan raises but leaves open (no amount, no list, no share): an assumption to fill. */
export interface OpenPoint {
  note: string;
  source?: MechanismSource;
}

/** 取消药品加成 / 零差率销售. */
export interface MarkupMechanism {
  /** The start date, when the plan gives a full date. */
  effectiveFrom: string | null;
  /** The year by which it must be in force, when only a year is written ("2017年…基本完成"). */
  effectiveYear: number | null;
  /** The markup rate charged before; plans rarely state it. */
  rate: BasisPoints | null;
  exemptCategories: ChargeCategory[];
  abolishedTags: ItemTag[];
}

export type CompensationMechanism =
  | {
      kind: 'split';
      priceShare: BasisPoints;
      governmentShare: BasisPoints;
      hospitalShare: BasisPoints;
      /** 价格调整补偿到位前……兜底补偿; null when the plan says nothing about it. */
      topUpPriceShortfall: boolean | null;
      /** Sponsors whose hospitals the government compensates; null when not distinguished. */
      fiscalSponsors: Sponsor[] | null;
    }
  | {
      kind: 'floor';
      floorRate: BasisPoints;
      fiscalSponsors: Sponsor[] | null;
    };

/** 定额报销 / 定额支付 of a named fee, for one encounter type. */
export interface FixedAmountMechanism {
  encounterType: EncounterType;
  category: ChargeCategory;
  per: 'visit' | 'day';
  part: 'whole-line' | 'raised-part';
  /** The quota, when the plan writes one. */
  quotaFen: Fen | null;
  /** What happens to the rest of the line, when the plan says. */
  remainder: 'ratio' | 'self-pay' | null;
}

/** What the plan says about the new price schedule itself (the entries come from the price authority). */
export interface PriceAdjustmentMechanism {
  /** 首批调整……439项. */
  itemCount: number | null;
  /** Adjusted items' insurance class (统一确定为甲类项目). */
  insuranceClass: InsuranceClass | null;
}

/** 按病种付费 / 按病种收费 targets. */
export interface PerCaseMechanism {
  diseaseCount: number | null;
  /** Share of inpatients paid per case, e.g. 5000 for 50%. */
  inpatientShare: BasisPoints | null;
}

export type StatedKind =
  | 'drg-payment'
  | 'global-budget'
  | 'capitation'
  | 'per-diem'
  | 'surplus-retained'
  | 'resident-insurance-subsidy'
  | 'consultation-per-course'
  | 'two-invoice';

/** A mechanism the plan states that the scenario does not simulate, kept with its sentence. */
export interface StatedMechanism {
  kind: StatedKind;
  /** What it says, in Chinese, e.g. "城乡居民医保人均财政补助增加 30 元". */
  summary: string;
  amountFen?: Fen;
  /** Hospitals or places named for a pilot, as written. */
  sites?: string[];
  date?: string;
  source: MechanismSource;
}

export interface PlanMechanisms {
  markup: MarkupMechanism | null;
  compensation: CompensationMechanism | null;
  compensationBase: CompensationBase | null;
  fixedAmounts: FixedAmountMechanism[] | null;
  priceAdjustment: PriceAdjustmentMechanism | null;
  perCasePayment: PerCaseMechanism | null;
  /** Stated but not simulated. */
  stated: StatedMechanism[];
  /** Field path ("markup.effectiveFrom", "fixedAmounts.1.part") → where it was read. */
  sources: Record<string, MechanismSource>;
  /** Field path → what the plan raises but leaves open there. */
  open: Record<string, OpenPoint>;
  /** The government level that issued the plan, which by default carries the fiscal subsidy. */
  issuerLevel: 'city' | 'district' | null;
}
