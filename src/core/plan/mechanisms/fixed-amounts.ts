// 定额报销 / 定额支付 of named fees: which fee (诊察费, 床位费 …), for outpatients or inpatients, per visit or
// per day, the whole line or only its raised part (调价提高部分), and the quota and the rest when stated.
import { parseYuan } from '../../shared/money';
import type { EncounterType } from '../../simulate/bills';
import type { ChargeCategory } from '../../simulate/categories';
import { sourceAt, type Sentence } from './sentences';
import type { FixedAmountMechanism, MechanismSource, OpenPoint } from './types';

const FIXED = /定额(?:报销|支付|结算|补偿|标准|额度)|按定额/;
const FEES: [RegExp, ChargeCategory][] = [
  [/诊察费/g, 'consultation'],
  [/床位费/g, 'bed'],
  [/护理费/g, 'nursing'],
  [/手术费/g, 'surgery'],
  [/治疗费/g, 'treatment'],
  [/检查费/g, 'examination'],
  [/化验费/g, 'laboratory'],
  [/一般诊疗费/g, 'general-diagnosis'],
  [/挂号费/g, 'registration'],
];
/** Items priced by the day in hospital: their inpatient quota is per day. */
const DAY_PRICED = new Set<ChargeCategory>(['bed', 'nursing', 'consultation']);
const INPATIENT_ONLY = new Set<ChargeCategory>(['bed', 'nursing']);
const RAISED_PART = /(?:调价|价格调整)?(?:后)?(?:提高|上涨|增加|新增)(?:的)?部分/;
const PER_DAY = /每床日|每日|每天|按日|按床日/;
const QUOTA = /(?:每(?:人次|次|床日|日|天)?)?(?:定额)?(?:报销|支付)?\s*(\d+(?:\.\d{1,2})?)\s*元/;
const SELF_PAY =
  /超(?:出|过)(?:定额|标准)?(?:的)?部分(?:由)?(?:个人|患者|参保人员?)(?:自付|负担|承担)/;
const RATIO_REST = /超(?:出|过)(?:定额|标准)?(?:的)?部分(?:仍)?按(?:原)?(?:规定)?比例(?:报销|支付)/;
const WHOLE_TO_FIXED = /由原按比例报销[^，,。；]*?调整为(?:按)?定额报销/;

export interface FixedAmountReading {
  fixedAmounts: FixedAmountMechanism[] | null;
  sources: Record<string, MechanismSource>;
  open: Record<string, OpenPoint>;
}

function encounterTypes(text: string, at: number, category: ChargeCategory): EncounterType[] {
  const before = text.slice(Math.max(0, at - 4), at);
  if (/门诊|急诊/.test(before)) return ['outpatient'];
  if (/住院/.test(before)) return ['inpatient'];
  if (INPATIENT_ONLY.has(category)) return ['inpatient'];
  return ['outpatient', 'inpatient'];
}

export function readFixedAmounts(sentences: readonly Sentence[]): FixedAmountReading {
  const entries: FixedAmountMechanism[] = [];
  const sources: Record<string, MechanismSource> = {};
  const open: Record<string, OpenPoint> = {};
  for (const sentence of sentences) {
    if (!FIXED.test(sentence.text)) continue;
    const text = sentence.text;
    const touched: number[] = [];
    for (const [pattern, category] of FEES) {
      for (const fee of text.matchAll(pattern)) {
        for (const encounterType of encounterTypes(text, fee.index, category)) {
          let index = entries.findIndex(
            (e) => e.encounterType === encounterType && e.category === category,
          );
          if (index < 0) {
            const perDay =
              encounterType === 'inpatient' && (DAY_PRICED.has(category) || PER_DAY.test(text));
            entries.push({
              encounterType,
              category,
              per: perDay ? 'day' : 'visit',
              part: 'whole-line',
              quotaFen: null,
              remainder: null,
            });
            index = entries.length - 1;
            sources[`fixedAmounts.${index}`] = sourceAt(sentence, fee.index, fee[0].length);
          }
          touched.push(index);
        }
      }
    }
    for (const index of new Set(touched)) {
      const entry = entries[index] as FixedAmountMechanism;
      const raised = RAISED_PART.exec(text);
      if (raised) {
        entry.part = 'raised-part';
        sources[`fixedAmounts.${index}.part`] = sourceAt(sentence, raised.index, raised[0].length, {
          whole: true,
        });
      }
      const quota = QUOTA.exec(text);
      if (quota && entry.quotaFen === null) {
        entry.quotaFen = parseYuan(quota[1] as string);
        sources[`fixedAmounts.${index}.quotaFen`] = sourceAt(
          sentence,
          quota.index,
          quota[0].length,
        );
      }
      const selfPay = SELF_PAY.exec(text);
      const ratio = RATIO_REST.exec(text);
      const rest = selfPay ?? ratio;
      if (rest) {
        entry.remainder = selfPay ? 'self-pay' : 'ratio';
        sources[`fixedAmounts.${index}.remainder`] = sourceAt(sentence, rest.index, rest[0].length);
      }
    }
    const whole = WHOLE_TO_FIXED.exec(text);
    if (whole && touched.length > 0) {
      open['fixedAmounts.*.remainder'] = {
        note: '方案写由原按比例报销调整为按定额报销，未说明原价部分是否仍按比例报销',
        source: sourceAt(sentence, whole.index, whole[0].length),
      };
    }
    if (touched.length > 0 && !open['fixedAmounts.*.quotaFen'] && /额度|标准/.test(text)) {
      const at = /额度|标准/.exec(text)?.index ?? 0;
      open['fixedAmounts.*.quotaFen'] = {
        note: '方案未写定额额度',
        source: sourceAt(sentence, at, 2),
      };
    }
  }
  if (entries.length === 0) return { fixedAmounts: null, sources: {}, open: {} };
  if (!open['fixedAmounts.*.quotaFen'] && entries.some((e) => e.quotaFen === null)) {
    open['fixedAmounts.*.quotaFen'] = {
      note: '方案未写定额额度',
      ...(sources['fixedAmounts.0'] ? { source: sources['fixedAmounts.0'] } : {}),
    };
  }
  return { fixedAmounts: entries, sources, open };
}
