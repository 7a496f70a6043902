// Rejected bill lines, counted per reason with a few example lines each, and the Chinese lines a report
// prints for them. Nothing is dropped silently: every rejected line is counted under at least one reason.

export const REJECTION_REASONS = {
  'unknown-item-code': '项目编码不在项目目录中',
  'negative-quantity': '数量为负',
  'zero-quantity': '数量为零',
  'refund-without-charge': '退费无对应收费（同一就诊内同一项目、同一单价的退费多于收费）',
  'amount-mismatch': '金额 ≠ 数量 × 单价（精确到分）',
  'missing-scheme': '缺少险种',
  'unknown-scheme': '未知险种',
  'malformed-date': '日期无法识别',
  'end-before-start': '结束日期早于开始日期',
  'unknown-category': '未知收费类别',
  'unknown-insurance-class': '医保类别应为甲/乙/丙（A/B/C）',
  'unknown-encounter-type': '就诊类型应为门诊或住院',
  'unknown-hospital-level': '医院等级应为 1、2、3',
  'unknown-sponsor': '未知举办主体',
  'unknown-tag': '未知项目标记',
  'malformed-number': '数字无法识别',
  'missing-value': '必填项为空',
  'duplicate-line-no': '同一就诊内明细序号重复',
  'inconsistent-encounter': '同一就诊各行的就诊信息不一致',
  'inconsistent-hospital': '同一医院编码的等级、举办主体或名称不一致',
  'rejected-with-encounter': '本行无误，但同一就诊另有被拒明细，整次就诊被拒',
} as const;

export type RejectionReason = keyof typeof REJECTION_REASONS;

export interface RejectedExample {
  /** CSV: the line in the file (the header is line 1). Parquet: the row number, from 1. */
  line: number;
  /** What is wrong, naming the column as the file writes it. */
  message: string;
  /** The line's values as read. */
  values: Readonly<Record<string, string | null>>;
}

export interface RejectionCount {
  reason: RejectionReason;
  label: string;
  /** Lines rejected for this reason (a line with two problems counts under both, under each once). */
  lines: number;
  examples: RejectedExample[];
}

export const EXAMPLES_PER_REASON = 5;

export class Rejections {
  private readonly counts = new Map<RejectionReason, RejectionCount>();

  add(reason: RejectionReason, example: RejectedExample): void {
    let count = this.counts.get(reason);
    if (count === undefined) {
      count = { reason, label: REJECTION_REASONS[reason], lines: 0, examples: [] };
      this.counts.set(reason, count);
    }
    count.lines += 1;
    if (count.examples.length < EXAMPLES_PER_REASON) count.examples.push(example);
  }

  /** In the order of REJECTION_REASONS, so reports read the same every time. */
  list(): RejectionCount[] {
    return (Object.keys(REJECTION_REASONS) as RejectionReason[]).flatMap((reason) => {
      const count = this.counts.get(reason);
      return count ? [count] : [];
    });
  }
}

/** Report lines: one per reason with its count, then its examples as "file 第 N 行：message". */
export function formatRejections(file: string, counts: readonly RejectionCount[]): string[] {
  const lines: string[] = [];
  for (const count of counts) {
    lines.push(`${count.label}：${count.lines} 行`);
    for (const example of count.examples) {
      lines.push(`  ${file} 第 ${example.line} 行：${example.message}`);
    }
  }
  return lines;
}
