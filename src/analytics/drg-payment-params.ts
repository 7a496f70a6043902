// The parameters of a DRG payment run on bills, their defaults, and how they turn a stored weight table into
// the payment rule (per-case) or the point rule (点数法) of core/drg.
import type { DecimalText } from '../core/drg/decimal';
import { HOSPITAL_LEVELS, type HospitalLevel } from '../core/drg/grouped-case';
import type { DrgPaymentRule } from '../core/drg/payment';
import type { PointRule } from '../core/drg/points';
import type { WeightTable } from '../core/drg/weights';
import type { BasisPoints, Fen } from '../core/shared/money';

export interface DrgPaymentParams {
  /** 'per-case': each case paid its standard; 'points': points shared out of a fund budget at year end. */
  method: 'per-case' | 'points';
  /** Replaces the table's base rate (基础费率); null keeps it. */
  baseRateFen: Fen | null;
  /** A coefficient per level that replaces the table's for every DRG at that level (e.g. 一级 where the table has none). */
  levelCoefficients: Partial<Record<HospitalLevel, DecimalText>>;
  highMultiple: DecimalText;
  highExcessRate: BasisPoints;
  lowMultiple: DecimalText;
  lowPay: DrgPaymentRule['lowPay'];
  outlierReference: DrgPaymentRule['outlierReference'];
  standard: DrgPaymentRule['standard'];
  /** Only cases discharged in this year; null: every case in the file. */
  year: number | null;
  /** Points: the fund budget shared out; null: the fee-for-service total of the same cases (budget-neutral). */
  fundBudgetFen: Fen | null;
  /** Points: multiply base points by the hospital level coefficient. */
  applyLevelCoefficient: boolean;
}

export const DEFAULT_DRG_PAYMENT_PARAMS: DrgPaymentParams = {
  method: 'per-case',
  baseRateFen: null,
  levelCoefficients: {},
  highMultiple: '3',
  highExcessRate: 10_000,
  lowMultiple: '0.4',
  lowPay: 'cost',
  outlierReference: 'group-mean',
  standard: 'formula',
  year: null,
  fundBudgetFen: null,
  applyLevelCoefficient: true,
};

/** The table with the run's base rate and level coefficients in place of its own. */
export function tableForRun(table: WeightTable, params: DrgPaymentParams): WeightTable {
  const overridden = HOSPITAL_LEVELS.filter(
    (level) => params.levelCoefficients[level] !== undefined,
  );
  return {
    ...table,
    baseRateFen: params.baseRateFen ?? table.baseRateFen,
    levelCoefficients: { ...table.levelCoefficients, ...params.levelCoefficients },
    groups:
      overridden.length === 0
        ? table.groups
        : table.groups.map((group) => {
            if (group.levelCoefficients === undefined) return group;
            const own = { ...group.levelCoefficients };
            for (const level of overridden) delete own[level];
            return { ...group, levelCoefficients: own };
          }),
  };
}

export function paymentRuleOf(table: WeightTable, params: DrgPaymentParams): DrgPaymentRule {
  return {
    table: tableForRun(table, params),
    highMultiple: params.highMultiple,
    highExcessRate: params.highExcessRate,
    lowMultiple: params.lowMultiple,
    lowPay: params.lowPay,
    outlierReference: params.outlierReference,
    standard: params.standard,
  };
}

export function pointRuleOf(table: WeightTable, params: DrgPaymentParams): PointRule {
  return {
    table: tableForRun(table, params),
    highMultiple: params.highMultiple,
    highExcessRate: params.highExcessRate,
    lowMultiple: params.lowMultiple,
    applyLevelCoefficient: params.applyLevelCoefficient,
  };
}
