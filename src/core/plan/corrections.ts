// People's corrections to a parsed plan, kept as operations on stable keys so they survive a re-parse.
import type { Plan, Target, TargetOp, Task } from './types';

export interface TaskFields {
  title: string;
  lead: string[];
  co: string[];
  dueText: string | null;
  due: string | null;
}

export type Correction =
  | {
      op: 'setMeta';
      fields: Partial<{
        title: string;
        issuer: string;
        docNumber: string;
        issuedOn: string | null;
      }>;
    }
  | { op: 'setTask'; taskKey: string; fields: Partial<TaskFields> }
  | { op: 'mergeTasks'; taskKeys: string[] }
  | { op: 'splitTask'; taskKey: string; parts: TaskFields[] }
  | { op: 'deleteTask'; taskKey: string }
  | {
      op: 'setTarget';
      targetKey: string;
      fields: Partial<{
        op: TargetOp;
        value: number;
        unit: string;
        due: string | null;
        scope: string | null;
        indicator: string | null;
      }>;
    }
  | { op: 'deleteTarget'; targetKey: string }
  | { op: 'setUnitCanonical'; name: string; canonical: string | null };

export interface CorrectionOutcome {
  plan: Plan;
  /** Indexes of corrections that no longer fit the plan (their task, target or unit is gone). */
  stale: number[];
}

const findTask = (plan: Plan, key: string): Task | undefined =>
  plan.tasks.find((task) => task.key === key);
const findTarget = (plan: Plan, key: string): Target | undefined =>
  plan.targets.find((target) => target.key === key);

const unique = (names: string[]): string[] => [
  ...new Set(names.map((n) => n.trim()).filter(Boolean)),
];

function withFields(task: Task, fields: Partial<TaskFields>): Task {
  const next: Task = { ...task };
  if (fields.title !== undefined) next.title = fields.title;
  if (fields.lead !== undefined) next.lead = unique(fields.lead);
  // A person who names the lead units has checked the task the parser could not attribute.
  if (fields.lead !== undefined && next.lead.length > 0) {
    delete next.needsReview;
    delete next.reviewReason;
  }
  if (fields.co !== undefined) next.co = unique(fields.co);
  if (fields.dueText !== undefined || fields.due !== undefined) {
    const dueText = fields.dueText !== undefined ? fields.dueText : task.dueText;
    const due = fields.due !== undefined ? fields.due : task.due;
    next.dueText = dueText;
    next.due = due;
    next.deadline = { dueText, due, inherited: false, ongoing: dueText === '全程' };
  }
  return next;
}

/** Applies one correction; returns null when it no longer fits the plan. */
function applyOne(plan: Plan, correction: Correction): Plan | null {
  switch (correction.op) {
    case 'setMeta':
      return { ...plan, ...correction.fields };
    case 'setTask': {
      if (!findTask(plan, correction.taskKey)) return null;
      const tasks = plan.tasks.map((task) =>
        task.key === correction.taskKey ? withFields(task, correction.fields) : task,
      );
      return { ...plan, tasks };
    }
    case 'mergeTasks': {
      const merged = correction.taskKeys.map((key) => findTask(plan, key));
      const [first, ...rest] = merged;
      if (!first || rest.length === 0 || rest.some((task) => !task)) return null;
      const parts = merged as Task[];
      const lead = unique(parts.flatMap((task) => task.lead));
      const combined: Task = {
        ...first,
        text: parts.map((task) => task.text).join('\n'),
        lead,
        co: unique(parts.flatMap((task) => task.co)).filter((name) => !lead.includes(name)),
        source: {
          line: Math.min(...parts.map((task) => task.source.line)),
          endLine: Math.max(...parts.map((task) => task.source.endLine ?? task.source.line)),
        },
      };
      const dropped = new Set(correction.taskKeys.slice(1));
      const tasks = plan.tasks
        .filter((task) => !dropped.has(task.key))
        .map((task) => (task.key === first.key ? combined : task));
      return { ...plan, tasks };
    }
    case 'splitTask': {
      const original = findTask(plan, correction.taskKey);
      if (!original || correction.parts.length < 2) return null;
      const parts = correction.parts.map((fields, index) => ({
        ...withFields(original, fields),
        key: `${original.key}#${index + 1}`,
        ref: `${original.ref}-${index + 1}`,
      }));
      const tasks = plan.tasks.flatMap((task) => (task.key === original.key ? parts : [task]));
      return { ...plan, tasks };
    }
    case 'deleteTask':
      if (!findTask(plan, correction.taskKey)) return null;
      return { ...plan, tasks: plan.tasks.filter((task) => task.key !== correction.taskKey) };
    case 'setTarget': {
      if (!findTarget(plan, correction.targetKey)) return null;
      const targets = plan.targets.map((target) =>
        target.key === correction.targetKey ? { ...target, ...correction.fields } : target,
      );
      return { ...plan, targets };
    }
    case 'deleteTarget':
      if (!findTarget(plan, correction.targetKey)) return null;
      return {
        ...plan,
        targets: plan.targets.filter((target) => target.key !== correction.targetKey),
      };
    case 'setUnitCanonical': {
      if (!plan.units.some((unit) => unit.name === correction.name)) return null;
      const units = plan.units.map((unit) =>
        unit.name === correction.name ? { ...unit, canonical: correction.canonical } : unit,
      );
      return { ...plan, units };
    }
  }
}

/** Applies corrections in order to a freshly parsed plan; those that no longer fit are reported, not applied. */
export function applyCorrections(parsed: Plan, corrections: Correction[]): CorrectionOutcome {
  let plan = parsed;
  const stale: number[] = [];
  corrections.forEach((correction, index) => {
    const next = applyOne(plan, correction);
    if (next) plan = next;
    else stale.push(index);
  });
  return { plan, stale };
}

/** A short Chinese description of a correction, for the audit trail and the revision list. */
export function describeCorrection(correction: Correction): string {
  switch (correction.op) {
    case 'setMeta':
      return `修改方案信息：${Object.keys(correction.fields).join('、')}`;
    case 'setTask':
      return `修改任务 ${correction.taskKey}：${Object.keys(correction.fields).join('、')}`;
    case 'mergeTasks':
      return `合并任务 ${correction.taskKeys.join('、')}`;
    case 'splitTask':
      return `将任务 ${correction.taskKey} 拆分为 ${correction.parts.length} 项`;
    case 'deleteTask':
      return `删除任务 ${correction.taskKey}`;
    case 'setTarget':
      return `修改目标 ${correction.targetKey}：${Object.keys(correction.fields).join('、')}`;
    case 'deleteTarget':
      return `删除目标 ${correction.targetKey}`;
    case 'setUnitCanonical':
      return `单位「${correction.name}」对应机构设为「${correction.canonical ?? '未指定'}」`;
  }
}
