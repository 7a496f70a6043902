// The point method (点数法) over batches of cases: points and at-cost amounts per hospital × DRG, then the
// year-end settlement turns each hospital's points into money and the comparison with fee-for-service follows.
import { roundFraction, toFen } from '../core/drg/decimal';
import type { PaymentKind } from '../core/drg/payment';
import type { DrgComparison } from '../core/drg/payment-summary';
import { settlePointYear, type PointSettlement } from '../core/drg/point-settlement';
import { POINT_SCALE, type CasePoints } from '../core/drg/points';
import type { Fen } from '../core/shared/money';
import { ComparisonTally, emptyComparison } from './drg-payment-tally';

interface PointCell {
  hospitalId: string;
  drg: string;
  cases: number;
  costFen: Fen;
  pointUnits: number;
  atCostFen: Fen;
  kinds: Record<PaymentKind, number>;
}

export interface PointsOutcome {
  settlement: PointSettlement;
  /** Points per hospital × DRG, in 1/10000 points, for the tables. */
  pointUnits: Map<string, number>;
}

const keyOf = (hospitalId: string, drg: string) => `${hospitalId}\u0000${drg}`;

export class PointsTally {
  private readonly cells = new Map<string, PointCell>();

  /** `caseByCase`: the case's DRG is a 单议病组 (settled at cost, counted apart from fee-for-service). */
  add(points: CasePoints, caseByCase: boolean): PaymentKind {
    const key = keyOf(points.hospitalId, points.drg);
    const cell: PointCell = this.cells.get(key) ?? {
      hospitalId: points.hospitalId,
      drg: points.drg,
      cases: 0,
      costFen: 0,
      pointUnits: 0,
      atCostFen: 0,
      kinds: emptyComparison('', '').casesByKind,
    };
    const kind: PaymentKind =
      points.kind === 'at-cost' ? (caseByCase ? 'case-by-case' : 'fee-for-service') : points.kind;
    cell.cases += 1;
    cell.costFen += points.costFen;
    cell.pointUnits += points.pointUnits;
    cell.atCostFen += points.atCostFen;
    cell.kinds[kind] += 1;
    this.cells.set(key, cell);
    return kind;
  }

  costFen(): Fen {
    let total = 0;
    for (const cell of this.cells.values()) total += cell.costFen;
    return total;
  }

  /** Settles the year with the budget and fills `tally` with money per hospital and per hospital × DRG. */
  settle(budgetFen: Fen, tally: ComparisonTally): PointsOutcome {
    const perHospital = new Map<string, { pointUnits: number; atCostFen: Fen; cases: number }>();
    for (const cell of this.cells.values()) {
      const row = perHospital.get(cell.hospitalId) ?? { pointUnits: 0, atCostFen: 0, cases: 0 };
      row.pointUnits += cell.pointUnits;
      row.atCostFen += cell.atCostFen;
      row.cases += cell.cases;
      perHospital.set(cell.hospitalId, row);
    }
    const settlement = settlePointYear(
      budgetFen,
      [...perHospital].map(([hospitalId, row]) => ({ hospitalId, ...row })),
    );
    const paid = new Map(settlement.hospitals.map((row) => [row.hospitalId, row.settlementFen]));
    const pointUnits = new Map<string, number>();
    const hospitals: DrgComparison[] = [];
    const groups: DrgComparison[] = [];
    for (const cell of this.cells.values()) {
      // a group's share: its points × the exact point value, rounded once; the hospital's total is the settlement
      const pointFen = toFen(
        roundFraction(
          {
            numerator: BigInt(cell.pointUnits) * settlement.pointValue.numerator,
            denominator: settlement.pointValue.denominator * 10n ** BigInt(POINT_SCALE),
          },
          0,
        ).units,
        cell.drg,
      );
      const drgFen = pointFen + cell.atCostFen;
      groups.push({
        hospitalId: cell.hospitalId,
        drg: cell.drg,
        cases: cell.cases,
        feeForServiceFen: cell.costFen,
        drgFen,
        gainFen: drgFen - cell.costFen,
        casesByKind: cell.kinds,
      });
      pointUnits.set(keyOf(cell.hospitalId, cell.drg), cell.pointUnits);
    }
    for (const [hospitalId, row] of perHospital) {
      const costFen = groups
        .filter((group) => group.hospitalId === hospitalId)
        .reduce((sum, group) => sum + group.feeForServiceFen, 0);
      const kinds = emptyComparison('', '').casesByKind;
      for (const group of groups.filter((item) => item.hospitalId === hospitalId)) {
        for (const kind of Object.keys(kinds) as PaymentKind[]) {
          kinds[kind] += group.casesByKind[kind];
        }
      }
      const drgFen = paid.get(hospitalId) ?? 0;
      hospitals.push({
        hospitalId,
        drg: '',
        cases: row.cases,
        feeForServiceFen: costFen,
        drgFen,
        gainFen: drgFen - costFen,
        casesByKind: kinds,
      });
      pointUnits.set(keyOf(hospitalId, ''), row.pointUnits);
    }
    tally.add({ hospitals, groups });
    return { settlement, pointUnits };
  }
}
