// Figures for the summary charts: tasks per lead unit and deadlines by month.
import type { Plan } from '../../core/plan/types';

export interface Bar {
  label: string;
  count: number;
}

/** How many tasks each unit leads, most first. A task with several leads counts once for each. */
export function tasksPerLeadUnit(plan: Plan): Bar[] {
  const counts = new Map<string, number>();
  for (const task of plan.tasks) {
    const leads = task.lead.length > 0 ? task.lead : ['（未识别牵头单位）'];
    for (const unit of new Set(leads)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
}

/** How many task deadlines fall in each month, in calendar order; 全程 and no deadline come last. */
export function deadlinesByMonth(plan: Plan): Bar[] {
  const months = new Map<string, number>();
  let ongoing = 0;
  let none = 0;
  for (const task of plan.tasks) {
    if (task.due) {
      const month = task.due.slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + 1);
    } else if (task.deadline.ongoing) ongoing += 1;
    else none += 1;
  }
  const bars = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, count]) => ({
      label: `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`,
      count,
    }));
  if (ongoing > 0) bars.push({ label: '全程', count: ongoing });
  if (none > 0) bars.push({ label: '无时限', count: none });
  return bars;
}
