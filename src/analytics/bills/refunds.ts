// Refund lines (退费): a line with a negative quantity and amount cancels an earlier charge of the same item at
// the same unit price in the same encounter. Within an encounter, the lines of an item and price that include a
// refund are combined into one line (net quantity, its amount at that price rounded to the fen as any line's, the
// other fields of the first charge line); when
// they net to zero the item drops out. A refund that nets below zero, or has no charge, is rejected. Lines of an
// item without refunds stay as they are (combining them would change how re-pricing rounds).
import type { BillLine } from '../../core/simulate/bills';
import type { PendingLine } from './encounter-group';
import { amountOf, type ParsedLine } from './parse-line';

interface ItemGroup {
  lines: PendingLine[];
  hasRefund: boolean;
  quantity: number;
  amountFen: number;
}

/** A refund: negative quantity and an amount not above zero (a negative quantity charged is an error). */
const isRefund = ({ values }: PendingLine) =>
  (values.thousandths as number) < 0 && (values.amountFen as number) <= 0;

/** The group key of a line whose item, price, quantity and amount are all read; null otherwise. */
const groupKey = ({ values }: PendingLine): string | null =>
  values.itemCode === null ||
  values.unitPriceFen === null ||
  values.thousandths === null ||
  values.amountFen === null
    ? null
    : JSON.stringify([values.itemCode, values.unitPriceFen]);

/**
 * Adds 'refund-without-charge' to the refunds of a group that does not net to a charge, and returns the
 * encounter's lines with its refunds netted (meaningful only when no line has a problem) and how many lines
 * went into netted groups.
 */
export function netRefunds(lines: readonly PendingLine[]): {
  lines: BillLine[];
  nettedLines: number;
} {
  const groups = new Map<string, ItemGroup>();
  for (const line of lines) {
    const key = groupKey(line);
    if (key === null) continue;
    let group = groups.get(key);
    if (group === undefined) {
      group = { lines: [], hasRefund: false, quantity: 0, amountFen: 0 };
      groups.set(key, group);
    }
    group.lines.push(line);
    group.hasRefund ||= isRefund(line);
    group.quantity += line.values.thousandths as number;
    group.amountFen += line.values.amountFen as number;
  }
  let nettedLines = 0;
  const replaced = new Map<PendingLine, BillLine | null>();
  for (const group of groups.values()) {
    if (!group.hasRefund) continue;
    const { quantity, amountFen } = group;
    if (quantity < 0 || amountFen < 0 || (quantity === 0 && amountFen !== 0)) {
      for (const line of group.lines) {
        if (!isRefund(line)) continue;
        line.problems.push({
          reason: 'refund-without-charge',
          message: `quantity：${line.values.thousandths! / 1000} 退费多于同一就诊内 item_code ${line.values.itemCode} 单价 ${line.values.unitPriceFen} 分的收费（净数量 ${quantity / 1000}，净金额 ${amountFen} 分）`,
        });
      }
      continue;
    }
    nettedLines += group.lines.length;
    const charges = group.lines.filter((line) => (line.values.thousandths as number) > 0);
    if (charges.length === 0) continue;
    const first = charges.reduce((a, b) =>
      (a.values.lineNo ?? 0) <= (b.values.lineNo ?? 0) ? a : b,
    );
    for (const line of group.lines) replaced.set(line, null);
    if (quantity !== 0 && first.parsed) {
      // the combined line is priced as any line: price × net quantity, rounded to the fen
      const netAmountFen = Number(amountOf(first.parsed.line.unitPriceFen, quantity));
      replaced.set(first, {
        ...first.parsed.line,
        quantity: quantity / 1000,
        amountFen: netAmountFen,
      });
    }
  }
  const result: BillLine[] = [];
  for (const line of lines) {
    const netted = replaced.get(line);
    if (netted === undefined) {
      if (line.parsed) result.push((line.parsed as ParsedLine).line);
    } else if (netted !== null) result.push(netted);
  }
  return { lines: result, nettedLines };
}
