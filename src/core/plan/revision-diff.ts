// What changed between two revisions of a plan: tasks, targets, work groups and schedule rows added, removed or
// changed (matched by their stable keys), and the plan's own details. Shown before publishing and audited with it.
import type { Keyed, KeyedPlan } from './stable-keys';

export interface FieldChange {
  field: string;
  /** The field's name in the UI, e.g. "牵头单位". */
  label: string;
  before: unknown;
  after: unknown;
}

export interface DiffItem {
  stableKey: string;
  /** How people name the item, e.g. "（三）改革完善疾病预防控制体系". */
  label: string;
}

export interface ChangedItem extends DiffItem {
  changes: FieldChange[];
}

export interface ItemDiff {
  added: DiffItem[];
  removed: DiffItem[];
  changed: ChangedItem[];
}

export interface RevisionDiff {
  meta: FieldChange[];
  tasks: ItemDiff;
  targets: ItemDiff;
  workGroups: ItemDiff;
  schedule: ItemDiff;
}

type Fields<T> = ReadonlyArray<readonly [keyof T & string, string]>;

const metaFields: Fields<KeyedPlan> = [
  ['title', '标题'],
  ['noticeTitle', '通知标题'],
  ['issuer', '发文单位'],
  ['docNumber', '文号'],
  ['issuedOn', '成文日期'],
];
const taskFields: Fields<KeyedPlan['tasks'][number]> = [
  ['ref', '编号'],
  ['title', '任务名称'],
  ['lead', '牵头单位'],
  ['co', '配合单位'],
  ['dueText', '完成时限'],
  ['due', '截止日期'],
];
const targetFields: Fields<KeyedPlan['targets'][number]> = [
  ['text', '原文'],
  ['op', '运算'],
  ['value', '数值'],
  ['unit', '单位'],
  ['due', '截止日期'],
  ['scope', '适用范围'],
  ['indicator', '监测指标'],
];
const groupFields: Fields<KeyedPlan['workGroups'][number]> = [
  ['name', '名称'],
  ['leader', '组长'],
  ['deputies', '副组长'],
  ['leadUnits', '牵头单位'],
  ['memberUnits', '成员单位'],
  ['duties', '工作职责'],
];
const scheduleFields: Fields<KeyedPlan['schedule'][number]> = [
  ['task', '工作内容'],
  ['dueText', '时间'],
  ['due', '截止日期'],
  ['owners', '责任单位'],
];

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function fieldChanges<T>(before: T, after: T, fields: Fields<T>): FieldChange[] {
  return fields
    .filter(([field]) => !same(before[field], after[field]))
    .map(([field, label]) => ({ field, label, before: before[field], after: after[field] }));
}

function diffItems<T extends Keyed<object>>(
  before: T[],
  after: T[],
  fields: Fields<T>,
  label: (item: T) => string,
): ItemDiff {
  const old = new Map(before.map((item) => [item.stableKey, item]));
  const next = new Map(after.map((item) => [item.stableKey, item]));
  const diff: ItemDiff = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const previous = old.get(item.stableKey);
    if (!previous) {
      diff.added.push({ stableKey: item.stableKey, label: label(item) });
      continue;
    }
    const changes = fieldChanges(previous, item, fields);
    if (changes.length > 0)
      diff.changed.push({ stableKey: item.stableKey, label: label(item), changes });
  }
  for (const item of before) {
    if (!next.has(item.stableKey))
      diff.removed.push({ stableKey: item.stableKey, label: label(item) });
  }
  return diff;
}

/** The changes from revision `before` to revision `after`. */
export function diffRevisions(before: KeyedPlan, after: KeyedPlan): RevisionDiff {
  return {
    meta: fieldChanges(before, after, metaFields),
    tasks: diffItems(before.tasks, after.tasks, taskFields, (task) => `${task.ref}${task.title}`),
    targets: diffItems(before.targets, after.targets, targetFields, (target) => target.text),
    workGroups: diffItems(before.workGroups, after.workGroups, groupFields, (group) => group.name),
    schedule: diffItems(before.schedule, after.schedule, scheduleFields, (item) => item.task),
  };
}

export interface DiffCounts {
  meta: number;
  added: number;
  removed: number;
  changed: number;
}

const parts = (diff: RevisionDiff): ItemDiff[] => [
  diff.tasks,
  diff.targets,
  diff.workGroups,
  diff.schedule,
];

/** How many items were added, removed and changed (the audit's and the UI's one-line summary). */
export function diffCounts(diff: RevisionDiff): DiffCounts {
  const sum = (pick: (part: ItemDiff) => unknown[]) =>
    parts(diff).reduce((total, part) => total + pick(part).length, 0);
  return {
    meta: diff.meta.length,
    added: sum((part) => part.added),
    removed: sum((part) => part.removed),
    changed: sum((part) => part.changed),
  };
}

export const diffIsEmpty = (diff: RevisionDiff): boolean => {
  const counts = diffCounts(diff);
  return counts.meta + counts.added + counts.removed + counts.changed === 0;
};
