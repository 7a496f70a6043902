// Money mechanisms a plan states that the scenario does not simulate — DRG payment pilots, global budgets,
// capitation and per-diem payment, surplus retention, a rise of the resident-insurance subsidy, one
// consultation fee per course, the two-invoice rule — each kept once, with its sentence.
import { isoDate } from '../calendar';
import { parseYuan } from '../../shared/money';
import { sourceAt, type Sentence } from './sentences';
import type { StatedKind, StatedMechanism } from './types';

interface Rule {
  kind: StatedKind;
  pattern: RegExp;
  summary: (sentence: string, match: RegExpExecArray) => Omit<StatedMechanism, 'kind' | 'source'>;
}

/** The places named right after 在 in a pilot sentence: "在区人民医院、区中医院试点". */
const SITES =
  /在((?:[^，,。；、和及与在]{1,20}?(?:医院|中心|医共体|医联体)[、和及与]?)+)[^，,。；]*?试点/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起/;

function sitesOf(sentence: string): string[] | undefined {
  const match = SITES.exec(sentence);
  if (!match) return undefined;
  const sites = (match[1] as string)
    .split(/[、和及与]/)
    .map((s) => s.trim())
    .filter((s) => /医院|中心|医共体|医联体/.test(s));
  return sites.length > 0 ? sites : undefined;
}

function dateOf(sentence: string): string | undefined {
  const match = DATE.exec(sentence);
  return (match && isoDate(Number(match[1]), Number(match[2]), Number(match[3]))) || undefined;
}

const RULES: Rule[] = [
  {
    kind: 'drg-payment',
    pattern: /疾病诊断(?:相关)?分组|DRGs?\s*(?:付费|试点)/i,
    summary: (sentence) => {
      const sites = sitesOf(sentence);
      const pilot = /试点/.test(sentence);
      return {
        summary: `按疾病诊断相关分组（DRG）付费${pilot ? '试点' : ''}${sites ? `：${sites.join('、')}` : ''}`,
        ...(sites ? { sites } : {}),
      };
    },
  },
  {
    kind: 'resident-insurance-subsidy',
    pattern:
      /(?:城乡)?居民(?:基本)?医(?:疗)?保(?:险)?(?:的)?人均财政补助(?:标准)?(?:增加|提高)\s*(\d+(?:\.\d{1,2})?)\s*元/,
    summary: (_sentence, match) => {
      const amountFen = parseYuan(match[1] as string);
      return { summary: `城乡居民医保人均财政补助增加 ${match[1]} 元`, amountFen };
    },
  },
  {
    kind: 'global-budget',
    pattern: /总额(?:预算|控制|付费|打包付费)/,
    summary: () => ({ summary: '医保基金总额预算（总额控制）' }),
  },
  {
    kind: 'capitation',
    pattern: /按人头付费/,
    summary: () => ({ summary: '按人头付费' }),
  },
  {
    kind: 'per-diem',
    pattern: /按床日(?:付费)?/,
    summary: () => ({ summary: '按床日付费' }),
  },
  {
    kind: 'surplus-retained',
    pattern: /结余留用/,
    summary: () => ({ summary: '结余留用、合理超支分担' }),
  },
  {
    kind: 'consultation-per-course',
    pattern: /(?:1|一)个疗程(?:只|仅)?收取?(?:1|一)次诊察费/,
    summary: () => ({ summary: '一个疗程只收取一次诊察费' }),
  },
  {
    kind: 'two-invoice',
    pattern: /两票制/,
    summary: (sentence) => {
      const date = dateOf(sentence);
      return {
        summary: `药品采购“两票制”${date ? `，${date} 起` : ''}`,
        ...(date ? { date } : {}),
      };
    },
  },
];

/** One entry per kind: its first sentence, or the first that names sites or a date when a later one does. */
export function readStated(sentences: readonly Sentence[]): StatedMechanism[] {
  const out: StatedMechanism[] = [];
  for (const rule of RULES) {
    let chosen: StatedMechanism | null = null;
    for (const sentence of sentences) {
      const match = rule.pattern.exec(sentence.text);
      if (!match) continue;
      const found: StatedMechanism = {
        kind: rule.kind,
        ...rule.summary(sentence.text, match),
        source: sourceAt(sentence, match.index, match[0].length, { whole: true }),
      };
      if (!chosen) chosen = found;
      if (found.sites || found.date) {
        if (!chosen.sites && !chosen.date) chosen = found;
        break;
      }
    }
    if (chosen) out.push(chosen);
  }
  return out;
}
