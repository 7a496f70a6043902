// The ledger items of a published plan: one per task, per work-group duty and per schedule row, each with its
// lead and cooperating units (as written, and as registry units where the registry knows the name), its
// deadline and the lines it comes from.
import { normaliseKeyText, type KeyedPlan } from '../plan/stable-keys';
import type { Section } from '../plan/types';
import type { ItemDraft, ItemUnit } from './types';

/** The registry unit for a name as written, or null when no unit (or more than one) has that name. */
export type UnitResolver = (written: string) => string | null;

function sectionTitles(sections: readonly Section[]): Map<string, string> {
  const titles = new Map<string, string>();
  const walk = (list: readonly Section[]) => {
    for (const section of list) {
      titles.set(section.key, `${section.ref}${section.title}`.trim());
      walk(section.children);
    }
  };
  walk(sections);
  return titles;
}

const unitsOf = (names: readonly string[], resolve: UnitResolver): ItemUnit[] =>
  [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))].map((written) => ({
    written,
    code: resolve(written),
  }));

const shortTitle = (text: string) => {
  const first = text.split(/[。；;]/)[0]?.trim() ?? text.trim();
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
};

export function itemsFromPlan(plan: KeyedPlan, resolve: UnitResolver): ItemDraft[] {
  const titles = sectionTitles(plan.sections);
  const items: ItemDraft[] = [];
  for (const task of plan.tasks) {
    items.push({
      stableKey: task.stableKey,
      kind: 'task',
      ref: task.ref,
      title: task.title || shortTitle(task.text),
      text: task.text,
      lead: unitsOf(task.lead, resolve),
      co: unitsOf(task.co, resolve),
      dueText: task.deadline.dueText ?? task.dueText,
      due: task.deadline.due ?? task.due,
      ongoing: task.deadline.ongoing === true,
      section: task.sectionPath.map((key) => titles.get(key) ?? key),
      line: task.source.line,
      endLine: task.source.endLine ?? null,
      needsReview: task.needsReview === true,
    });
  }
  for (const group of plan.workGroups) {
    const seen = new Map<string, number>();
    group.duties.forEach((duty, index) => {
      const base = `${group.stableKey}|duty:${normaliseKeyText(duty).slice(0, 40)}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      items.push({
        stableKey: count === 1 ? base : `${base}~${count}`,
        kind: 'work-group-duty',
        ref: `${index + 1}.`,
        title: shortTitle(duty),
        text: duty,
        lead: unitsOf(group.leadUnits, resolve),
        co: unitsOf(group.memberUnits, resolve),
        dueText: '全程',
        due: null,
        ongoing: true,
        section: [group.name],
        line: group.source.line,
        endLine: group.source.endLine ?? null,
        needsReview: group.leadUnits.length === 0,
      });
    });
  }
  // A schedule row owned by a work group ("综合协调组") is the group's lead units' to report on.
  const groups = new Map(plan.workGroups.map((group) => [group.name, group]));
  const owners = (names: readonly string[]) =>
    names.flatMap((name) => groups.get(name)?.leadUnits ?? [name]);
  for (const row of plan.schedule) {
    items.push({
      stableKey: row.stableKey,
      kind: 'schedule',
      ref: String(row.seq),
      title: shortTitle(row.task),
      text: row.task,
      lead: unitsOf(owners(row.owners), resolve),
      co: [],
      dueText: row.dueText,
      due: row.due,
      ongoing: row.ongoing,
      section: ['时序安排'],
      line: row.source.line,
      endLine: row.source.endLine ?? null,
      needsReview: row.owners.length === 0,
    });
  }
  return items;
}

/** What publishing a new revision does to a ledger's items, by stable key. */
export interface ItemChanges {
  /** Items the new revision adds. */
  added: ItemDraft[];
  /** Items still in the plan, with what the plan now says of them (their state and history stay). */
  kept: { stableKey: string; draft: ItemDraft }[];
  /** Items whose task is no longer in the plan: kept and marked, never deleted. */
  removed: string[];
}

export function itemChanges(
  existingKeys: readonly string[],
  drafts: readonly ItemDraft[],
): ItemChanges {
  const existing = new Set(existingKeys);
  const next = new Set(drafts.map((draft) => draft.stableKey));
  return {
    added: drafts.filter((draft) => !existing.has(draft.stableKey)),
    kept: drafts
      .filter((draft) => existing.has(draft.stableKey))
      .map((draft) => ({ stableKey: draft.stableKey, draft })),
    removed: existingKeys.filter((key) => !next.has(key)),
  };
}
