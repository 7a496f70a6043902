// DRG payment as one more payment rule on the same bills: each grouped inpatient stay paid per case (payment.ts)
// or by points (points.ts, settled out of a fund budget), compared per hospital and DRG with fee-for-service.
import { dischargeYear, type GroupedCase, type HospitalLevel } from '../core/drg/grouped-case';
import { compilePaymentRule, payCase, type CasePayment } from '../core/drg/payment';
import { compareWithFeeForService, type DrgComparison } from '../core/drg/payment-summary';
import { compilePointRule, pointsForCase } from '../core/drg/points';
import type { WeightTable } from '../core/drg/weights';
import type { Fen } from '../core/shared/money';
import { paymentRuleOf, pointRuleOf, type DrgPaymentParams } from './drg-payment-params';
import { ComparisonTally, type FallbackReason } from './drg-payment-tally';
import { PointsTally } from './drg-points-tally';

/** Hands every grouped inpatient stay of a dataset, batch by batch, and reports progress (share 0–1). */
export type GroupedCaseSource = (handlers: {
  onCases: (cases: GroupedCase[]) => void;
  onProgress: (share: number | null, message: string) => void;
}) => Promise<void>;

export interface HospitalComparison extends DrgComparison {
  hospitalName: string;
  hospitalLevel: HospitalLevel | null;
  /** Points method: the hospital's points in 1/10000 points. */
  pointUnits: number | null;
}

export interface GroupComparison extends DrgComparison {
  drgName: string;
  pointUnits: number | null;
}

export interface PointsSummary {
  budgetFen: Fen;
  /** True when no budget was given and the fee-for-service total was used. */
  budgetNeutral: boolean;
  atCostFen: Fen;
  pointBudgetFen: Fen;
  totalPointUnits: number;
  pointValueYuan: string;
  steps: string[];
}

export interface DrgPaymentOutcome {
  baseRateFen: Fen;
  totals: DrgComparison;
  hospitals: HospitalComparison[];
  /** Per hospital × DRG; cases not paid by DRG under their own code ("0000" or empty when not grouped). */
  groups: GroupComparison[];
  fallbackReasons: FallbackReason[];
  points: PointsSummary | null;
  /** Cases discharged outside the chosen year. */
  casesOutsideYear: number;
}

export interface DrgPaymentRunInput {
  table: WeightTable;
  params: DrgPaymentParams;
  hospitals: ReadonlyArray<{ id: string; name: string; level: number }>;
  drgNames: Readonly<Record<string, string>>;
  cases: GroupedCaseSource;
  onProgress?: (share: number | null, message: string) => void;
}

const stripFallback = (reason: string) =>
  reason.replace(/，按项目付费$/u, '').replace(/，不计点数，按实际费用.*$/u, '');

export async function runDrgPayment(input: DrgPaymentRunInput): Promise<DrgPaymentOutcome> {
  const { params } = input;
  const tally = new ComparisonTally();
  const points = new PointsTally();
  const perCase =
    params.method === 'per-case' ? compilePaymentRule(paymentRuleOf(input.table, params)) : null;
  const pointRule =
    params.method === 'points' ? compilePointRule(pointRuleOf(input.table, params)) : null;
  const caseByCase = new Set(input.table.groups.filter((g) => g.caseByCase).map((g) => g.drg));
  let casesOutsideYear = 0;

  const onCases = (batch: GroupedCase[]) => {
    const cases =
      params.year === null ? batch : batch.filter((item) => dischargeYear(item) === params.year);
    casesOutsideYear += batch.length - cases.length;
    if (perCase !== null) {
      const payments: CasePayment[] = cases.map((item) => payCase(perCase, item));
      for (const payment of payments) {
        if (payment.kind === 'fee-for-service') {
          tally.fallback(payment.drg, stripFallback(payment.reason));
        }
      }
      tally.add(compareWithFeeForService(payments));
    }
    if (pointRule !== null) {
      for (const item of cases) {
        const casePoints = pointsForCase(pointRule, item);
        const kind = points.add(casePoints, caseByCase.has(item.drg));
        if (kind === 'fee-for-service') tally.fallback(item.drg, stripFallback(casePoints.reason));
      }
    }
  };
  await input.cases({
    onCases,
    onProgress: (share, message) =>
      input.onProgress?.(share === null ? null : share * 0.95, message),
  });

  let pointsSummary: PointsSummary | null = null;
  let pointUnits = new Map<string, number>();
  if (pointRule !== null) {
    input.onProgress?.(0.96, '正在按点值结算…');
    const budgetFen = params.fundBudgetFen ?? points.costFen();
    const outcome = points.settle(budgetFen, tally);
    pointUnits = outcome.pointUnits;
    const { settlement } = outcome;
    pointsSummary = {
      budgetFen,
      budgetNeutral: params.fundBudgetFen === null,
      atCostFen: settlement.atCostFen,
      pointBudgetFen: settlement.pointBudgetFen,
      totalPointUnits: settlement.totalPointUnits,
      pointValueYuan: settlement.pointValueYuan,
      steps: settlement.steps,
    };
  }
  const hospitalInfo = new Map(input.hospitals.map((hospital) => [hospital.id, hospital]));
  const unitsOf = (hospitalId: string, drg: string) =>
    pointRule === null ? null : (pointUnits.get(`${hospitalId}\u0000${drg}`) ?? 0);
  const hospitals = [...tally.hospitals.values()]
    .sort((a, b) => (a.hospitalId < b.hospitalId ? -1 : 1))
    .map((row): HospitalComparison => {
      const info = hospitalInfo.get(row.hospitalId);
      const level = info?.level;
      return {
        ...row,
        hospitalName: info?.name ?? row.hospitalId,
        hospitalLevel: level === 1 || level === 2 || level === 3 ? level : null,
        pointUnits: unitsOf(row.hospitalId, ''),
      };
    });
  const groups = [...tally.groups.values()]
    .sort((a, b) =>
      a.hospitalId !== b.hospitalId
        ? a.hospitalId < b.hospitalId
          ? -1
          : 1
        : a.drg < b.drg
          ? -1
          : 1,
    )
    .map((row): GroupComparison => ({
      ...row,
      drgName: input.drgNames[row.drg] ?? (row.drg === '0000' ? '未能入组' : ''),
      pointUnits: unitsOf(row.hospitalId, row.drg),
    }));
  return {
    baseRateFen: params.baseRateFen ?? input.table.baseRateFen,
    totals: tally.totals(),
    hospitals,
    groups,
    fallbackReasons: tally.fallbackReasons(),
    points: pointsSummary,
    casesOutsideYear,
  };
}
