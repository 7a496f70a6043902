// What is wrong with rows of the price schedule being edited, by row index: an empty item code, an end date
// before the start, a second row for the same item code, hospital level and execution date.
import type { PriceScheduleEntry } from '../../../core/simulate/scenario';
import { priceKey } from './priceScheduleMerge';

export function priceRowProblems(entries: readonly PriceScheduleEntry[]): Map<number, string[]> {
  const problems = new Map<number, string[]>();
  const add = (index: number, problem: string) =>
    problems.set(index, [...(problems.get(index) ?? []), problem]);
  const firstOf = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry.itemCode.trim() === '') add(index, '项目编码为空');
    if (entry.effectiveTo !== undefined && entry.effectiveTo < entry.effectiveFrom) {
      add(index, '截止日期早于执行日期');
    }
    const key = priceKey(entry);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, index);
    else add(index, `与第 ${first + 1} 行重复（项目编码、医院等级、执行日期都相同）`);
  });
  return problems;
}
