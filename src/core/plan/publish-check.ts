// What must be confirmed, with a reason, before a plan is published: no title, nothing extracted, or a reading
// whose text decoding is in doubt. A pure list of problems, so a new condition is one more line.
import type { Plan, PlanWarning } from './types';

export interface PublishProblem {
  code: 'no-title' | 'nothing-extracted' | 'encoding-doubt';
  message: string;
}

/** A warning of the file reader saying the text may not be what the file says (not a routine note). */
export function isDecodingDoubt(warning: PlanWarning): boolean {
  return warning.kind === 'document' && warning.doubtful === true;
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
  const doubts = plan.warnings.filter(isDecodingDoubt).map((warning) => warning.message);
  if (plan.decoding && doubts.length === 0) doubts.push(plan.decoding.reason);
  if (doubts.length > 0) {
    problems.push({ code: 'encoding-doubt', message: `文字解码可能有误（${doubts.join('；')}）` });
  }
  return problems;
}
