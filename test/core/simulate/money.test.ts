// Money helpers: fen parsing and formatting, 四舍五入 at the rounding points, exact allocation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocate,
  applyRate,
  formatFen,
  formatRate,
  multiplyByQuantity,
  parseYuan,
  ratioAtLeast,
  removeRate,
  roundDiv,
  sumFen,
} from '../../../src/core/shared/money';

describe('parseYuan / formatFen', () => {
  it('reads yuan as written', () => {
    expect(parseYuan('12.50')).toBe(1250);
    expect(parseYuan('12.5')).toBe(1250);
    expect(parseYuan('12')).toBe(1200);
    expect(parseYuan(' ¥1,234.56 ')).toBe(123456);
    expect(parseYuan('12.50元')).toBe(1250);
    expect(parseYuan('-0.05')).toBe(-5);
  });

  it('refuses more than two decimals or other text, naming the field', () => {
    expect(() => parseYuan('12.505')).toThrow(/最多两位小数/);
    expect(() => parseYuan('十二元')).toThrow();
    expect(() => parseYuan('1.2.3', 'bills.csv amount')).toThrow(
      expect.objectContaining({ kind: 'bad-input', details: { where: 'bills.csv amount' } }),
    );
  });

  it('formats fen with two decimals', () => {
    expect(formatFen(1250)).toBe('¥12.50');
    expect(formatFen(1250, 'suffix')).toBe('12.50元');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(-123456)).toBe('-¥1234.56');
    expect(formatRate(1500)).toBe('15%');
    expect(formatRate(8750)).toBe('87.5%');
    expect(formatRate(6667)).toBe('66.67%');
  });

  it('round-trips every amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        (fen) => parseYuan(formatFen(fen)) === fen,
      ),
    );
  });
});

describe('rounding: 四舍五入 to the fen, halves away from zero', () => {
  it('rounds halves up', () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(7n, 3n)).toBe(2n);
    // 5 fen × 50% = 2.5 → 3
    expect(applyRate(5, 5000)).toBe(3);
    // 33333 × 87% = 28999.71 → 29000
    expect(applyRate(33_333, 8700)).toBe(29_000);
  });

  it('removes a markup: 11.50 ÷ 1.15 = 10.00; 10.00 ÷ 1.15 = 8.6957 → 8.70', () => {
    expect(removeRate(1150, 1500)).toBe(1000);
    expect(removeRate(1000, 1500)).toBe(870);
  });

  it('multiplies by quantities with up to three decimals', () => {
    // 0.5 × 3.33 = 1.665 → 1.67
    expect(multiplyByQuantity(333, 0.5)).toBe(167);
    expect(multiplyByQuantity(1999, 1.25)).toBe(2499); // 24.9875 → 24.99
    expect(() => multiplyByQuantity(100, 0.0001)).toThrow(/three decimals/);
  });

  it('refuses amounts that are not safe integers', () => {
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow();
    expect(() => applyRate(1.5, 100)).toThrow();
  });

  it('compares ratios exactly', () => {
    expect(ratioAtLeast({ numerator: 9, denominator: 10 }, 9000)).toBe(true);
    expect(ratioAtLeast({ numerator: 899_999, denominator: 1_000_000 }, 9000)).toBe(false);
  });
});

describe('allocate', () => {
  it('splits 80/15/5 exactly, leftover fen to the largest remainder', () => {
    // 1,000,001 × 70% = 700,000.7; × 20% = 200,000.2; × 10% = 100,000.1 → floors sum to 1,000,000;
    // the one fen left goes to the largest remainder (.7): 700,001 / 200,000 / 100,000.
    expect(allocate(1_000_001, { price: 7000, government: 2000, hospital: 1000 })).toEqual({
      price: 700_001,
      government: 200_000,
      hospital: 100_000,
    });
  });

  it('always sums to the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 10_000 }),
        (total, a) => {
          const parts = allocate(total, { a, b: 10_000 - a });
          return parts.a + parts.b === total;
        },
      ),
    );
  });
});
