// Histogram bins of out-of-pocket changes: whole-yuan edges from P1 and P99, open tails, every value counted.
import { describe, expect, it } from 'vitest';
import { distributionOf } from '../../../src/core/simulate/distribution';
import { binIndex, histogramBins } from '../../../src/core/simulate/histogram';

describe('histogram of changes', () => {
  it('lays out whole-yuan bins from P1 down to past P99', () => {
    expect(histogramBins(-1234, 5678)).toEqual({ lowFen: -1300, widthFen: 400, bins: 20 });
    expect(histogramBins(0, 0)).toEqual({ lowFen: 0, widthFen: 100, bins: 1 });
  });

  it('puts values below P1 and past the last edge in the open bins', () => {
    const values = Array.from({ length: 300 }, (_, i) => (i - 3) * 50);
    values.push(-1_000_000, 2_000_000);
    const { histogram, count } = distributionOf(values);
    expect(histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(count);
    expect(histogram[0]?.fromFen).toBeNull();
    expect(histogram.at(-1)?.toFen).toBeNull();
    expect(histogram[0]?.count).toBeGreaterThan(0);
    expect(histogram.at(-1)?.count).toBeGreaterThan(0);
    const layout = histogramBins(-150, 14_700);
    expect(binIndex(-201, layout)).toBe(-1);
    expect(binIndex(-200, layout)).toBe(0);
    expect(binIndex(layout.lowFen, layout)).toBe(0);
  });
});
