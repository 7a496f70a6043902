// Histogram bins of out-of-pocket changes, chosen from the data alone so every engine draws the same ones:
// up to 20 equal bins of whole yuan from P1 (rounded down) to past P99, and an open bin each side.

import type { Fen } from '../shared/money';

export const HISTOGRAM_BINS = 20;
const YUAN = 100;

export interface HistogramBin {
  /** Inclusive lower edge in fen; null: the open bin below the first edge. */
  fromFen: Fen | null;
  /** Exclusive upper edge in fen; null: the open bin above the last edge. */
  toFen: Fen | null;
  count: number;
}

/** Where the bins lie: the first edge, the width of a bin and how many equal bins (all in fen). */
export interface BinLayout {
  lowFen: Fen;
  widthFen: Fen;
  bins: number;
}

const floorYuan = (fen: Fen) => Math.floor(fen / YUAN) * YUAN;

/**
 * From the nearest-rank P1 and P99: the first edge is P1 rounded down to the yuan, the range ends one yuan
 * past P99 rounded down (so P99 falls inside it), and the width is the range ÷ bins rounded up to the yuan.
 */
export function histogramBins(p1Fen: Fen, p99Fen: Fen): BinLayout {
  const lowFen = floorYuan(p1Fen);
  const spanYuan = (floorYuan(p99Fen) + YUAN - lowFen) / YUAN;
  const bins = Math.min(HISTOGRAM_BINS, spanYuan);
  const widthFen = Math.ceil(spanYuan / bins) * YUAN;
  return { lowFen, widthFen, bins };
}

/** Bin index of a value: −1 below the first edge, `bins` at or past the last, else ⌊(v − low) ÷ width⌋. */
export function binIndex(valueFen: Fen, layout: BinLayout): number {
  if (valueFen < layout.lowFen) return -1;
  const offset = valueFen - layout.lowFen;
  // Exact integer division (the offset is not negative): no float rounding near an edge.
  return Math.min(layout.bins, (offset - (offset % layout.widthFen)) / layout.widthFen);
}

/** The bins of a layout with their counts, from the count per bin index (−1 … bins). */
export function binsWithCounts(
  layout: BinLayout,
  countAt: (index: number) => number,
): HistogramBin[] {
  const edge = (i: number) => layout.lowFen + i * layout.widthFen;
  const bins: HistogramBin[] = [{ fromFen: null, toFen: edge(0), count: countAt(-1) }];
  for (let i = 0; i < layout.bins; i++)
    bins.push({ fromFen: edge(i), toFen: edge(i + 1), count: countAt(i) });
  bins.push({ fromFen: edge(layout.bins), toFen: null, count: countAt(layout.bins) });
  return bins;
}

export function histogramOf(values: readonly Fen[], layout: BinLayout): HistogramBin[] {
  const counts = new Map<number, number>();
  for (const value of values) {
    const index = binIndex(value, layout);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return binsWithCounts(layout, (index) => counts.get(index) ?? 0);
}
