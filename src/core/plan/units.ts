// Units (departments, bodies) a plan makes responsible: every name used in task attributions and
// work groups, as written and never merged, with its canonical body for a person to confirm.
import type { Task, UnitMention, WorkGroup } from './types';
import { canonicalBody } from '../shared/units';

export interface UnitSources {
  lines: string[];
  tasks: Task[];
  workGroups: WorkGroup[];
}

/** 1-based lines that name `name` (a longer body name such as "…委员会" does not count for "…委"). */
function linesNaming(lines: string[], name: string): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
      if (line.charAt(at + name.length) !== '员') {
        found.push(i + 1);
        return;
      }
    }
  });
  return found;
}

/** Every unit named by the tasks and work groups, deduplicated by exact written name, in order of first mention. */
export function collectUnits(input: UnitSources): UnitMention[] {
  const names: string[] = [];
  const add = (name: string) => {
    const written = name.trim();
    if (written !== '' && !names.includes(written)) names.push(written);
  };
  for (const task of input.tasks) [...task.lead, ...task.co].forEach(add);
  for (const group of input.workGroups) {
    [...group.leadUnits, ...group.memberUnits, ...(group.staffUnits ?? [])].forEach(add);
  }
  const mentions = names.map((name) => ({
    name,
    canonical: canonicalBody(name),
    lines: linesNaming(input.lines, name),
  }));
  const firstLine = (m: UnitMention) => m.lines[0] ?? Number.MAX_SAFE_INTEGER;
  return mentions
    .map((m, order) => ({ m, order }))
    .sort((a, b) => firstLine(a.m) - firstLine(b.m) || a.order - b.order)
    .map(({ m }) => m);
}
