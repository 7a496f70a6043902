// What an imported price file does to the schedule: replace it whole, or add its rows, each overwriting the row
// of the same item code, hospital level and execution date.
import type { PriceScheduleEntry } from '../../../core/simulate/scenario';

export type ImportMode = 'replace' | 'merge';

export interface MergeResult {
  entries: PriceScheduleEntry[];
  added: number;
  overwritten: number;
}

/** The key two rows of one price share: item code, hospital level, execution date. */
export const priceKey = (entry: Pick<PriceScheduleEntry, 'itemCode' | 'level' | 'effectiveFrom'>) =>
  `${entry.itemCode}\u0000${String(entry.level)}\u0000${entry.effectiveFrom}`;

export function mergePriceSchedule(
  current: readonly PriceScheduleEntry[],
  imported: readonly PriceScheduleEntry[],
  mode: ImportMode,
): MergeResult {
  if (mode === 'replace') return { entries: [...imported], added: imported.length, overwritten: 0 };
  const byKey = new Map(imported.map((entry) => [priceKey(entry), entry]));
  let overwritten = 0;
  const entries = current.map((entry) => {
    const replacement = byKey.get(priceKey(entry));
    if (replacement === undefined) return entry;
    byKey.delete(priceKey(entry));
    overwritten += 1;
    return replacement;
  });
  const added = [...byKey.values()];
  return { entries: [...entries, ...added], added: added.length, overwritten };
}
