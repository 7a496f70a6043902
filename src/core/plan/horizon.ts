// The plan's horizon: the date its tasks are due when they name none themselves — a period in the
// title ("2020年下半年"), else the latest date in the goals section ("到2025年", "到2017年年底").
import { findDeadlines, type DateContext } from './deadlines';
import type { SectionTree } from './sections';
import { latestDeadline } from './tasks';
import type { Deadline } from './types';

const GOALS_TITLE = /目标(?:任务)?$/;

export function planHorizon(
  title: string | null,
  tree: SectionTree,
  ctx: DateContext,
): Deadline | null {
  if (title) {
    const fromTitle = latestDeadline(findDeadlines(title, ctx));
    if (fromTitle?.due) return fromTitle;
  }
  const goals = tree.items.find(
    (item) => item.part === 'body' && GOALS_TITLE.test(item.section.title),
  );
  if (!goals) return null;
  const inGoals = tree.items.filter(
    (item) => item === goals || item.path.includes(goals.section.key),
  );
  const text = inGoals.flatMap((item) => item.paragraphs.map((p) => p.text)).join('\n');
  const fromGoals = latestDeadline(findDeadlines(text, ctx));
  return fromGoals?.due ? fromGoals : null;
}
