// Quantitative targets of a plan: every goal phrase of every paragraph with its subject, operator,
// value, unit, deadline, scope and indicator, pointing back to its line and its task.
import { lineAt, type Paragraph } from './lines';
import type { PlanWarning, SourceRef, Target, Task } from './types';
import { asciiDigits } from './calendar';
import { findDatePhrases, type DateContext, type DatePhraseMatch } from './deadlines';
import { linkIndicator } from './indicator-links';
import { findQuantities, type QuantityPhrase } from './target-phrases';
import { listSubjects } from './target-ranges';
import { leadingScope, scopeIn } from './target-scope';

const CLAUSE_MARK = /[，。；：,;:！？!?、]/;
const SENTENCE_MARK = /[。！？!?]/;
const LEADING_WORDS =
  /^(?:力争|争取|确保|推动实现|推动|实现|使得|使|逐步|进一步|基本|总体|全面|按照|按|对|将|要|须|必须|应当|应|并|同时|其中|且|原则上|全市|全区|全县|全省|所有|各级|全部|努力|持续|分别)+/;
const TRAILING_WORDS =
  /(?:总体|要|应当|应|须|必须|逐步|基本|力争|全部|均|保持|连续|分别|进一步|将|可|能|需|都)+$/;
/** Connectives that open a clause but are not part of the goal as quoted. */
const TEXT_LEADING =
  /^(?:按照|按|力争|争取|确保|推动实现|推动|逐步|使|须|必须|要|应|分别|并|同时|原则上)+/;
const CREATION_VERBS = /^(?:建立|组建|设置|设立|建成|建设|配备|配置|有|培养|开设|达到)/;

function lastIndexOfMark(text: string, mark: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (mark.test(text.charAt(i))) return i;
  return -1;
}

function nextIndexOfMark(text: string, mark: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (mark.test(text.charAt(i))) return i;
  return text.length;
}

function clean(words: string): string {
  let s = words.trim();
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '').trim();
  }
  return s;
}

/** Subject and scope as written: "二级公立医院普通门诊号源" → 普通门诊号源, scope 二级公立医院. */
function splitScope(prefix: string): { subject: string; scope: string | null | undefined } {
  const cleaned = clean(prefix);
  const lead = leadingScope(cleaned);
  if (lead === null) return { subject: cleaned, scope: undefined };
  return { subject: clean(lead.rest), scope: lead.scope };
}

function subjectOf(
  text: string,
  q: QuantityPhrase,
  phraseStart: number,
): { subject: string; scope: string | null | undefined } {
  const prefix = text.slice(phraseStart, q.qualifierIndex);
  // "90%的乡镇卫生院达到…": the units counted are named in the goal itself, never inherited.
  if (q.shape === 'share-of')
    return {
      subject: q.noun,
      scope: splitScope(prefix).scope ?? leadingScope(q.noun)?.scope ?? null,
    };
  if (q.shape === 'count') {
    const head = splitScope(prefix);
    const verb = q.gap.trim().replace(CREATION_VERBS, '');
    const headWords = head.subject.replace(CREATION_VERBS, '');
    return { subject: `${headWords}${verb}${q.noun}`, scope: head.scope };
  }
  if (q.keyword === '占') {
    const share = text.slice(phraseStart, q.numberIndex).trim().replace(/的$/, '');
    return splitScope(share);
  }
  return splitScope(prefix);
}

/**
 * The deadline a sentence inherits from its paragraph. Only year-structured paragraphs pass one on
 * (Ziyang's schedule: "2017年，…。…。2018年，…。各级中医医院…高于50%"): the paragraph opens, after
 * its numbering and heading, with a deadline; the latest sentence-opening deadline before applies.
 */
function paragraphDeadline(
  text: string,
  deadlines: DatePhraseMatch[],
  before: number,
): DatePhraseMatch | undefined {
  const opensSentence = (d: DatePhraseMatch) => /(?:^|[。！？!?])\s*$/.test(text.slice(0, d.index));
  const first = deadlines[0];
  if (first === undefined) return undefined;
  const opening = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*)?(?:[^，。；]{0,30}。)?\s*$/;
  if (!opening.test(text.slice(0, first.index))) return undefined;
  const candidates = deadlines.filter((d) => d.index < before && (d === first || opensSentence(d)));
  return candidates[candidates.length - 1];
}

interface DueChoice {
  due: string | null;
  dueText: string | null;
  inherited: boolean;
}

function dueOf(text: string, q: QuantityPhrase, deadlines: DatePhraseMatch[]): DueChoice {
  const clauseStart = lastIndexOfMark(text, CLAUSE_MARK, q.qualifierIndex) + 1;
  const clauseEnd = nextIndexOfMark(text, CLAUSE_MARK, q.end);
  const sentenceStart = lastIndexOfMark(text, SENTENCE_MARK, q.qualifierIndex) + 1;
  const inClause = deadlines.filter((d) => d.index >= clauseStart && d.index < clauseEnd);
  const before = deadlines.filter((d) => d.index >= sentenceStart && d.index < q.qualifierIndex);
  const own = inClause[0] ?? before[before.length - 1];
  if (own !== undefined) return { due: own.due, dueText: own.dueText, inherited: false };
  const lead = paragraphDeadline(text, deadlines, q.qualifierIndex);
  if (lead !== undefined) return { due: lead.due, dueText: lead.dueText, inherited: true };
  return { due: null, dueText: null, inherited: false };
}

function taskFor(paragraph: Paragraph, tasks: Task[]): Task | null {
  let best: Task | null = null;
  for (const task of tasks) {
    const first = task.source.line;
    const last = task.source.endLine ?? first;
    if (paragraph.startLine < first || paragraph.startLine > last) continue;
    const span = last - first;
    if (best === null || span < (best.source.endLine ?? best.source.line) - best.source.line)
      best = task;
  }
  return best;
}

/**
 * A target with no date of its own inside a task is due when its task is due (marked inherited), so
 * monitoring has a date to check it against; outside any task it stays without a date.
 */
function inheritTaskDeadline(due: DueChoice, owner: Task | null): DueChoice {
  if (due.due !== null || owner === null || owner.due === null) return due;
  return { due: owner.due, dueText: owner.dueText, inherited: true };
}

/** The line(s) holding the phrase itself: a paragraph joined across a page break spans several. */
function phraseSource(paragraph: Paragraph, start: number, end: number): SourceRef {
  const line = lineAt(paragraph, start);
  const endLine = lineAt(paragraph, Math.max(start, end - 1));
  return endLine !== line ? { line, endLine } : { line };
}

/** Every quantitative goal of the plan, in document order. Table rows (tab-separated) are not read. */
export function extractTargets(
  paragraphs: Paragraph[],
  tasks: Task[],
  ctx: DateContext,
  warnings: PlanWarning[],
): Target[] {
  const targets: Target[] = [];
  const perLine = new Map<number, number>();
  for (const paragraph of paragraphs) {
    if (paragraph.text.includes('\t')) continue;
    const written = paragraph.text;
    const text = asciiDigits(written);
    const phrases = findDatePhrases(written, ctx);
    const deadlines = phrases.filter((d) => d.kind === 'due');
    const blocked = phrases.map((d): [number, number] => [d.index, d.index + d.length]);
    const owner = taskFor(paragraph, tasks);
    const taskKey = owner?.key ?? null;
    let previous: {
      end: number;
      sentenceStart: number;
      scope: string | null;
      subject: string;
    } | null = null;
    let listHead: { subject: string; scope: string | null; textStart: number } | null = null;
    for (const q of findQuantities(text, blocked)) {
      if (q.list !== undefined && q.list.index > 0 && listHead !== null) {
        // A later figure of "分别达到75%、80%": the head's subject (its own part when the subject lists them).
        const subjects = listSubjects(listHead.subject, q.list.count);
        const subject = subjects?.[q.list.index] ?? listHead.subject;
        const due = inheritTaskDeadline(dueOf(text, q, deadlines), owner);
        const n = (perLine.get(paragraph.startLine) ?? 0) + 1;
        perLine.set(paragraph.startLine, n);
        targets.push({
          key: `L${paragraph.startLine}#${n}`,
          text: written.slice(listHead.textStart, q.end).trim(),
          subject,
          op: q.op,
          value: q.value,
          unit: q.unit,
          due: due.due,
          dueText: due.dueText,
          ...(due.inherited ? { dueInherited: true } : {}),
          scope: listHead.scope,
          indicator: linkIndicator(subject),
          taskKey,
          source: phraseSource(paragraph, listHead.textStart, q.end),
        });
        continue;
      }
      const sentenceStart = lastIndexOfMark(text, SENTENCE_MARK, q.qualifierIndex) + 1;
      const sameSentence: boolean = previous !== null && previous.sentenceStart === sentenceStart;
      let phraseStart = lastIndexOfMark(text, CLAUSE_MARK, q.qualifierIndex) + 1;
      if (sameSentence && previous !== null && previous.end > phraseStart)
        phraseStart = previous.end;
      const opening = phrases.find(
        (d) => d.index >= phraseStart && text.slice(phraseStart, d.index).trim() === '',
      );
      if (opening !== undefined && opening.index + opening.length <= q.qualifierIndex) {
        phraseStart = opening.index + opening.length;
      }
      while (phraseStart < q.qualifierIndex && /[\s、，,]/.test(text.charAt(phraseStart)))
        phraseStart++;
      const own = subjectOf(text, q, phraseStart);
      const ownScope = own.scope;
      // "…就诊率为82%，到2020年提升到90%以上": a goal without its own subject continues the previous one.
      const subject: string =
        own.subject === '' && sameSentence && previous !== null ? previous.subject : own.subject;
      let scope: string | null;
      if (ownScope !== undefined) scope = ownScope;
      else if (sameSentence && previous !== null && previous.scope !== null) scope = previous.scope;
      else {
        // Not before the previous goal: institutions named in it ("90%的乡镇卫生院…") are its own.
        const segmentStart = Math.max(
          sentenceStart,
          lastIndexOfMark(text, /[；;]/, phraseStart) + 1,
          sameSentence && previous !== null ? previous.end : 0,
        );
        scope = scopeIn(text.slice(segmentStart, phraseStart)) ?? null;
      }
      const end = q.shape === 'level' ? q.end : q.nounEnd;
      const textStart =
        phraseStart +
        (TEXT_LEADING.exec(text.slice(phraseStart, q.qualifierIndex))?.[0].length ?? 0);
      const phraseText = written.slice(textStart, end).trim();
      const due = inheritTaskDeadline(dueOf(text, q, deadlines), owner);
      const n = (perLine.get(paragraph.startLine) ?? 0) + 1;
      perLine.set(paragraph.startLine, n);
      if (subject === '') {
        warnings.push({
          line: paragraph.startLine,
          message: `目标“${phraseText}”没有写明衡量的对象，请人工核对`,
        });
      }
      let ownSubject: string = subject;
      if (q.list !== undefined) {
        listHead = { subject, scope, textStart };
        ownSubject = listSubjects(subject, q.list.count)?.[0] ?? subject;
      }
      targets.push({
        key: `L${paragraph.startLine}#${n}`,
        text: phraseText,
        subject: ownSubject === '' ? phraseText : ownSubject,
        op: q.op,
        value: q.value,
        unit: q.unit,
        due: due.due,
        dueText: due.dueText,
        ...(due.inherited ? { dueInherited: true } : {}),
        scope,
        indicator: linkIndicator(ownSubject),
        taskKey,
        source: phraseSource(paragraph, textStart, end),
        ...(q.range !== undefined ? { range: q.range } : {}),
      });
      previous = { end, sentenceStart, scope, subject: ownSubject };
    }
  }
  return targets;
}
