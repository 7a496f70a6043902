// The grammar of date phrases in plan texts ("2020年底前", "8月11日前", "2017年4月—2018年12月",
// "“十三五”期间" …): one pattern per phrase shape, each turning its match into a date phrase.
import { isoDate, monthEnd, numberValue, quarterEnd, yearEnd } from './calendar';

/** What a phrase says: a deadline, a start date ("2017年9月1日起"), a phase, or "no end date". */
export interface DatePhrase {
  kind: 'due' | 'start' | 'ongoing';
  due: string | null;
  start: string | null;
  /** The year written in the phrase, used as context for later phrases without one. */
  year: number | null;
}

/** A phrase shape: `build` gets the match and the year to assume when the phrase has none. */
export interface PhrasePattern {
  name: string;
  re: RegExp;
  build: (m: RegExpExecArray, contextYear: number | null) => DatePhrase | null;
}

const SP = '[ \\t\\u00a0\\u3000]*';
const YEAR = '((?:19|20)\\d{2})';
const NUM = '(\\d{1,2})';
const NUM_CN = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DASH = '(?:[-－—–～~〜﹣]+|至|到)';
const TO = `(?:(?:力争|争取)?(?:到|至|截至|截止到?|截止至)${SP})?`;
const BEFORE = `(?:${SP}(?:之前|以前|前|为止))?`;
const TIME = `(?:${SP}\\d{1,2}${SP}[点时](?:${SP}\\d{1,2}${SP}分)?)?`;
const AFTER_MARK = `(?:${SP}(起|开始|以后|之后|之前|以前|前|为止))?`;
const START_WORDS = new Set(['起', '开始', '以后', '之后']);
const CN_QUARTER: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

const n = (s: string | undefined): number | null => (s === undefined ? null : numberValue(s));
const g = (re: string): RegExp => new RegExp(re, 'g');

function due(date: string | null, year: number | null): DatePhrase | null {
  return date === null ? null : { kind: 'due', due: date, start: null, year };
}

function startOrDue(
  date: string | null,
  firstDay: string | null,
  mark: string | undefined,
  from: string | undefined,
  year: number | null,
): DatePhrase | null {
  const isStart =
    (mark !== undefined && START_WORDS.has(mark)) || (from !== undefined && mark === undefined);
  if (isStart)
    return firstDay === null ? null : { kind: 'start', due: null, start: firstDay, year };
  return due(date, year);
}

/** Day of a month for 上旬 / 中旬 / 下旬 / 底 / 末. */
function dayInMonth(year: number, month: number, part: string | undefined): string | null {
  if (part === '上旬') return isoDate(year, month, 10);
  if (part === '中旬') return isoDate(year, month, 20);
  return monthEnd(year, month);
}

function partOfYear(year: number, part: string): string | null {
  if (part === '上半年' || part === '年中') return isoDate(year, 6, 30);
  if (part === '下半年') return yearEnd(year);
  const q = /([一二三四1-4])季度/.exec(part);
  return q ? quarterEnd(year, CN_QUARTER[q[1] as string] as number) : null;
}

/** First year of the k-th five-year plan (十三五 = 13th: 2016–2020); valid from the 6th plan on. */
function fivePlanStart(k: number): number {
  return 1981 + 5 * (k - 6);
}

export const PATTERNS: PhrasePattern[] = [
  {
    name: 'phase-months',
    re: g(
      `${YEAR}${SP}年${SP}${NUM}${SP}月(?:${SP}${NUM}${SP}日)?${SP}${DASH}${SP}(?:${YEAR}${SP}年${SP})?${NUM}${SP}月(?:${SP}${NUM}${SP}日)?`,
    ),
    build: (m) => {
      const [y1, m1, d1, y2, m2, d2] = [n(m[1]), n(m[2]), n(m[3]), n(m[4]), n(m[5]), n(m[6])];
      if (y1 === null || m1 === null || m2 === null) return null;
      const endYear = y2 ?? y1;
      const start = isoDate(y1, m1, d1 ?? 1);
      const end = d2 === null ? monthEnd(endYear, m2) : isoDate(endYear, m2, d2);
      return start && end ? { kind: 'due', due: end, start, year: endYear } : null;
    },
  },
  {
    name: 'phase-years',
    re: g(`${YEAR}${SP}(?:年${SP})?${DASH}${SP}${YEAR}${SP}年(?:${SP}(?:年${SP})?(?:底|末))?`),
    build: (m) => {
      const [y1, y2] = [n(m[1]), n(m[2])];
      if (y1 === null || y2 === null || y2 < y1) return null;
      return { kind: 'due', due: yearEnd(y2), start: isoDate(y1, 1, 1), year: y2 };
    },
  },
  {
    name: 'full-date',
    re: g(
      `(自|从)?${TO}${YEAR}${SP}年${SP}${NUM_CN}${SP}月${SP}${NUM_CN}${SP}[日号]${TIME}${AFTER_MARK}`,
    ),
    build: (m) => {
      const [y, mo, d] = [n(m[2]), n(m[3]), n(m[4])];
      if (y === null || mo === null || d === null) return null;
      const date = isoDate(y, mo, d);
      return startOrDue(date, date, m[5], m[1], y);
    },
  },
  {
    name: 'iso-date',
    re: g(`(自|从)?${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)${AFTER_MARK}`),
    build: (m) => {
      const [y, mo, d] = [n(m[2]), n(m[3]), n(m[4])];
      if (y === null || mo === null || d === null) return null;
      const date = isoDate(y, mo, d);
      return startOrDue(date, date, m[5], m[1], y);
    },
  },
  {
    name: 'year-month',
    re: g(
      `(自|从)?${TO}${YEAR}${SP}年${SP}${NUM_CN}${SP}月(?:份)?(?:${SP}(底|末|上旬|中旬|下旬))?${AFTER_MARK}`,
    ),
    build: (m) => {
      const [y, mo] = [n(m[2]), n(m[3])];
      if (y === null || mo === null || mo < 1 || mo > 12) return null;
      return startOrDue(dayInMonth(y, mo, m[4]), isoDate(y, mo, 1), m[5], m[1], y);
    },
  },
  {
    name: 'year-end',
    re: g(`${TO}${YEAR}${SP}年${SP}(?:年${SP})?(?:度${SP})?(?:底|末|终)${BEFORE}`),
    build: (m) => {
      const y = n(m[1]);
      return y === null ? null : due(yearEnd(y), y);
    },
  },
  {
    name: 'year-part',
    re: g(
      `${TO}${YEAR}${SP}年${SP}(?:的)?(上半年|下半年|年中|第?[一二三四1-4]季度)(?:${SP}(?:末|底))?${BEFORE}`,
    ),
    build: (m) => {
      const y = n(m[1]);
      return y === null ? null : due(partOfYear(y, m[2] as string), y);
    },
  },
  {
    name: 'year-before',
    re: g(`${TO}${YEAR}${SP}年${SP}(?:之前|以前|前(?![一二三四五六七八九十\\d]))`),
    build: (m) => {
      const y = n(m[1]);
      return y === null ? null : due(yearEnd(y), y);
    },
  },
  {
    name: 'to-year',
    re: g(`(?:力争|争取)?(?:到|至|截至|截止到?)${SP}${YEAR}${SP}年`),
    build: (m) => {
      const y = n(m[1]);
      return y === null ? null : due(yearEnd(y), y);
    },
  },
  {
    name: 'month-day',
    re: g(`(自|从)?(?<![\\d年])${NUM}${SP}月${SP}${NUM}${SP}[日号]${TIME}${AFTER_MARK}`),
    build: (m, year) => {
      const [mo, d] = [n(m[2]), n(m[3])];
      if (mo === null || d === null) return null;
      if (year === null) return { kind: 'due', due: null, start: null, year: null };
      const date = isoDate(year, mo, d);
      return startOrDue(date, date, m[4], m[1], null);
    },
  },
  {
    name: 'month-end',
    re: g(`(自|从)?(?<![\\d年])${NUM}${SP}月(?:份)?(?:${SP}(底|末|上旬|中旬|下旬))?${AFTER_MARK}`),
    build: (m, year) => {
      const mo = n(m[2]);
      // A bare "8月" is too ambiguous in running text: it needs 底 / 末 / 旬 / 前 / 起.
      if (mo === null || mo < 1 || mo > 12 || (m[3] === undefined && m[4] === undefined))
        return null;
      if (year === null) return { kind: 'due', due: null, start: null, year: null };
      return startOrDue(dayInMonth(year, mo, m[3]), isoDate(year, mo, 1), m[4], m[1], null);
    },
  },
  {
    name: 'this-year-end',
    re: g(
      `(?<!(?:每|各)年?)(?<![\\d一二三四五六七八九十两])(?:(今年|本年度?|当年|明年|次年)${SP})?(?:年底|年末|年内|年终)${BEFORE}`,
    ),
    build: (m, year) => {
      if (year === null) return { kind: 'due', due: null, start: null, year: null };
      const y = m[1] === '明年' || m[1] === '次年' ? year + 1 : year;
      return due(yearEnd(y), null);
    },
  },
  {
    name: 'this-year-part',
    re: g(
      `(?<![每各年])(今年|本年度?|明年)?(上半年|下半年|年中|第?[一二三四]季度)(?:${SP}(?:末|底))?${BEFORE}`,
    ),
    build: (m, year) => {
      if (year === null) return { kind: 'due', due: null, start: null, year: null };
      const y = m[1] === '明年' ? year + 1 : year;
      return due(partOfYear(y, m[2] as string), null);
    },
  },
  {
    name: 'five-year-plan',
    re: g(
      `[“"‘「]?十([一二三四五六七八九])五[”"’」]?${SP}(期间|时期|末|规划期(?:间|内)?|规划末|期末)`,
    ),
    build: (m) => {
      const k = 10 + (numberValue(m[1] as string) ?? 0);
      const first = fivePlanStart(k);
      const last = first + 4;
      const onlyEnd = (m[2] as string).endsWith('末');
      return {
        kind: 'due',
        due: yearEnd(last),
        start: onlyEnd ? null : isoDate(first, 1, 1),
        year: last,
      };
    },
  },
  {
    name: 'ongoing',
    re: g(
      `(?:[（(]${SP}(?:全程|长期|持续|常态化)${SP}[）)]|(?:完成)?(?:时限|时间)${SP}[：:]${SP}(?:全程|长期|持续|常态化))`,
    ),
    build: () => ({ kind: 'ongoing', due: null, start: null, year: null }),
  },
];

/** "2017年" standing alone at the head of a clause ("2017年，…", "2017年全市…控制在10%以下"). */
export const BARE_YEAR = g(`${YEAR}${SP}年(?![度代初内份])`);
