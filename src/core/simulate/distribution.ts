// How out-of-pocket changes spread over patients: percentiles (nearest rank, so every value is a real
// patient's change in fen), a histogram, how many pay more, and the diseases whose patients are hit hardest.

import { roundDiv, type Fen, type Ratio } from '../shared/money';
import { histogramBins, histogramOf, type HistogramBin } from './histogram';

export const PERCENTILES = [10, 25, 50, 75, 90, 99] as const;

export interface ChangeDistribution {
  count: number;
  minFen: Fen;
  maxFen: Fen;
  /** Percentile → change in fen: the smallest value with at least p% of the values at or below it. */
  percentilesFen: Record<(typeof PERCENTILES)[number], Fen>;
  payingMore: number;
  payingLess: number;
  unchanged: number;
  /** payingMore ÷ count. */
  shareAffectedWorse: Ratio | null;
  /** Counts per bin of whole yuan between P1 and P99, with an open bin each side (histogram.ts). */
  histogram: HistogramBin[];
}

/** The nearest-rank p-th percentile of sorted values: the ⌈p·n/100⌉-th smallest. */
const nearestRank = (sorted: readonly Fen[], p: number): Fen =>
  sorted.length === 0 ? 0 : (sorted[Math.max(0, Math.ceil((p * sorted.length) / 100) - 1)] ?? 0);

export function distributionOf(changesFen: readonly Fen[]): ChangeDistribution {
  const sorted = [...changesFen].sort((a, b) => a - b);
  const n = sorted.length;
  const percentilesFen = {} as ChangeDistribution['percentilesFen'];
  for (const p of PERCENTILES) percentilesFen[p] = nearestRank(sorted, p);
  const payingMore = sorted.filter((c) => c > 0).length;
  const payingLess = sorted.filter((c) => c < 0).length;
  return {
    count: n,
    minFen: sorted[0] ?? 0,
    maxFen: sorted[n - 1] ?? 0,
    percentilesFen,
    payingMore,
    payingLess,
    unchanged: n - payingMore - payingLess,
    shareAffectedWorse: n > 0 ? { numerator: payingMore, denominator: n } : null,
    histogram:
      n === 0
        ? []
        : histogramOf(sorted, histogramBins(nearestRank(sorted, 1), nearestRank(sorted, 99))),
  };
}

export interface DiseaseChange {
  disease: string;
  encounters: number;
  totalChangeFen: Fen;
  /** totalChangeFen ÷ encounters, rounded 四舍五入 to the fen — for display and ranking ties only. */
  meanChangeFen: Fen;
  payingMore: number;
}

/** Per disease: encounters, total change and encounters paying more (before ranking). */
export type DiseaseTotal = Omit<DiseaseChange, 'meanChangeFen'>;

/**
 * Diseases ranked by mean out-of-pocket change per encounter, largest rise first; means compare exactly
 * (cross-multiplied), ties by disease code. Only diseases whose patients pay more on average are listed.
 */
export function rankDiseases(totals: readonly DiseaseTotal[], limit = 10): DiseaseChange[] {
  return totals
    .filter((d) => d.totalChangeFen > 0)
    .sort((a, b) => {
      const left = BigInt(b.totalChangeFen) * BigInt(a.encounters);
      const right = BigInt(a.totalChangeFen) * BigInt(b.encounters);
      if (left !== right) return left > right ? 1 : -1;
      return a.disease < b.disease ? -1 : a.disease > b.disease ? 1 : 0;
    })
    .slice(0, limit)
    .map((d) => ({
      ...d,
      meanChangeFen: Number(roundDiv(BigInt(d.totalChangeFen), BigInt(d.encounters))),
    }));
}

/** worstHitDiseases over per-encounter changes: totals per disease, then rankDiseases. */
export function worstHitDiseases(
  changes: readonly { disease: string; changeFen: Fen }[],
  limit = 10,
): DiseaseChange[] {
  const byDisease = new Map<string, DiseaseTotal>();
  for (const { disease, changeFen } of changes) {
    const entry = byDisease.get(disease) ?? {
      disease,
      encounters: 0,
      totalChangeFen: 0,
      payingMore: 0,
    };
    entry.encounters += 1;
    entry.totalChangeFen += changeFen;
    if (changeFen > 0) entry.payingMore += 1;
    byDisease.set(disease, entry);
  }
  return rankDiseases([...byDisease.values()], limit);
}
