// Itemized bills as the simulator reads them: hospitals, encounters and their bill lines (amounts in fen).

import type { Fen } from '../shared/money';
import type { ChargeCategory, ItemTag } from './categories';

/** Hospital level: 一级 / 二级 / 三级. */
export type HospitalLevel = 1 | 2 | 3;

/** 城镇职工 / 城乡居民一档 / 城乡居民二档 / 自费 (no insurance). */
export type InsuranceScheme = 'employee' | 'resident-tier1' | 'resident-tier2' | 'self-pay';

export const INSURANCE_SCHEMES: readonly InsuranceScheme[] = [
  'employee',
  'resident-tier1',
  'resident-tier2',
  'self-pay',
];

export type EncounterType = 'outpatient' | 'inpatient';

/** 甲类 / 乙类 / 丙类: B is partly paid by the patient first (先自付); C is not covered. */
export type InsuranceClass = 'A' | 'B' | 'C';

/** Who runs the hospital: government / public institution / state enterprise / private (Banan 二、改革范围). */
export type Sponsor = 'government' | 'public-institution' | 'state-enterprise' | 'private';

/** Which fiscal level funds a government hospital, as basis points summing to 10000 (Banan: 按照经费保障关系). */
export interface FundingShares {
  city: number;
  district: number;
}

export interface Hospital {
  id: string;
  name: string;
  level: HospitalLevel;
  sponsor: Sponsor;
  /** Overrides the compensation rule's default funding shares for this hospital. */
  fundingShares?: FundingShares;
}

export interface BillLine {
  /** 1-based position in the encounter's bill, to name a line in messages. */
  lineNo: number;
  itemCode: string;
  itemName?: string;
  category: ChargeCategory;
  tag?: ItemTag;
  insuranceClass: InsuranceClass;
  /** At most three decimals (0.5 支); for day-priced items (床位费) the number of days. */
  quantity: number;
  unitPriceFen: Fen;
  /** quantity × unit price, rounded to the fen. */
  amountFen: Fen;
  /** YYYY-MM-DD; when absent the encounter's start date. */
  serviceDate?: string;
}

export interface Encounter {
  id: string;
  /** The insured person: deductibles and caps accumulate per person and year. */
  personId: string;
  hospitalId: string;
  scheme: InsuranceScheme;
  type: EncounterType;
  /** Visit date, or admission date. YYYY-MM-DD. */
  startDate: string;
  /** Visit date, or discharge date: the settlement date, which decides the policy year. */
  endDate: string;
  /** Principal diagnosis, ICD-10 (e.g. "I10.x00" or "J18.9"). */
  principalDiagnosis: string;
  lines: BillLine[];
}

/** ICD-10 category (the three-character code, e.g. "J18") that results are grouped by. */
export function diseaseCategory(principalDiagnosis: string): string {
  const code = principalDiagnosis.trim().toUpperCase();
  return /^[A-Z]\d{2}/.test(code) ? code.slice(0, 3) : 'unknown';
}

/** The policy year of an encounter: the year it is settled in. */
export function settlementYear(encounter: Encounter): number {
  return Number(encounter.endDate.slice(0, 4));
}
