// One line of plain Chinese saying what a correction changed, for the 修订记录 list.
import type { Plan } from '../../core/plan/types';
import type { Correction } from '../../core/plan/corrections';
import { correctionFieldNames } from '../../core/plan/change-text';
import { targetOpLabels } from './labels';

const fieldNames = correctionFieldNames;

function showValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (Array.isArray(value)) return value.length === 0 ? '（无）' : value.join('、');
  if (field === 'op' && typeof value === 'string' && value in targetOpLabels) {
    return targetOpLabels[value as keyof typeof targetOpLabels];
  }
  return String(value);
}

function describeFields(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .map(([field, value]) => `${fieldNames[field] ?? field}改为「${showValue(field, value)}」`)
    .join('；');
}

export function describeCorrection(correction: Correction, plan: Plan): string {
  const taskName = (key: string) => {
    const task = plan.tasks.find((candidate) => candidate.key === key);
    // A merged, split or deleted task is gone from the plan: name it by the last step of its key, e.g. "（三）".
    return task ? `任务 ${task.ref}「${task.title}」` : `任务 ${key.split('/').pop() ?? key}`;
  };
  const targetName = (key: string) => {
    const target = plan.targets.find((candidate) => candidate.key === key);
    return target ? `目标「${target.text}」` : `目标 ${key}`;
  };
  switch (correction.op) {
    case 'setMeta':
      return `方案信息：${describeFields(correction.fields)}`;
    case 'setTask':
      return `${taskName(correction.taskKey)}：${describeFields(correction.fields)}`;
    case 'mergeTasks': {
      const [first, ...rest] = correction.taskKeys;
      const merged = rest.map((key) => key.split('/').pop() ?? key).join('、');
      return `合并任务：${merged} 并入 ${first ? taskName(first) : ''}`;
    }
    case 'splitTask':
      return `拆分 ${taskName(correction.taskKey)} 为 ${correction.parts.length} 项：${correction.parts.map((part) => part.title).join('；')}`;
    case 'deleteTask':
      return `删除 ${taskName(correction.taskKey)}`;
    case 'setTarget':
      return `${targetName(correction.targetKey)}：${describeFields(correction.fields)}`;
    case 'deleteTarget':
      return `删除 ${targetName(correction.targetKey)}`;
    case 'setUnitCanonical':
      return correction.canonical
        ? `单位「${correction.name}」对应到「${correction.canonical}」`
        : `清除单位「${correction.name}」的规范名称`;
  }
}
