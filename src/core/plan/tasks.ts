// Tasks of a plan: every numbered item that carries a responsibility clause, with its lead and
// cooperating units and its deadline (the latest one written in it, else the plan's horizon).
import {
  createAttributionState,
  findAttributionClause,
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
  warnUnattributedSiblings(tree, attributedKeys, warnings);
  return tasks;
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

/**
 * A numbered item without a clause among siblings that have one is probably a task whose clause is
 * missing or unreadable: warn, never drop silently. Items of sections where no sibling is attributed
 * (principles, phases, guarantees) are descriptions, not tasks.
 */
function warnUnattributedSiblings(
  tree: SectionTree,
  attributed: Set<string>,
  warnings: PlanWarning[],
): void {
  const parentsWithTasks = new Set<string | null>();
  for (const item of tree.items) {
    if (attributed.has(item.section.key))
      parentsWithTasks.add(`${item.part}|${item.parentKey ?? ''}`);
  }
  for (const item of tree.items) {
    if (
      item.part === 'notice' ||
      attributed.has(item.section.key) ||
      item.section.children.length > 0
    )
      continue;
    if (!parentsWithTasks.has(`${item.part}|${item.parentKey ?? ''}`)) continue;
    warnings.push({
      line: item.section.source.line,
      message: `第${item.section.source.line}行“${item.section.ref}${item.section.title}”没有写明责任单位，未列为任务，请核对`,
    });
  }
}
