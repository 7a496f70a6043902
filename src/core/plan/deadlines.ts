// Deadlines written in plan sentences and schedule cells, as calendar dates (YYYY-MM-DD).
// A start ("2017年9月1日起", "自…起") is not a deadline: findDeadlines leaves it out, findDatePhrases keeps it.
import type { Deadline } from './types';
import { asciiDigits, monthEnd, yearEnd, yearOf } from './calendar';
import { BARE_YEAR, PATTERNS, type DatePhrase } from './deadline-patterns';

export interface DateContext {
  issuedOn: string | null;
  /** The plan's year, for phrases that give none ("8月底前", "年底前"). */
  defaultYear: number | null;
}

export interface DeadlineMatch extends Deadline {
  /** Position of the phrase in the text (UTF-16 index) and its length. */
  index: number;
  length: number;
}

export interface DatePhraseMatch extends DeadlineMatch {
  kind: DatePhrase['kind'];
}

interface Candidate {
  index: number;
  length: number;
  pattern: (typeof PATTERNS)[number] | null;
  match: RegExpExecArray;
}

const CLAUSE_START = /[，。；：,;:、（(\s]$/;
const CLAUSE_END = /[，。；,;！!？?\n]/;

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      found.push({ index: m.index, length: m[0].length, pattern, match: m });
    }
  }
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(text); m !== null; m = BARE_YEAR.exec(text)) {
    if (isClauseHeadYear(text, m))
      found.push({ index: m.index, length: m[0].length, pattern: null, match: m });
  }
  return found;
}

/**
 * A bare year is a deadline when it opens a clause and the clause is not a relative clause:
 * "2017年，…" and "2017年全市…控制在10%以下" are; "2017年启动实施综合改革的公立医院" and
 * "以2016年卫生财务决算年报为基数" are not.
 */
function isClauseHeadYear(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(0, m.index).replace(/[到至在于]$/, '');
  if (before !== '' && !CLAUSE_START.test(before)) return false;
  const rest = text.slice(m.index + m[0].length);
  if (/^[\d月年以之]/.test(rest)) return false;
  const clauseEnd = rest.search(CLAUSE_END);
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  return !clause.includes('的');
}

/** Longest phrase first among those starting at the same place; no two phrases overlap. */
function resolveOverlaps(found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: Candidate[] = [];
  let end = -1;
  for (const c of sorted) {
    if (c.index < end) continue;
    kept.push(c);
    end = c.index + c.length;
  }
  return kept;
}

function fallbackYear(ctx: DateContext): number | null {
  return ctx.defaultYear ?? yearOf(ctx.issuedOn);
}

/** Every date phrase of the text, starts included, in order of appearance. */
export function findDatePhrases(text: string, ctx: DateContext): DatePhraseMatch[] {
  const normalized = asciiDigits(text);
  const result: DatePhraseMatch[] = [];
  let lastYear: number | null = null;
  for (const c of resolveOverlaps(candidates(normalized))) {
    const contextYear = lastYear ?? fallbackYear(ctx);
    let phrase: DatePhrase | null;
    if (c.pattern === null) {
      const y = Number(c.match[1]);
      phrase = { kind: 'due', due: yearEnd(y), start: null, year: y };
    } else {
      phrase = c.pattern.build(c.match, contextYear);
    }
    if (phrase === null) continue;
    if (phrase.year !== null) lastYear = phrase.year;
    const written = text.slice(c.index, c.index + c.length);
    const trimmed = written.trimEnd();
    result.push({
      kind: phrase.kind,
      dueText: trimmed,
      due: phrase.due,
      ...(phrase.start !== null ? { start: phrase.start } : {}),
      ...(phrase.kind === 'ongoing' ? { ongoing: true } : {}),
      index: c.index,
      length: trimmed.length,
    });
  }
  return result;
}

function stripKind(m: DatePhraseMatch): DeadlineMatch {
  const { kind: _kind, ...rest } = m;
  return rest;
}

/** Every deadline phrase in a sentence or paragraph (starts such as "2017年9月1日起" excluded). */
export function findDeadlines(text: string, ctx: DateContext): DeadlineMatch[] {
  return findDatePhrases(text, ctx)
    .filter((m) => m.kind !== 'start')
    .map(stripKind);
}

const ONGOING_CELL = /^(?:全程|长期|持续|常态化|长期坚持|持续推进|持续开展|常态化推进)$/;

/** A deadline cell of a schedule table: "8月11日前", "9月1日8点", "全程", "2017年12月" … */
export function parseDeadlineText(text: string, ctx: DateContext): Deadline {
  const written = text.replace(/\s+/g, ' ').trim();
  if (written === '') return { dueText: null, due: null };
  if (ONGOING_CELL.test(written.replace(/\s/g, '')))
    return { dueText: written, due: null, ongoing: true };
  const phrases = findDatePhrases(written, ctx);
  const first = phrases.find((p) => p.kind !== 'start') ?? phrases[0];
  if (first !== undefined) {
    return {
      dueText: written,
      due: first.due,
      ...(first.start !== undefined ? { start: first.start } : {}),
      ...(first.ongoing ? { ongoing: true } : {}),
    };
  }
  return { dueText: written, due: cellOnlyDate(asciiDigits(written), ctx) };
}

/** In a deadline cell a bare "8月" or "2017年" is a deadline too (in running text it is not). */
function cellOnlyDate(cell: string, ctx: DateContext): string | null {
  const month = /^(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月(?:份)?$/.exec(cell);
  if (month) {
    const year = month[1] !== undefined ? Number(month[1]) : fallbackYear(ctx);
    return year === null ? null : monthEnd(year, Number(month[2]));
  }
  const year = /^((?:19|20)\d{2})\s*年(?:度)?$/.exec(cell);
  return year ? yearEnd(Number(year[1])) : null;
}
