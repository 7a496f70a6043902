// 取消药品加成 / 零差率销售: the start date (or the year it must be done by), the drugs that keep their
// markup (中药饮片除外), the fees abolished with it (药事服务费), and hospitals that dropped it before.
import { isoDate, numberValue } from '../calendar';
import type { ChargeCategory, ItemTag } from '../../simulate/categories';
import { sourceAt, sourceOfSpan, type Sentence } from './sentences';
import type { MarkupMechanism, MechanismSource, OpenPoint } from './types';

/** The markup removal itself, in any of its usual wordings. */
const REMOVAL = /取消(?:[^，,。；]{0,8}?)药品(?:加成|差价)|(?:药品)?零差率(?:销售)?/;
/** A mention of hospitals that had already removed it (not the reform's own start). */
const ALREADY =
  /已(?:经)?(?:全部)?(?:取消药品加成|实行(?:药品)?零差率(?:销售)?)的([0-9一二三四五六七八九十两]+)家|巩固(?:和完善|完善)?(.{0,14}?)(?:的)?药品零差率(?:销售)?/;
const START_DATE =
  /(?:自|从)?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:零时|0时)?\s*(?:起|开始|前)/;
/** A year-led clause saying the reform is done or fully in force by then. */
const DONE_BY_YEAR =
  /^(\d{4})\s*年(?:底前|底|内|前)?[，,、]?[^。；]*?(基本完成|全面完成|完成|全面推开|全面实施)/;
const EXEMPTION =
  /[（(]([^（）()]*?(?:除外|不含|以外)[^（）()]*?)[）)]|除([^，,。；（）()]{2,16}?)(?:以)?外|不含([^，,。；（）()]{2,16})/;
const RATE =
  /(?:加成率?(?:为|按|是)?\s*(\d+(?:\.\d+)?)\s*%)|(?:(\d+(?:\.\d+)?)\s*%的?(?:药品)?加成)/;
const PHARMACY_FEE =
  /取消(?:[^，,。；]{0,12}?[和及、])?药事服务费|药事服务费[^，,。；]{0,4}(?:取消|停止收取|不再收取)/;

const EXEMPT_NAMES: [RegExp, ChargeCategory][] = [
  [/中药饮片/, 'tcm-decoction-pieces'],
  [/中成药/, 'tcm-patent-drug'],
];

export interface MarkupReading {
  markup: MarkupMechanism | null;
  sources: Record<string, MechanismSource>;
  open: Record<string, OpenPoint>;
}

function exemptions(
  sentence: Sentence,
  from: number,
): { categories: ChargeCategory[]; source: MechanismSource } | null {
  const rest = sentence.text.slice(from);
  const match = EXEMPTION.exec(rest);
  if (!match) return null;
  const words = match[1] ?? match[2] ?? match[3] ?? '';
  const categories = EXEMPT_NAMES.filter(([name]) => name.test(words)).map(([, c]) => c);
  if (categories.length === 0) return null;
  return { categories, source: sourceAt(sentence, from + match.index, match[0].length) };
}

function alreadyRemoved(sentences: readonly Sentence[]): OpenPoint | null {
  for (const sentence of sentences) {
    const match = ALREADY.exec(sentence.text);
    if (!match) continue;
    const count = match[1] ? numberValue(match[1]) : null;
    const group = match[2]?.replace(/^[，,、]/, '').trim();
    const note =
      count !== null
        ? `方案未列出已取消加成的${count}家医院：请填入它们的编号，其账单药价不再含加成`
        : `${group || '部分医院'}已实行药品零差率销售：请填入它们的编号，其账单药价不再含加成`;
    return { note, source: sourceAt(sentence, match.index, match[0].length) };
  }
  return null;
}

/** The year by which a reform that includes the markup removal is done, from its year-led clauses. */
function doneByYear(
  sentences: readonly Sentence[],
  mentions: readonly Sentence[],
): { year: number; word: string; source: MechanismSource } | null {
  let best: { year: number; word: string; source: MechanismSource } | null = null;
  const paragraphs = new Set(mentions.map((s) => s.paragraphIndex));
  for (const sentence of sentences) {
    if (!paragraphs.has(sentence.paragraphIndex)) continue;
    const match = DONE_BY_YEAR.exec(sentence.text);
    if (!match) continue;
    const year = Number(match[1]);
    const end = sentence.text.slice(match[0].length).search(/[，,。；]/);
    const to = end < 0 ? sentence.text.length : match[0].length + end;
    if (!best || year > best.year) {
      best = { year, word: match[2] ?? '完成', source: sourceOfSpan(sentence, 0, to) };
    }
  }
  return best;
}

export function readMarkup(sentences: readonly Sentence[]): MarkupReading {
  const sources: Record<string, MechanismSource> = {};
  const open: Record<string, OpenPoint> = {};
  const already = alreadyRemoved(sentences);
  if (already) open['markup.hospitalsWithoutMarkup'] = already;

  const mentions = sentences.filter((s) => {
    const removal = REMOVAL.exec(s.text);
    if (!removal) return false;
    // "巩固……零差率" and "已取消……的4家" speak of hospitals done before; the sentence still counts when it
    // also names the reform's own removal elsewhere ("其他6家公立医院全部取消药品加成").
    const prior = ALREADY.exec(s.text);
    return !prior || s.text.replace(prior[0], '').search(REMOVAL) >= 0;
  });
  if (mentions.length === 0) return { markup: null, sources, open };

  const markup: MarkupMechanism = {
    effectiveFrom: null,
    effectiveYear: null,
    rate: null,
    exemptCategories: [],
    abolishedTags: [],
  };
  for (const sentence of mentions) {
    const date = START_DATE.exec(sentence.text);
    if (markup.effectiveFrom === null && date) {
      const iso = isoDate(Number(date[1]), Number(date[2]), Number(date[3]));
      if (iso) {
        markup.effectiveFrom = iso;
        const removal = REMOVAL.exec(sentence.text);
        const to = removal ? removal.index + removal[0].length : sentence.text.length;
        sources['markup.effectiveFrom'] = sourceOfSpan(
          sentence,
          date.index,
          to + tailLength(sentence.text, to),
        );
      }
    }
    const removal = REMOVAL.exec(sentence.text);
    if (markup.exemptCategories.length === 0 && removal) {
      const found = exemptions(sentence, removal.index);
      if (found) {
        markup.exemptCategories = found.categories;
        sources['markup.exemptCategories'] = found.source;
      }
    }
    const rate = RATE.exec(sentence.text);
    if (markup.rate === null && rate) {
      markup.rate = Math.round(Number(rate[1] ?? rate[2]) * 100);
      sources['markup.rate'] = sourceAt(sentence, rate.index, rate[0].length);
    }
  }
  if (markup.effectiveFrom === null) {
    const done = doneByYear(sentences, mentions);
    if (done) {
      markup.effectiveYear = done.year;
      sources['markup.effectiveYear'] = done.source;
      open['markup.effectiveFrom'] = {
        note: `方案只写${done.year}年${done.word}，未给启动日：默认${done.year}-01-01，请填实际启动日`,
        source: done.source,
      };
    }
  }
  for (const sentence of sentences) {
    const fee = PHARMACY_FEE.exec(sentence.text);
    if (!fee) continue;
    markup.abolishedTags = ['pharmacy-service-fee' satisfies ItemTag];
    sources['markup.abolishedTags'] = sourceAt(sentence, fee.index, fee[0].length);
    break;
  }
  return { markup, sources, open };
}

/** Characters from `at` up to the end of a trailing bracket group ("（中药饮片除外）"), to quote it whole. */
function tailLength(text: string, at: number): number {
  const match = /^[（(][^（）()]*[）)]/.exec(text.slice(at));
  return match ? match[0].length : 0;
}
