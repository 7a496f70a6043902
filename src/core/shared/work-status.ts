// Chinese names of the states of long work (a simulation run, a case-mix analysis, a background job), for
// every list and progress bar that shows one.
import { nameIn } from './code-names';

export const WORK_STATUS_NAMES = {
  queued: '排队中',
  running: '计算中',
  done: '已完成',
  failed: '失败',
  cancelled: '已取消',
} as const satisfies Record<string, string>;

export type WorkStatus = keyof typeof WORK_STATUS_NAMES;

/** The state's name, or its code for a state this table does not know. */
export const workStatusName = (status: string): string => nameIn(WORK_STATUS_NAMES, status);
