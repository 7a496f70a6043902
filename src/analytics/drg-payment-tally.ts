// Running totals of a DRG payment run over batches of cases: DRG revenue against fee-for-service per hospital
// and per hospital × DRG (merged from compareWithFeeForService per batch), and why cases fell back to fee-for-service.
import type { DrgComparison } from '../core/drg/payment-summary';
import type { PaymentKind } from '../core/drg/payment';
import type { Fen } from '../core/shared/money';

export interface FallbackReason {
  /** The reason with the DRG code taken out, e.g. "病组未设定一级医院系数". */
  reason: string;
  cases: number;
  /** Up to five DRG codes (or statuses) it happened to. */
  examples: string[];
}

export const noKinds = (): Record<PaymentKind, number> => ({
  standard: 0,
  'high-outlier': 0,
  'low-outlier': 0,
  'case-by-case': 0,
  'fee-for-service': 0,
});

export const emptyComparison = (hospitalId: string, drg: string): DrgComparison => ({
  hospitalId,
  drg,
  cases: 0,
  feeForServiceFen: 0,
  drgFen: 0,
  gainFen: 0,
  casesByKind: noKinds(),
});

/** Adds `row` into `into`: counts, money and cases by kind; the gain is recomputed. */
export function addComparison(into: DrgComparison, row: DrgComparison): void {
  into.cases += row.cases;
  into.feeForServiceFen += row.feeForServiceFen;
  into.drgFen += row.drgFen;
  into.gainFen = into.drgFen - into.feeForServiceFen;
  for (const kind of Object.keys(row.casesByKind) as PaymentKind[]) {
    into.casesByKind[kind] += row.casesByKind[kind];
  }
  if (!Number.isSafeInteger(into.feeForServiceFen) || !Number.isSafeInteger(into.drgFen)) {
    throw new RangeError(`hospital ${into.hospitalId}: totals leave the safe-integer range`);
  }
}

export class ComparisonTally {
  readonly hospitals = new Map<string, DrgComparison>();
  readonly groups = new Map<string, DrgComparison>();
  private readonly reasons = new Map<string, FallbackReason>();

  /** Merges one batch's comparison (from compareWithFeeForService). */
  add(batch: { hospitals: DrgComparison[]; groups: DrgComparison[] }): void {
    for (const row of batch.hospitals) {
      const into = this.hospitals.get(row.hospitalId) ?? emptyComparison(row.hospitalId, '');
      addComparison(into, row);
      this.hospitals.set(row.hospitalId, into);
    }
    for (const row of batch.groups) {
      const key = `${row.hospitalId}\u0000${row.drg}`;
      const into = this.groups.get(key) ?? emptyComparison(row.hospitalId, row.drg);
      addComparison(into, row);
      this.groups.set(key, into);
    }
  }

  /** Counts a case paid outside the DRG standard; `reason` as the rule wrote it. */
  fallback(drg: string, reason: string): void {
    const category = reason.replace(/病组 [A-Z0-9]+ ?/u, '病组');
    const entry = this.reasons.get(category) ?? { reason: category, cases: 0, examples: [] };
    entry.cases += 1;
    const example = drg === '' ? '（未入组）' : drg;
    if (entry.examples.length < 5 && !entry.examples.includes(example)) {
      entry.examples.push(example);
    }
    this.reasons.set(category, entry);
  }

  fallbackReasons(): FallbackReason[] {
    return [...this.reasons.values()].sort((a, b) => b.cases - a.cases);
  }

  totals(): DrgComparison {
    const total = emptyComparison('', '');
    for (const row of this.hospitals.values()) addComparison(total, row);
    return total;
  }

  feeForServiceFen(): Fen {
    return this.totals().feeForServiceFen;
  }
}
