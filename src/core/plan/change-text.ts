// What someone else changed, in one plain Chinese phrase, for the answer to a stale edit:
// 「张三 于 2026-12-03 14:05 修改了任务（三）「…」的牵头单位」.
import type { Correction } from './corrections';
import type { Plan } from './types';

/** The Chinese name of each correctable field, as the plan review page and the conflict message say it. */
export const correctionFieldNames: Record<string, string> = {
  title: '标题',
  issuer: '发文单位',
  docNumber: '文号',
  issuedOn: '成文日期',
  lead: '牵头单位',
  co: '配合单位',
  dueText: '完成时限',
  due: '截止日期',
  op: '运算',
  value: '数值',
  unit: '单位',
  scope: '适用范围',
  indicator: '监测指标',
};

const fieldList = (fields: object) =>
  Object.keys(fields)
    .map((field) => correctionFieldNames[field] ?? field)
    .join('、');

function taskName(plan: Plan, key: string): string {
  const task = plan.tasks.find((candidate) => candidate.key === key);
  return task ? `任务${task.ref}「${task.title}」` : `任务 ${key.split('/').pop() ?? key}`;
}

function targetName(plan: Plan, key: string): string {
  const target = plan.targets.find((candidate) => candidate.key === key);
  return target ? `目标「${target.text}」` : `目标 ${key}`;
}

/** "修改了任务（三）「…」的牵头单位": a correction as a verb phrase, naming its task or target in `plan`. */
export function correctionChangeText(correction: Correction, plan: Plan): string {
  switch (correction.op) {
    case 'setMeta':
      return `修改了方案的${fieldList(correction.fields)}`;
    case 'setTask':
      return `修改了${taskName(plan, correction.taskKey)}的${fieldList(correction.fields)}`;
    case 'mergeTasks':
      return `合并了${correction.taskKeys.map((key) => taskName(plan, key)).join('、')}`;
    case 'splitTask':
      return `将${taskName(plan, correction.taskKey)}拆分为 ${correction.parts.length} 项`;
    case 'deleteTask':
      return `删除了${taskName(plan, correction.taskKey)}`;
    case 'setTarget':
      return `修改了${targetName(plan, correction.targetKey)}的${fieldList(correction.fields)}`;
    case 'deleteTarget':
      return `删除了${targetName(plan, correction.targetKey)}`;
    case 'setUnitCanonical':
      return `修改了单位「${correction.name}」的对应机构`;
  }
}

/** A time as people in the office read it: Asia/Shanghai, "2026-12-03 14:05". */
export function shanghaiMinute(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export interface OtherChange {
  who: string;
  at: Date;
  what: string;
}

/** The answer to an edit based on an old version: who changed what since, and what to do. */
export function staleEditMessage(subject: string, changes: OtherChange[]): string {
  const shown = changes.slice(0, 3).map((c) => `${c.who} 于 ${shanghaiMinute(c.at)} ${c.what}`);
  const more = changes.length > 3 ? `，另有 ${changes.length - 3} 项修改` : '';
  const since = shown.length > 0 ? `：${shown.join('；')}${more}` : '';
  // A space between a number and the Chinese that follows, as the UI writes "第 2 版".
  const gap = /[0-9A-Za-z]$/.test(subject) ? ' ' : '';
  return `${subject}${gap}在您打开之后已被修改${since}。您的操作没有保存，请点「刷新」载入最新内容后再操作。`;
}
