// The money rules of core/shared/money.ts as SQL expressions over BIGINT fen: the same rounding
// (四舍五入, half away from zero) at the same points, in integer arithmetic only — no DOUBLE touches money.

/**
 * Integer division of non-negative operands. DuckDB's `//` truncates; on non-negative operands that is
 * the floor the rounding below needs. This is the one dialect-specific operator of the bulk SQL: Trino
 * and PostgreSQL write it `/` on integers, Spark `div`.
 */
export const intDiv = (numerator: string, denominator: string) =>
  `((${numerator}) // (${denominator}))`;

/**
 * roundDiv(n, d) for d > 0: (2|n| + d) ÷ 2d rounded down, with n's sign — exactly money.ts's roundDiv.
 * Both branches keep the operands non-negative, so intDiv's truncation is a floor.
 */
export function roundDiv(numerator: string, denominator: string): string {
  const n = `(${numerator})`;
  const d = `(${denominator})`;
  return (
    `(CASE WHEN ${n} < 0 THEN -${intDiv(`2 * (-${n}) + ${d}`, `2 * ${d}`)} ` +
    `ELSE ${intDiv(`2 * ${n} + ${d}`, `2 * ${d}`)} END)`
  );
}

/** applyRate: amount × basis points ÷ 10000, rounded to the fen. */
export const applyRate = (amount: string, rate: string) =>
  roundDiv(`(${amount}) * (${rate})`, '10000');

/** removeRate: amount ÷ (1 + rate), i.e. amount × 10000 ÷ (10000 + rate), rounded to the fen. */
export const removeRate = (amount: string, rate: string) =>
  roundDiv(`(${amount}) * 10000`, `10000 + (${rate})`);

/** multiplyByQuantity: unit price × quantity (held as thousandths) ÷ 1000, rounded to the fen. */
export const timesQuantity = (unitPrice: string, quantityThousandths: string) =>
  roundDiv(`(${unitPrice}) * (${quantityThousandths})`, '1000');

/** A sum of BIGINT fen (DuckDB widens to HUGEINT) brought back to BIGINT; overflow is an error, not a wrap. */
export const sumFen = (expression: string) => `CAST(coalesce(sum(${expression}), 0) AS BIGINT)`;
