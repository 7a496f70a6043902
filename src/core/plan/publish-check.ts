// What must be confirmed, with a reason, before a plan is published: no title, nothing extracted, or a reading
// whose text decoding is in doubt. A pure list of problems, so a new condition is one more line.
import type { Plan, PlanWarning } from './types';

export interface PublishProblem {
  code: 'no-title' | 'nothing-extracted' | 'encoding-doubt';
  message: string;
}

/** A warning about how the file's bytes were decoded (its kind or its words name the encoding). */
export function isEncodingWarning(warning: PlanWarning): boolean {
  const kind = (warning as PlanWarning & { kind?: unknown }).kind;
  if (typeof kind === 'string' && /encoding/i.test(kind)) return true;
  return /encoding|编码|乱码/i.test(warning.message);
}

export function publishProblems(plan: Plan): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!plan.title || plan.title.trim() === '') {
    problems.push({ code: 'no-title', message: '没有识别出方案标题' });
  }
  const extracted =
    plan.tasks.length + plan.workGroups.length + plan.schedule.length + plan.targets.length;
  if (extracted === 0) {
    problems.push({
      code: 'nothing-extracted',
      message: '没有提取出任何任务、工作组、时序安排或量化目标',
    });
  }
  const encoding = plan.warnings.filter(isEncodingWarning);
  if (encoding.length > 0) {
    problems.push({
      code: 'encoding-doubt',
      message: `文字解码可能有误（${encoding.map((warning) => warning.message).join('；')}）`,
    });
  }
  return problems;
}
