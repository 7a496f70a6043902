// 按病种付费 / 单病种付费 / 按病种收费: how many diseases are paid (or priced) per case, and what share of
// inpatients, as the plan sets them ("病种数不少于100个", "50%以上的住院患者实现按病种付费").
import { sourceAt, type Sentence } from './sentences';
import type { MechanismSource, PerCaseMechanism } from './types';

const PER_CASE = /按病种(?:付费|收费|结算|定额)|单病种(?:付费|收费)?/;
const COUNT =
  /病种(?:数|数量)?(?:要)?(?:达到|不少于|不低于|超过|增加到|扩大到|扩大至)\s*(\d+)\s*(?:个|种)/;
const SHARE = [
  /(\d+(?:\.\d+)?)\s*[%％]\s*以上的住院(?:患者|病人|病例|参保人员?)(?:实现|实行)?按病种/,
  /按病种(?:付费|结算)的?(?:住院)?(?:病例|患者|人次|出院病例)?(?:数)?(?:占比|比例|比重)?(?:达到|不低于|不少于|超过)\s*(\d+(?:\.\d+)?)\s*[%％]/,
];

export interface PerCaseReading {
  perCasePayment: PerCaseMechanism | null;
  sources: Record<string, MechanismSource>;
}

export function readPerCase(sentences: readonly Sentence[]): PerCaseReading {
  const sources: Record<string, MechanismSource> = {};
  let first: MechanismSource | null = null;
  const reading: PerCaseMechanism = { diseaseCount: null, inpatientShare: null };
  for (const sentence of sentences) {
    const mention = PER_CASE.exec(sentence.text);
    if (!mention) continue;
    first ??= sourceAt(sentence, mention.index, mention[0].length);
    const count = COUNT.exec(sentence.text);
    if (count && reading.diseaseCount === null) {
      reading.diseaseCount = Number(count[1]);
      sources['perCasePayment.diseaseCount'] = sourceAt(sentence, count.index, count[0].length, {
        whole: true,
      });
    }
    for (const pattern of SHARE) {
      const share = pattern.exec(sentence.text);
      if (share && reading.inpatientShare === null) {
        reading.inpatientShare = Math.round(Number(share[1]) * 100);
        sources['perCasePayment.inpatientShare'] = sourceAt(sentence, share.index, share[0].length);
      }
    }
  }
  if (!first) return { perCasePayment: null, sources };
  sources.perCasePayment = first;
  return { perCasePayment: reading, sources };
}
