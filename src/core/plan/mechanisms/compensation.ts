// 补偿: how the revenue lost with the markup is made good — a split by prices / government / hospital,
// or a floor the government tops up to (补偿率达到90%) — who is compensated by the budget, and the
// levels that pay.
import type { Sponsor } from '../../simulate/bills';
import { readShares, type ShareRole } from './shares';
import { sourceAt, sourceOfSpan, type Sentence } from './sentences';
import type { CompensationMechanism, MechanismSource, OpenPoint } from './types';

const COMPENSATION_WORDS = /补偿|弥补|分担|解决|消化/;
const LOST_REVENUE = /加成|零差率|减少的(?:合理)?收入/;
const FLOOR =
  /补偿(?:率|比例)(?:[^，,。；]{0,6}?)(?:达到|不低于|不少于|补足到|提高到)\s*(\d+(?:\.\d+)?)\s*[%％]/;
const TOP_UP = /兜底/;
const ORIGINAL_CHANNEL = /原(?:有)?(?:保障)?渠道/;
const FUNDING_LEVELS =
  /市、区|市、县|市县两级|市区两级|两级财政|同级财政|经费保障关系|各县[（(]区[）)]人民政府/;
const FUND_BEARABLE = /医保基金可承受|基金(?:可|能够)承受/;

export interface CompensationReading {
  compensation: CompensationMechanism | null;
  sources: Record<string, MechanismSource>;
  open: Record<string, OpenPoint>;
  /** The paragraph the rule was read from, where its base is looked for too. */
  paragraphIndex: number | null;
  ruleSentence: Sentence | null;
}

const FIELD: Record<ShareRole, 'priceShare' | 'governmentShare' | 'hospitalShare'> = {
  price: 'priceShare',
  government: 'governmentShare',
  hospital: 'hospitalShare',
};

function inParagraph(sentences: readonly Sentence[], index: number) {
  return sentences.filter((s) => s.paragraphIndex === index);
}

function paragraphMentionsLoss(sentences: readonly Sentence[], index: number) {
  return inParagraph(sentences, index).some((s) => LOST_REVENUE.test(s.text));
}

export function readCompensation(sentences: readonly Sentence[]): CompensationReading {
  const sources: Record<string, MechanismSource> = {};
  const open: Record<string, OpenPoint> = {};
  let compensation: CompensationMechanism | null = null;
  let rule: Sentence | null = null;

  for (const sentence of sentences) {
    if (!COMPENSATION_WORDS.test(sentence.text)) continue;
    if (!paragraphMentionsLoss(sentences, sentence.paragraphIndex)) continue;
    const shares = readShares(sentence.text);
    if (!shares) continue;
    const split = { priceShare: 0, governmentShare: 0, hospitalShare: 0 };
    for (const share of shares) {
      split[FIELD[share.role]] = share.share;
      sources[`compensation.${FIELD[share.role]}`] = sourceOfSpan(sentence, share.from, share.to);
    }
    compensation = { kind: 'split', ...split, topUpPriceShortfall: null, fiscalSponsors: null };
    sources['compensation.kind'] = sourceOfSpan(sentence, 0, sentence.text.length);
    rule = sentence;
    break;
  }
  if (!compensation) {
    for (const sentence of sentences) {
      const floor = FLOOR.exec(sentence.text);
      if (!floor) continue;
      compensation = {
        kind: 'floor',
        floorRate: Math.round(Number(floor[1]) * 100),
        fiscalSponsors: null,
      };
      sources['compensation.kind'] = sourceOfSpan(sentence, 0, sentence.text.length);
      sources['compensation.floorRate'] = sourceAt(sentence, floor.index, floor[0].length);
      rule = sentence;
      break;
    }
  }
  if (!compensation || !rule) {
    return { compensation: null, sources, open, paragraphIndex: null, ruleSentence: null };
  }

  const paragraph = inParagraph(sentences, rule.paragraphIndex);
  if (compensation.kind === 'split') {
    const topUp = paragraph.find((s) => TOP_UP.test(s.text));
    if (topUp) {
      compensation.topUpPriceShortfall = true;
      const at = TOP_UP.exec(topUp.text)?.index ?? 0;
      sources['compensation.topUpPriceShortfall'] = sourceAt(topUp, at, 2, { whole: true });
    }
  }
  const channel = paragraph.find((s) => ORIGINAL_CHANNEL.test(s.text));
  if (channel) {
    // “其他公立医院按原保障渠道解决”: only government-run hospitals are compensated from the budget.
    compensation.fiscalSponsors = ['government' satisfies Sponsor];
    sources['compensation.fiscalSponsors'] = sourceOfSpan(channel, 0, channel.text.length);
  }
  const levels = paragraph.find((s) => FUNDING_LEVELS.test(s.text));
  const levelAt = levels ? (FUNDING_LEVELS.exec(levels.text)?.index ?? 0) : 0;
  open['compensation.fundingShares'] = {
    note: '方案未给市、区（县）两级的分担比例',
    source: levels ? sourceAt(levels, levelAt, 2) : sourceOfSpan(rule, 0, rule.text.length),
  };
  return { compensation, sources, open, paragraphIndex: rule.paragraphIndex, ruleSentence: rule };
}

/** “医保基金可承受”: a condition the plan names but does not quantify. */
export function readFundCondition(sentences: readonly Sentence[]): OpenPoint | null {
  for (const sentence of sentences) {
    const match = FUND_BEARABLE.exec(sentence.text);
    if (match) {
      return {
        note: '方案要求“医保基金可承受”但未量化',
        source: sourceAt(sentence, match.index, match[0].length),
      };
    }
  }
  return null;
}
