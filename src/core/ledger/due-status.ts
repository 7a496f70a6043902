// Whether an item is late or due soon, derived on the day asked (never stored): 逾期 after its deadline while
// it still runs; 临期 when the deadline is within N working days (N set per ledger, 5 by default).
import { workdaysLeft } from '../shared/workdays';
import { runningStates, type ItemState } from './states';

export const DEFAULT_DUE_SOON_WORKDAYS = 5;

export type DueFlag = 'overdue' | 'due-soon' | 'on-time' | 'no-deadline' | 'paused' | 'done';

export const dueFlagNames: Record<DueFlag, string> = {
  overdue: '逾期',
  'due-soon': '临期',
  'on-time': '正常',
  'no-deadline': '无明确时限',
  paused: '暂缓',
  done: '—',
};

export interface DueStatus {
  flag: DueFlag;
  /** Working days left (negative: working days late); null without a deadline or once done. */
  workdaysLeft: number | null;
}

export function dueStatus(
  item: { state: ItemState; due: string | null },
  today: string,
  dueSoonWorkdays: number = DEFAULT_DUE_SOON_WORKDAYS,
): DueStatus {
  if (item.state === 'paused') return { flag: 'paused', workdaysLeft: null };
  if (!runningStates.includes(item.state)) return { flag: 'done', workdaysLeft: null };
  if (item.due === null) return { flag: 'no-deadline', workdaysLeft: null };
  const left = workdaysLeft(today, item.due);
  if (today > item.due) return { flag: 'overdue', workdaysLeft: left };
  return { flag: left <= dueSoonWorkdays ? 'due-soon' : 'on-time', workdaysLeft: left };
}
