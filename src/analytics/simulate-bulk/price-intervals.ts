// The price schedule flattened into non-overlapping date intervals per item code and hospital level, each
// holding the entry core's schedulePrice picks on those days — so SQL finds a line's price with one
// equality-and-range join, and the rule of which entry wins stays in core/simulate/reprice.ts.
import type { HospitalLevel } from '../../core/simulate/bills';
import { schedulePrice } from '../../core/simulate/reprice';
import type { PriceScheduleEntry } from '../../core/simulate/scenario';

export interface PriceInterval {
  itemCode: string;
  level: HospitalLevel;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
  entry: PriceScheduleEntry;
}

export const LAST_DAY = '9999-12-31';

function shiftDay(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The set of entries in force only changes on an entry's first day or the day after its last, so
 * between two such days schedulePrice gives one answer: it is asked once, on the interval's first day.
 */
export function priceIntervals(schedule: readonly PriceScheduleEntry[]): PriceInterval[] {
  const intervals: PriceInterval[] = [];
  const itemCodes = [...new Set(schedule.map((e) => e.itemCode))];
  for (const itemCode of itemCodes) {
    for (const level of [1, 2, 3] as const) {
      const entries = schedule.filter(
        (e) => e.itemCode === itemCode && (e.level === 'all' || e.level === level),
      );
      const changes = new Set<string>();
      for (const e of entries) {
        changes.add(e.effectiveFrom);
        if (e.effectiveTo !== undefined && e.effectiveTo < LAST_DAY) {
          changes.add(shiftDay(e.effectiveTo, 1));
        }
      }
      const days = [...changes].sort();
      days.forEach((from, index) => {
        const entry = schedulePrice(entries, itemCode, level, from);
        const next = days[index + 1];
        const to = next === undefined ? LAST_DAY : shiftDay(next, -1);
        if (entry) intervals.push({ itemCode, level, from, to, entry });
      });
    }
  }
  return intervals;
}
