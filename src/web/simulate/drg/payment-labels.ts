// Names and table columns of the payment rules a case can fall under (正常 / 高倍率 / 低倍率 / 单议 / 按项目付费).
import type { DrgComparison } from '../../../core/drg/payment-summary';

export const KIND_LABELS = {
  standard: '正常',
  'high-outlier': '高倍率',
  'low-outlier': '低倍率',
  'case-by-case': '单议',
  'fee-for-service': '按项目',
} as const;

export type KindKey = keyof typeof KIND_LABELS;

export const KIND_KEYS = Object.keys(KIND_LABELS) as KindKey[];

/** One narrow count column per rule, for tables of hospitals or DRGs. */
export const KIND_COLUMNS = KIND_KEYS.map((kind) => ({
  title: KIND_LABELS[kind],
  key: kind,
  width: 64,
  align: 'right' as const,
  render: (_: unknown, row: DrgComparison) => row.casesByKind[kind],
}));
