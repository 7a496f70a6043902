// 医疗服务价格调整: the plan says that prices change and who sets the schedule (the entries come from the price
// authority, so the schedule is always an assumption to import), how many items, and the adjusted items' new
// insurance class (医保属性统一确定为甲类).
import type { InsuranceClass } from '../../simulate/bills';
import { sourceAt, type Sentence } from './sentences';
import type { MechanismSource, OpenPoint, PriceAdjustmentMechanism } from './types';

const SCHEDULE_DOCUMENT = /医疗服务(?:项目)?价格(?:调整|改革)方案/;
const ADJUSTMENT =
  /(?:调整|理顺|改革|提高|降低)[^，,。；]{0,8}?医疗服务(?:项目)?价格|医疗服务(?:项目)?价格(?:调整|改革)/;
const SHARE_SENTENCE = /\d+(?:\.\d+)?\s*[%％]/;
const ITEM_COUNT = /调整[^，,。；]{0,24}?(\d+)\s*项(?:医疗服务)?(?:项目)?(?:的)?价格/;
const AUTHORITY = /以([^，,。；]{2,16}?)(?:下发|公布|制定|印发)的为准/;
const CLASS = [
  /医保(?:属性|类别|支付类别)[^，,。；]{0,8}?(?:确定|调整|纳入|定)为\s*([甲乙丙])类/,
  /纳入(?:医保)?\s*([甲乙丙])类(?:项目|管理|报销)?/,
];
const CLASS_CODE: Record<string, InsuranceClass> = { 甲: 'A', 乙: 'B', 丙: 'C' };

export interface PriceReading {
  priceAdjustment: PriceAdjustmentMechanism | null;
  sources: Record<string, MechanismSource>;
  open: OpenPoint | null;
}

export function readPriceAdjustment(sentences: readonly Sentence[]): PriceReading {
  const sources: Record<string, MechanismSource> = {};
  // The sentence that names the schedule itself is the best quote; else the first that adjusts prices
  // without being the compensation split ("通过调整医疗服务价格补偿80%").
  const named = sentences.find((s) => SCHEDULE_DOCUMENT.test(s.text));
  const adjusting =
    named ??
    sentences.find((s) => ADJUSTMENT.test(s.text) && !SHARE_SENTENCE.test(s.text)) ??
    sentences.find((s) => ADJUSTMENT.test(s.text));
  let itemCount: number | null = null;
  let insuranceClass: InsuranceClass | null = null;
  for (const sentence of sentences) {
    const count = ITEM_COUNT.exec(sentence.text);
    if (itemCount === null && count) {
      itemCount = Number(count[1]);
      sources['priceAdjustment.itemCount'] = sourceAt(sentence, count.index, count[0].length);
    }
    for (const pattern of CLASS) {
      const match = pattern.exec(sentence.text);
      if (insuranceClass === null && match && /价格|项目/.test(sentence.text)) {
        insuranceClass = CLASS_CODE[match[1] as string] ?? null;
        sources['priceAdjustment.insuranceClass'] = sourceAt(
          sentence,
          match.index,
          match[0].length,
        );
      }
    }
  }
  if (!adjusting && itemCount === null && insuranceClass === null) {
    return { priceAdjustment: null, sources, open: null };
  }
  const authoritySentence = sentences.find((s) => AUTHORITY.test(s.text) && /价格/.test(s.text));
  const authority = authoritySentence ? AUTHORITY.exec(authoritySentence.text) : null;
  const documentName = named
    ? /制定([^，,。；]*?价格(?:调整|改革)方案)/.exec(named.text)?.[1]
    : undefined;
  const what = authority
    ? `${authority[1]}下发的调价表`
    : documentName
      ? `${documentName}的调价表`
      : '本地医疗服务价格调整表';
  const count = itemCount !== null ? `（首批${itemCount}项）` : '';
  const klass = insuranceClass === 'A' ? '，调整后的项目医保属性填甲类' : '';
  const quoted = authoritySentence ?? adjusting;
  const at = quoted
    ? (AUTHORITY.exec(quoted.text) ??
      SCHEDULE_DOCUMENT.exec(quoted.text) ??
      ADJUSTMENT.exec(quoted.text))
    : null;
  return {
    priceAdjustment: { itemCount, insuranceClass },
    sources,
    open: {
      note: `请导入${what}${count}${klass}`,
      ...(quoted && at
        ? { source: sourceAt(quoted, at.index, at[0].length, { whole: true }) }
        : {}),
    },
  };
}
