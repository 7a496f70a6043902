// The grammar of a quantitative goal in a sentence: [subject] [qualifier or goal verb] number unit
// [以下|以上|左右…] [noun]. It finds each phrase and its operator; targets.ts gives it context.
import type { TargetOp, TargetRange } from './types';
import { KEYWORDS, POST, QUANTITY, type Keyword } from './target-words';
import { numberValue } from './calendar';
import {
  announcesList,
  bandAfter,
  bandBefore,
  changeFrom,
  LIST_JOIN,
  range,
} from './target-ranges';

export interface QuantityPhrase {
  op: TargetOp;
  value: number;
  unit: string;
  /** Where the qualifier or verb starts (or the number, when there is none). */
  qualifierIndex: number;
  numberIndex: number;
  /** End of number, unit and trailing qualifier. */
  end: number;
  /** The noun after the quantity ("50个以上医疗联合体" → 医疗联合体) or the clause after "…以上的". */
  noun: string;
  nounEnd: number;
  shape: 'level' | 'count' | 'share-of';
  /** The words between qualifier and number ("不得超过全部医疗服务的10%" → "全部医疗服务的"). */
  gap: string;
  keyword: string | null;
  /** Both ends, for a change ("从20%提升到25%") or a band ("15%—20%"). */
  range?: TargetRange;
  /** Place in a "分别达到75%、80%" list: every figure is its own goal with the list's operator. */
  list?: { index: number; count: number };
  /** True when the words before the verb announce such a list. */
  announcesList?: boolean;
}

const PUNCT = /[，。；：,;:！？!?、\n]/;
const NOUN_STOP =
  /[为在给用向对将把使让以并和及与，。；：、,;:！？!?（(\n]|规划|设置|预留|实现|开展|纳入|提供/;

/** The unit as written ("个月" stays "个月"); only the full-width percent sign is folded to "%". */
function unitOf(raw: string): string {
  return raw === '％' ? '%' : raw;
}

function findKeyword(left: string): { keyword: Keyword; index: number; gap: string } | null {
  let best: { keyword: Keyword; index: number; gap: string } | null = null;
  for (const keyword of KEYWORDS) {
    const index = left.lastIndexOf(keyword.word);
    if (index < 0) continue;
    const end = index + keyword.word.length;
    if (best !== null && end <= best.index + best.keyword.word.length) continue;
    best = { keyword, index, gap: left.slice(end) };
  }
  if (best === null) return null;
  const { keyword, gap } = best;
  const trimmed = gap.trim();
  if (/[\d，。；：,;:、]/.test(gap)) return null;
  if (keyword.kind === 'comparator' && trimmed.length > 12) return null;
  if (keyword.kind === 'verb' && trimmed.length > 2) return null;
  if (keyword.kind === 'tight' && trimmed !== '') return null;
  if (
    keyword.kind === 'share' &&
    trimmed !== '' &&
    !(trimmed.endsWith('的') && trimmed.length <= 12)
  )
    return null;
  return best;
}

/** Every quantitative goal in a text; `blocked` ranges (dates) are not numbers of a goal. */
export function findQuantities(text: string, blocked: [number, number][]): QuantityPhrase[] {
  const found: QuantityPhrase[] = [];
  let list: QuantityPhrase[] = [];
  const closeList = () => {
    if (list.length > 1) {
      // A qualifier after the last figure ("分别控制在5%、8%以内") applies to every figure.
      const last = list[list.length - 1] as QuantityPhrase;
      list.forEach((phrase, index) => {
        phrase.list = { index, count: list.length };
        if (last.op !== phrase.op && last.keyword === null) phrase.op = last.op;
      });
    }
    list = [];
  };
  let reached = 0;
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < reached) continue;
    if (blocked.some(([a, b]) => start < b && end > a)) continue;
    const head = list[0];
    const previous = list[list.length - 1];
    if (
      head !== undefined &&
      previous !== undefined &&
      LIST_JOIN.test(text.slice(previous.end, start))
    ) {
      const value = m[1] === undefined ? numberValue(m[2] as string) : null;
      const post = m[4] !== undefined ? POST[m[4]] : undefined;
      if (value !== null && m[3] !== undefined && unitOf(m[3]) === head.unit) {
        const next: QuantityPhrase = {
          ...head,
          value,
          op: post ?? head.op,
          numberIndex: start,
          end,
          keyword: post !== undefined ? null : head.keyword,
          noun: '',
          nounEnd: end,
          shape: 'level',
        };
        delete next.range;
        found.push(next);
        list.push(next);
        reached = end;
        continue;
      }
    }
    closeList();
    const phrase = readPhrase(text, m, start, end);
    if (phrase === null) continue;
    found.push(phrase);
    reached = Math.max(reached, phrase.end);
    if (phrase.announcesList) list = [phrase];
  }
  closeList();
  return found;
}

function readPhrase(
  text: string,
  m: RegExpExecArray,
  start: number,
  end: number,
): QuantityPhrase | null {
  const isRatio = m[1] !== undefined;
  const rawNumber = isRatio ? (m[1] as string) : (m[2] as string);
  const value = numberValue(rawNumber);
  if (value === null) return null;
  const rawUnit = isRatio ? '1:N' : (m[3] as string);
  const unit = unitOf(rawUnit);
  if (unit === '年' && value >= 1900) return null;
  const before = text.slice(0, start).trimEnd();
  // Ordinals, ranks and per-capita denominators: 第2个月, 前10位, 每千人口.
  if (/[第前后每近共计\d.]$/.test(before)) return null;
  const clauseStart =
    Math.max(...[...'，。；：,;:！？!?、\n'].map((c) => before.lastIndexOf(c))) + 1;
  const left = text.slice(clauseStart, start);
  const hit = findKeyword(left);
  const post = isRatio ? (m[4] ?? /^左右/.exec(text.slice(end))?.[0]) : m[4];
  const fullEnd = isRatio && m[4] === undefined && post !== undefined ? end + post.length : end;
  const isChinese = !/\d/.test(rawNumber);
  if (isChinese && (hit === null || hit.keyword.kind !== 'comparator')) return null;
  // "15—20%": a band whose lower end is written without its unit.
  const lowBand = hit === null && !isRatio ? bandBefore(left) : null;
  const bandHit = lowBand !== null ? findKeyword(left.slice(0, lowBand.index)) : null;
  let op: TargetOp | null = null;
  if (lowBand !== null) {
    if (bandHit === null) return null;
    return {
      op: '<=',
      value,
      unit,
      qualifierIndex: clauseStart + bandHit.index,
      numberIndex: clauseStart + lowBand.index,
      end: fullEnd,
      noun: '',
      nounEnd: fullEnd,
      shape: 'level',
      gap: bandHit.gap,
      keyword: bandHit.keyword.word,
      range: range('band', lowBand.from, value),
    };
  }
  if (
    hit !== null &&
    (hit.keyword.kind === 'comparator' ||
      (hit.keyword.kind === 'tight' && hit.keyword.word === '约'))
  ) {
    op = hit.keyword.op;
  } else if (post !== undefined) {
    op = POST[post] ?? null;
  } else if (hit !== null) {
    op = hit.keyword.op;
  } else if (/每[十百千万]?(?:常住)?人口\s*$/.test(left)) {
    op = '=';
  }
  // "90%的乡镇卫生院达到推荐标准": a share of units that must reach something is a floor.
  if (op === null && hit === null && percentFirst(text, left, unit, fullEnd)) op = '>=';
  if (op === null) return null;
  const band = isRatio ? null : bandAfter(text.slice(fullEnd), unit);
  if (band !== null) {
    return {
      op: hit !== null && hit.keyword.op === '>=' ? '>=' : '<=',
      value: band.to,
      unit,
      qualifierIndex: hit !== null ? clauseStart + hit.index : start,
      numberIndex: start,
      end: fullEnd + band.length,
      noun: '',
      nounEnd: fullEnd + band.length,
      shape: 'level',
      gap: hit !== null ? hit.gap : '',
      keyword: hit !== null ? hit.keyword.word : null,
      range: range('band', value, band.to),
    };
  }
  const from =
    hit !== null && hit.keyword.kind === 'verb' ? changeFrom(left.slice(0, hit.index)) : null;
  const after = text.slice(fullEnd);
  let shape: QuantityPhrase['shape'] = 'level';
  let noun = '';
  let nounEnd = fullEnd;
  if (/^\s*(?:且|或|时|者|的话)/.test(after)) return null;
  if (/^\s*的/.test(after)) {
    // "50%以上的住院患者实现按病种付费" is a goal; "不足90%的，" and "在100张以上的综合医院" are conditions.
    const rest = after.replace(/^\s*的/, '');
    if (unit !== '%' || /^[\s，。；,;]/.test(rest) || rest === '' || /在\s*$/.test(left))
      return null;
    const stop = rest.search(PUNCT);
    noun = stop < 0 ? rest : rest.slice(0, stop);
    nounEnd = fullEnd + (after.length - rest.length) + noun.length;
    shape = 'share-of';
  } else if (after !== '' && !PUNCT.test(after.charAt(0)) && !/^\s*$/.test(after)) {
    const stop = after.search(NOUN_STOP);
    noun = (stop < 0 ? after : after.slice(0, stop)).trim();
    nounEnd = fullEnd + (stop < 0 ? after.length : stop);
    shape = 'count';
  }
  const phrase: QuantityPhrase = {
    op,
    value,
    unit,
    qualifierIndex:
      from !== null ? clauseStart + from.index : hit !== null ? clauseStart + hit.index : start,
    numberIndex: start,
    end: fullEnd,
    noun,
    nounEnd,
    shape,
    gap: hit !== null ? hit.gap : '',
    keyword: hit !== null ? hit.keyword.word : null,
  };
  if (from !== null) {
    phrase.range = range('change', from.from, value);
    if (from.fromYear !== undefined) phrase.range.fromYear = from.fromYear;
  }
  if (hit !== null && announcesList(left.slice(0, hit.index), hit.gap)) phrase.announcesList = true;
  return phrase;
}

/** Goal verbs after "N%的 <units>": the share of units that must do or reach something. */
const SHARE_GOAL =
  /^[^，。；,;：:]{1,30}?(?:达到|实现|建成|开展|具备|完成|纳入|配备|覆盖|通过|设立|建立|签约|接受|参加|参与)/;

function percentFirst(text: string, left: string, unit: string, end: number): boolean {
  if (unit !== '%') return false;
  if (left.trim() !== '' && !/(?:使|让|确保|力争|争取|推动|要|有)\s*$/.test(left)) return false;
  const after = text.slice(end);
  return /^\s*的/.test(after) && SHARE_GOAL.test(after.replace(/^\s*的/, ''));
}
