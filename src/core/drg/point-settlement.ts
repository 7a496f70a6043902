// Year-end settlement of the point method: point value = (fund budget − amounts settled at cost) ÷ total
// points, exact; each hospital gets its points × point value, split by largest remainder so it sums to the fen.
import { badInput } from '../shared/errors';
import { formatFen, type Fen } from '../shared/money';
import { formatScaled, roundFraction, toFen, type Fraction } from './decimal';
import { formatPoints, POINT_SCALE, type HospitalPoints } from './points';

export interface HospitalSettlement {
  hospitalId: string;
  pointUnits: number;
  /** The exact share points × point value, in fen, as a fraction. */
  exactPointFen: Fraction;
  /** The share rounded down to the fen. */
  floorFen: Fen;
  /** 1 when this hospital received one of the fen left over after rounding down. */
  remainderFen: 0 | 1;
  /** floorFen + remainderFen. */
  pointFen: Fen;
  /** Case-by-case groups and failed groupings, paid at cost on top of the points. */
  atCostFen: Fen;
  /** pointFen + atCostFen: what the fund pays the hospital for the year. */
  settlementFen: Fen;
}

export interface PointSettlement {
  budgetFen: Fen;
  atCostFen: Fen;
  /** budgetFen − atCostFen: the money the points share. */
  pointBudgetFen: Fen;
  totalPointUnits: number;
  /** Fen per point, exact: pointBudgetFen ÷ total points. */
  pointValue: Fraction;
  /** Yuan per point to 6 decimals, for display. */
  pointValueYuan: string;
  hospitals: HospitalSettlement[];
  /** The method in Chinese, for the UI. */
  steps: string[];
}

/**
 * Settles a year. Rounding: each hospital's exact share is rounded down to the fen; the fen left over
 * (fewer than the number of hospitals) go one each to the largest fractional remainders, ties to the
 * smaller hospital id — so the result does not depend on the order the hospitals are listed.
 */
export function settlePointYear(
  budgetFen: Fen,
  hospitals: readonly HospitalPoints[],
): PointSettlement {
  if (!Number.isSafeInteger(budgetFen) || budgetFen < 0) {
    throw badInput(`年度基金预算（budgetFen）“${budgetFen}”应为不小于 0 的整数分`);
  }
  const ids = new Set<string>();
  for (const hospital of hospitals) {
    if (ids.has(hospital.hospitalId)) throw badInput(`医院 ${hospital.hospitalId} 重复出现`);
    ids.add(hospital.hospitalId);
    if (!Number.isSafeInteger(hospital.pointUnits) || hospital.pointUnits < 0) {
      throw badInput(`医院 ${hospital.hospitalId} 的点数“${hospital.pointUnits}”无效`);
    }
  }
  const atCostFen = hospitals.reduce((sum, hospital) => sum + hospital.atCostFen, 0);
  const pointBudgetFen = budgetFen - atCostFen;
  if (pointBudgetFen < 0) {
    throw badInput(
      `按实际费用结算的金额 ${formatFen(atCostFen)} 超过年度基金预算 ${formatFen(budgetFen)}，无法计算点值`,
    );
  }
  const totalPointUnits = hospitals.reduce((sum, hospital) => sum + hospital.pointUnits, 0);
  if (totalPointUnits === 0 && pointBudgetFen > 0) {
    throw badInput('全年总点数为 0，无法计算点值');
  }
  const total = BigInt(totalPointUnits);
  const budget = BigInt(pointBudgetFen);
  const shares = hospitals.map((hospital) => {
    const numerator = BigInt(hospital.pointUnits) * budget;
    return {
      hospital,
      numerator,
      floor: total === 0n ? 0n : numerator / total,
      remainder: total === 0n ? 0n : numerator % total,
    };
  });
  let leftOver = budget - shares.reduce((sum, share) => sum + share.floor, 0n);
  const receiving = new Set<string>();
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder !== b.remainder
      ? a.remainder > b.remainder
        ? -1
        : 1
      : a.hospital.hospitalId < b.hospital.hospitalId
        ? -1
        : 1,
  );
  for (const share of byRemainder) {
    if (leftOver === 0n) break;
    receiving.add(share.hospital.hospitalId);
    leftOver -= 1n;
  }
  const pointValue: Fraction = {
    numerator: budget * 10n ** BigInt(POINT_SCALE),
    denominator: total === 0n ? 1n : total,
  };
  const result = shares.map(({ hospital, numerator, floor }): HospitalSettlement => {
    const remainderFen = receiving.has(hospital.hospitalId) ? 1 : 0;
    const pointFen = toFen(floor, hospital.hospitalId) + remainderFen;
    return {
      hospitalId: hospital.hospitalId,
      pointUnits: hospital.pointUnits,
      exactPointFen: { numerator, denominator: total === 0n ? 1n : total },
      floorFen: toFen(floor, hospital.hospitalId),
      remainderFen,
      pointFen,
      atCostFen: hospital.atCostFen,
      settlementFen: pointFen + hospital.atCostFen,
    };
  });
  // fen per point → yuan per point: ÷ 100
  const pointValueYuan = formatScaled(
    roundFraction(
      { numerator: pointValue.numerator, denominator: pointValue.denominator * 100n },
      6,
    ),
  );
  const steps = [
    `年度基金预算 ${formatFen(budgetFen)}，减去按实际费用结算的 ${formatFen(atCostFen)}，得点数分配总额 ${formatFen(pointBudgetFen)}`,
    `全年总点数 ${formatPoints(totalPointUnits)}，点值 = ${formatFen(pointBudgetFen)} ÷ ${formatPoints(totalPointUnits)} ≈ ${pointValueYuan} 元/点`,
    '各医院点数 × 点值先舍去分以下部分，剩余的分按舍去部分从大到小逐一补足（相同时按医院编码），合计等于点数分配总额',
  ];
  return {
    budgetFen,
    atCostFen,
    pointBudgetFen,
    totalPointUnits,
    pointValue,
    pointValueYuan,
    hospitals: result,
    steps,
  };
}
