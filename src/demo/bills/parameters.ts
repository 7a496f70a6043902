// The demo bills' parameters: calibration targets from public health statistics (each cited below)
// where they exist, marked assumptions elsewhere, and how an encounter's money splits over categories.
import type { HospitalLevel, InsuranceScheme } from '../../core/simulate/bills';
import type { ChargeCategory } from '../../core/simulate/categories';
import type { CostShape } from './case-mix';

export interface BillsParameters {
  /** Cost per outpatient visit by level, fen. 2: 188.2, 3: 289.6 yuan (2016 H1 bulletin); 1: assumption. */
  visitCostFen: Record<HospitalLevel, number>;
  /** Cost per inpatient stay by level, fen. 2: 5,535.8, 3: 12,901.2 yuan (same bulletin); 1: assumption. */
  stayCostFen: Record<HospitalLevel, number>;
  /** Average length of stay by level, days (assumption: tertiary ~9, secondary ~7.5). */
  lengthOfStayDays: Record<HospitalLevel, number>;
  /** Outpatient visits per admission: 2.5 visits and 0.15 admissions per resident a year (assumption). */
  visitsPerAdmission: number;
  /** Share of encounters by insurance scheme (assumption for a Chongqing-like district). */
  schemeMix: Record<InsuranceScheme, number>;
  /** First and last year of the bills; every line is priced as before the reform (the simulator's baseline). */
  years: readonly [number, number];
  /** Residents of the district (assumption ~1,000,000): sizes the pool of patients with `lines`. */
  population: number;
}

export const DEFAULT_BILLS_PARAMETERS: BillsParameters = {
  visitCostFen: { 1: 12_000, 2: 18_820, 3: 28_960 },
  stayCostFen: { 1: 400_000, 2: 553_580, 3: 1_290_120 },
  lengthOfStayDays: { 1: 14, 2: 7.5, 3: 9 },
  visitsPerAdmission: 2.5 / 0.15,
  schemeMix: { employee: 0.3, 'resident-tier1': 0.48, 'resident-tier2': 0.14, 'self-pay': 0.08 },
  years: [2016, 2018],
  population: 1_000_000,
};

/** Categories a budget is spread over; fixed items (bed, nursing, consultation, surgery) come first. */
export const BUDGET_CATEGORIES = [
  'western-drug',
  'tcm-patent-drug',
  'tcm-decoction-pieces',
  'examination',
  'laboratory',
  'treatment',
  'health-materials',
] as const satisfies readonly ChargeCategory[];

export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

type Shares = readonly [number, number, number, number, number, number, number];

/**
 * Share of the budget left after fixed items, in the order of BUDGET_CATEGORIES. Drugs are 38–45% of
 * revenue before the reform, more in outpatient than inpatient care (Shanghai 2013: 59% vs 29% in
 * tertiary hospitals); materials are 15–25 yuan per 100 yuan of non-drug revenue.
 */
export const SHARES: Readonly<Record<CostShape, Shares>> = {
  'op-general': [0.47, 0.12, 0.02, 0.11, 0.11, 0.13, 0.04],
  'op-tcm': [0.18, 0.16, 0.22, 0.07, 0.07, 0.26, 0.04],
  'op-maternal': [0.22, 0.08, 0.02, 0.3, 0.26, 0.07, 0.05],
  'op-skin': [0.38, 0.14, 0.04, 0.05, 0.12, 0.22, 0.05],
  'op-rehab': [0.25, 0.1, 0.03, 0.05, 0.07, 0.45, 0.05],
  medical: [0.41, 0.09, 0.01, 0.09, 0.11, 0.22, 0.07],
  surgical: [0.26, 0.04, 0.0, 0.08, 0.1, 0.22, 0.3],
  delivery: [0.22, 0.04, 0.01, 0.12, 0.17, 0.29, 0.15],
  newborn: [0.24, 0.02, 0.0, 0.09, 0.22, 0.36, 0.07],
  rehab: [0.2, 0.12, 0.08, 0.06, 0.06, 0.44, 0.04],
  'long-stay': [0.38, 0.11, 0.02, 0.05, 0.08, 0.3, 0.06],
};

/** Spread of one encounter's cost around its mean (log-normal sigma): outpatient costs are more skewed. */
export const COST_SPREAD = { outpatient: 0.65, inpatient: 0.45 } as const;

/** How much an inpatient category's share varies from stay to stay (log-normal sigma). */
export const SHARE_SPREAD = 0.3;
