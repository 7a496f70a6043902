// Counts of a batch of grouping results by status and by MDC, for the batch report and its chart.
import { mdcName } from './mdc-names';
import { GROUP_STATUS, type DrgResult, type GroupStatus } from './types';

export interface DrgSummary {
  total: number;
  /** Every status, in the order of GROUP_STATUS, zeros included. */
  byStatus: Array<{ status: GroupStatus; count: number }>;
  /** MDCs that received cases, in code order; cases without an MDC are not counted here. */
  byMdc: Array<{ mdc: string; name: string; count: number }>;
  /** Cases grouped with data-quality warnings (数据质量提示). */
  qualityWarnings: number;
}

export function summarizeDrgResults(
  results: readonly Pick<DrgResult, 'status' | 'mdc' | 'warnings'>[],
): DrgSummary {
  const statusCounts = new Map<GroupStatus, number>();
  const mdcCounts = new Map<string, number>();
  let qualityWarnings = 0;
  for (const result of results) {
    if (result.warnings.length > 0) qualityWarnings += 1;
    statusCounts.set(result.status, (statusCounts.get(result.status) ?? 0) + 1);
    if (result.mdc !== '') mdcCounts.set(result.mdc, (mdcCounts.get(result.mdc) ?? 0) + 1);
  }
  return {
    total: results.length,
    byStatus: Object.values(GROUP_STATUS).map((status) => ({
      status,
      count: statusCounts.get(status) ?? 0,
    })),
    byMdc: [...mdcCounts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([mdc, count]) => ({ mdc, name: mdcName(mdc), count })),
    qualityWarnings,
  };
}
