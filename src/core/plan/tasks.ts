// Tasks of a plan: every numbered item that carries a responsibility clause, with its lead and
// cooperating units and its deadline (the latest one written in it, else the plan's horizon); a
// numbered item of a task list without a clause is a task too, lead empty, marked for review.
import {
  createAttributionState,
  findAttributionClause,
  isAttributionLike,
  findLabelledClause,
  parseAttribution,
  type Attribution,
} from './attribution';
import type { BracketGroup } from './brackets';
import { findDeadlines, type DateContext, type DeadlineMatch } from './deadlines';
import type { Paragraph } from './lines';
import { headingTitle, type SectionItem, type SectionTree } from './sections';
import type { Deadline, PlanWarning, Task } from './types';

const ROSTER_LINE = /^(?:成员部门|成员单位|组长|副组长|工作职责)\s*[：:]/;

interface FoundClause {
  item: SectionItem;
  paragraphs: Paragraph[];
  clauseParagraph: Paragraph;
  clause: BracketGroup;
}

interface AttributedItem {
  item: SectionItem;
  /** The item's paragraphs up to the one that holds the clause. */
  paragraphs: Paragraph[];
  clauseParagraph: Paragraph;
  attribution: Attribution;
}

/**
 * The clause of an item: in its heading paragraph or in a paragraph after it. A clause standing as
 * its own paragraph (Ziyang lines 105 and 121, "〔市经济和信息化委、…负责〕") belongs to the item right
 * before it only: in Ziyang every other item of those sections carries its own clause, and the
 * clause was pushed onto a paragraph of its own by a page break after the item's last sentence. It
 * is never spread over earlier siblings — a sibling left without a clause gets a warning instead,
 * so that nobody is made responsible for a task the document does not give them.
 */
function attributionOf(item: SectionItem): FoundClause | null {
  // A work group's roster ("牵头部门：…" ⏎ "成员部门：…") is a group, read with the work groups, not a task.
  const isRoster = item.paragraphs.some((p) => ROSTER_LINE.test(p.text));
  for (let k = 0; k < item.paragraphs.length; k++) {
    const paragraph = item.paragraphs[k] as Paragraph;
    const clause =
      findAttributionClause(paragraph.text) ??
      (isRoster ? null : findLabelledClause(paragraph.text));
    if (clause)
      return {
        item,
        paragraphs: item.paragraphs.slice(0, k + 1),
        clauseParagraph: paragraph,
        clause,
      };
  }
  return null;
}

/** The deadline written in the text: the latest dated one, else an ongoing one, else null. */
export function latestDeadline(matches: DeadlineMatch[]): Deadline | null {
  let best: DeadlineMatch | null = null;
  for (const m of matches) {
    if (m.due !== null && (best === null || best.due === null || m.due > best.due)) best = m;
  }
  best ??= matches.find((m) => m.ongoing === true) ?? null;
  if (best === null) return null;
  const deadline: Deadline = { dueText: best.dueText, due: best.due };
  if (best.start !== undefined) deadline.start = best.start;
  if (best.ongoing !== undefined) deadline.ongoing = best.ongoing;
  return deadline;
}

function taskTitle(item: SectionItem, clauseText: string): string {
  const withoutClause = item.marker.rest.replace(clauseText, '');
  return headingTitle(withoutClause).replace(/[，,、：:\s]+$/, '');
}

export function extractTasks(
  tree: SectionTree,
  ctx: DateContext,
  horizon: Deadline | null,
  warnings: PlanWarning[],
): Task[] {
  const state = createAttributionState();
  const tasks: Task[] = [];
  const attributedKeys = new Set<string>();
  for (const item of tree.items) {
    if (item.part === 'notice') continue;
    const found = attributionOf(item);
    if (found === null) continue;
    const attribution = parseAttribution(found.clause, state);
    for (const problem of attribution.problems) {
      warnings.push({
        line: found.clauseParagraph.startLine,
        message: `责任分工“${attribution.clause}”有无法识别的内容：${problem}`,
      });
    }
    if (attribution.lead.length === 0) continue;
    attributedKeys.add(item.section.key);
    tasks.push(toTask({ ...found, attribution }, ctx, horizon));
  }
  const unattributed = unattributedTaskItems(tree, attributedKeys);
  for (const item of unattributed) {
    const cut = item === tree.items[tree.items.length - 1] ? cutOffClause(item) : null;
    const attribution = cut ? parseAttribution(cut, state) : null;
    const task = toTask(
      {
        item,
        paragraphs: item.paragraphs,
        clauseParagraph: item.paragraphs[item.paragraphs.length - 1] as Paragraph,
        attribution: attribution ?? {
          clause: '',
          index: 0,
          lead: [],
          co: [],
          eachLeadsOwnPart: false,
          problems: [],
        },
      },
      ctx,
      horizon,
    );
    task.needsReview = true;
    task.reviewReason = cut
      ? `责任分工在文末中断（“${cut.text}”），请核对牵头单位`
      : '原文没有写明责任单位，牵头单位为空，请补填';
    const where = `第${item.section.source.line}行“${item.section.ref}${item.section.title}”`;
    warnings.push({
      line: item.section.source.line,
      message: cut
        ? `${where}的责任分工在文末中断（“${cut.text}”），已按现有内容列为任务，请核对牵头单位`
        : `${where}没有写明责任单位，已列为任务但牵头单位为空，请补填`,
    });
    tasks.push(task);
  }
  tasks.sort((a, b) => a.source.line - b.source.line);
  return tasks;
}

/** "（责任单位：市卫生计生委、市财" at the very end of a document cut off in the middle of its clause. */
function cutOffClause(item: SectionItem): BracketGroup | null {
  const last = item.paragraphs[item.paragraphs.length - 1] as Paragraph;
  const open = Math.max(
    last.text.lastIndexOf('（'),
    last.text.lastIndexOf('('),
    last.text.lastIndexOf('〔'),
  );
  if (open < 0 || /[）)〕]/.test(last.text.slice(open))) return null;
  const inner = last.text.slice(open + 1).replace(/[、，,；;\s]+$/, '');
  if (!isAttributionLike(inner) && !/^(?:牵头|责任|负责)(?:单位|部门)\s*[：:]/.test(inner))
    return null;
  return { text: last.text.slice(open), inner, index: open };
}

function toTask(found: AttributedItem, ctx: DateContext, horizon: Deadline | null): Task {
  const { item, paragraphs, attribution } = found;
  const text = paragraphs.map((p) => p.text).join('');
  // The clause is searched too: some plans write the time limit inside it ("完成时限：2022年底前").
  let deadline = latestDeadline(findDeadlines(text, ctx));
  if (deadline === null && horizon !== null) deadline = { ...horizon, inherited: true };
  deadline ??= { dueText: null, due: null };
  const last = paragraphs[paragraphs.length - 1] as Paragraph;
  return {
    key: item.section.key,
    ref: item.section.ref,
    title: taskTitle(item, attribution.clause),
    text,
    lead: attribution.lead,
    co: attribution.co,
    attribution: attribution.clause,
    eachLeadsOwnPart: attribution.eachLeadsOwnPart,
    dueText: deadline.dueText,
    due: deadline.due,
    deadline,
    sectionPath: item.path,
    source: { line: item.section.source.line, endLine: last.endLine },
  };
}

/** Headings of the sections that list a plan's tasks. */
const TASK_LIST_TITLE =
  /(?:重点|主要|工作|改革|具体)?任务(?:分工)?$|重点工作$|主要举措$|重点举措$|工作措施$/;

/**
 * The numbered items that are tasks without a readable clause: items among siblings that have one
 * (a clause missing or unreadable), and the leaf items under a heading that names the task list
 * (二、重点任务 …) in a plan that writes no clause at all. Items of other sections (principles,
 * phases, guarantees) are descriptions, not tasks.
 */
function unattributedTaskItems(tree: SectionTree, attributed: Set<string>): SectionItem[] {
  const byKey = new Map(tree.items.map((item) => [item.section.key, item]));
  const underTaskList = (item: SectionItem) =>
    item.part === 'body' &&
    attributed.size === 0 &&
    item.path.some((key) => TASK_LIST_TITLE.test(byKey.get(key)?.section.title ?? ''));
  const parentsWithTasks = new Set<string | null>();
  for (const item of tree.items) {
    if (attributed.has(item.section.key))
      parentsWithTasks.add(`${item.part}|${item.parentKey ?? ''}`);
  }
  const found: SectionItem[] = [];
  for (const item of tree.items) {
    // A work group's roster is read with the work groups.
    if (item.paragraphs.some((p) => ROSTER_LINE.test(p.text))) continue;
    if (
      item.part === 'notice' ||
      attributed.has(item.section.key) ||
      item.section.children.length > 0
    )
      continue;
    if (!parentsWithTasks.has(`${item.part}|${item.parentKey ?? ''}`) && !underTaskList(item))
      continue;
    found.push(item);
  }
  return found;
}
