// Stable keys: what identifies a task, target, work group or schedule row across a re-parse and a new revision,
// so that what points at an item (ledger items, target checks) is carried to the next revision by its key.
import type { Plan, ScheduleItem, Target, Task, WorkGroup } from './types';

export type Keyed<T> = T & { stableKey: string };

/** A plan whose items carry their stable keys (what the API sends). */
export interface KeyedPlan extends Omit<Plan, 'tasks' | 'targets' | 'workGroups' | 'schedule'> {
  tasks: Keyed<Task>[];
  targets: Keyed<Target>[];
  workGroups: Keyed<WorkGroup>[];
  schedule: Keyed<ScheduleItem>[];
}

/**
 * Text as a key part: full-width forms folded (（三） and (三) are one), whitespace and punctuation dropped, so that a
 * page break, a space or a bracket style does not make a new item.
 */
export function normaliseKeyText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
}

/** Keys made unique in order: a second item with the same key gets "~2", a third "~3". */
function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}~${count}`;
  });
}

export const taskStableKey = (task: Pick<Task, 'ref' | 'title'>): string =>
  `task:${normaliseKeyText(task.ref)}|${normaliseKeyText(task.title)}`;

export const targetStableKey = (target: Pick<Target, 'subject' | 'scope' | 'due' | 'dueText'>) =>
  `target:${normaliseKeyText(target.subject)}|${normaliseKeyText(target.scope ?? '')}|${
    target.due ?? normaliseKeyText(target.dueText ?? '')
  }`;

export const workGroupStableKey = (group: Pick<WorkGroup, 'name'>) =>
  `group:${normaliseKeyText(group.name)}`;

export const scheduleStableKey = (item: Pick<ScheduleItem, 'task'>) =>
  `schedule:${normaliseKeyText(item.task).slice(0, 60)}`;

/**
 * The stable keys of a parse, by the parser's own keys (task.key, target.key). Computed from the reading before any
 * correction, so a corrected title or value keeps its item's key.
 */
export interface ParsedKeys {
  tasks: Map<string, string>;
  targets: Map<string, string>;
}

export function parsedKeys(parsed: Plan): ParsedKeys {
  const taskKeys = uniqueKeys(parsed.tasks.map(taskStableKey));
  const targetKeys = uniqueKeys(parsed.targets.map(targetStableKey));
  return {
    tasks: new Map(parsed.tasks.map((task, index) => [task.key, taskKeys[index] ?? ''])),
    targets: new Map(parsed.targets.map((target, index) => [target.key, targetKeys[index] ?? ''])),
  };
}

/** The stable key of a corrected task: its parsed task's; a split part "#n" after its original's. */
function correctedTaskKey(task: Task, keys: ParsedKeys): string {
  const direct = keys.tasks.get(task.key);
  if (direct) return direct;
  const split = /^(.*)#(\d+)$/.exec(task.key);
  const original = split?.[1] ? keys.tasks.get(split[1]) : undefined;
  return original && split ? `${original}#${split[2]}` : taskStableKey(task);
}

/** Adds the stable key to every item of a (corrected) plan, from the keys of the parse it was corrected from. */
export function withStableKeys(plan: Plan, keys: ParsedKeys): KeyedPlan {
  const groupKeys = uniqueKeys(plan.workGroups.map(workGroupStableKey));
  const scheduleKeys = uniqueKeys(plan.schedule.map(scheduleStableKey));
  return {
    ...plan,
    tasks: plan.tasks.map((task) => ({ ...task, stableKey: correctedTaskKey(task, keys) })),
    targets: plan.targets.map((target) => ({
      ...target,
      stableKey: keys.targets.get(target.key) ?? targetStableKey(target),
    })),
    workGroups: plan.workGroups.map((group, index) => ({
      ...group,
      stableKey: groupKeys[index] ?? '',
    })),
    schedule: plan.schedule.map((item, index) => ({
      ...item,
      stableKey: scheduleKeys[index] ?? '',
    })),
  };
}
