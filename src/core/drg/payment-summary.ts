// DRG payment as one more payment rule on the same bills: per hospital (and per hospital and DRG) the DRG
// revenue against the fee-for-service revenue of the same cases, and the gain or loss.
import type { Fen } from '../shared/money';
import type { CasePayment, PaymentKind } from './payment';

export interface DrgComparison {
  hospitalId: string;
  /** The DRG code for a per-group row; empty for a hospital's total. */
  drg: string;
  cases: number;
  /** Σ cost: what fee-for-service pays for the same cases. */
  feeForServiceFen: Fen;
  /** Σ DRG payment. */
  drgFen: Fen;
  /** drgFen − feeForServiceFen: positive is a surplus (结余), negative a loss (亏损). */
  gainFen: Fen;
  casesByKind: Record<PaymentKind, number>;
}

const noKinds = (): Record<PaymentKind, number> => ({
  standard: 0,
  'high-outlier': 0,
  'low-outlier': 0,
  'case-by-case': 0,
  'fee-for-service': 0,
});

function accumulate(
  rows: Map<string, DrgComparison>,
  key: string,
  payment: CasePayment,
  drg: string,
) {
  let row = rows.get(key);
  if (row === undefined) {
    row = {
      hospitalId: payment.hospitalId,
      drg,
      cases: 0,
      feeForServiceFen: 0,
      drgFen: 0,
      gainFen: 0,
      casesByKind: noKinds(),
    };
    rows.set(key, row);
  }
  row.cases += 1;
  row.feeForServiceFen += payment.costFen;
  row.drgFen += payment.paymentFen;
  row.gainFen = row.drgFen - row.feeForServiceFen;
  row.casesByKind[payment.kind] += 1;
  if (!Number.isSafeInteger(row.feeForServiceFen) || !Number.isSafeInteger(row.drgFen)) {
    throw new RangeError(`hospital ${payment.hospitalId}: totals leave the safe-integer range`);
  }
}

const byHospitalThenDrg = (a: DrgComparison, b: DrgComparison) =>
  a.hospitalId < b.hospitalId
    ? -1
    : a.hospitalId > b.hospitalId
      ? 1
      : a.drg < b.drg
        ? -1
        : a.drg > b.drg
          ? 1
          : 0;

/** Totals per hospital, and per hospital and DRG (cases not paid by DRG count under their own code). */
export function compareWithFeeForService(payments: readonly CasePayment[]): {
  hospitals: DrgComparison[];
  groups: DrgComparison[];
} {
  const hospitals = new Map<string, DrgComparison>();
  const groups = new Map<string, DrgComparison>();
  for (const payment of payments) {
    accumulate(hospitals, payment.hospitalId, payment, '');
    accumulate(groups, `${payment.hospitalId}\u0000${payment.drg}`, payment, payment.drg);
  }
  return {
    hospitals: [...hospitals.values()].sort(byHospitalThenDrg),
    groups: [...groups.values()].sort(byHospitalThenDrg),
  };
}
