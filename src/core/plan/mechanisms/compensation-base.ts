// 补偿基数: what the compensation is measured against — a share of a base year's drug spending
// (补偿额按2016年度药品费的15%测算), a base year's markup revenue (药品加成额以2016年……为基数), or, when the
// plan only speaks of "减少的合理收入", the revenue the bills lose (an assumption to confirm).
import type { CompensationBase } from '../../simulate/scenario';
import { sourceAt, type Sentence } from './sentences';
import type { MechanismSource, OpenPoint } from './types';

const DRUG_SPENDING =
  /(\d{4})\s*年度?(?:的)?(?:全年)?药品(?:费|收入|费用|支出)(?:总额)?的\s*(\d+(?:\.\d+)?)\s*[%％]/;
const MARKUP_BASE = [
  /(?:药品)?加成(?:额|收入|额度)?(?:以|按)\s*(\d{4})\s*年[^，,。；]*?为(?:基数|基期)/,
  /以\s*(\d{4})\s*年度?[^，,。；]*?(?:药品)?加成(?:收入|额|额度)[^，,。；]*?为(?:基数|基期)/,
  /(?:基数|基期)(?:为|按)\s*(\d{4})\s*年度?(?:的)?(?:药品)?加成(?:收入|额)/,
];
const LOST_REVENUE = /减少的(?:合理)?收入/;

export interface BaseReading {
  base: CompensationBase | null;
  source: MechanismSource | null;
  open: OpenPoint | null;
}

export function readCompensationBase(
  sentences: readonly Sentence[],
  ruleParagraph: number | null,
): BaseReading {
  for (const sentence of sentences) {
    const spending = DRUG_SPENDING.exec(sentence.text);
    if (spending && /补偿|补助/.test(sentence.text)) {
      return {
        base: {
          kind: 'base-year-drug-spending',
          year: Number(spending[1]),
          share: Math.round(Number(spending[2]) * 100),
        },
        source: sourceAt(sentence, spending.index, spending[0].length),
        open: null,
      };
    }
    for (const pattern of MARKUP_BASE) {
      const markup = pattern.exec(sentence.text);
      if (markup) {
        return {
          base: { kind: 'base-year-markup', year: Number(markup[1]) },
          source: sourceAt(sentence, markup.index, markup[0].length),
          open: null,
        };
      }
    }
  }
  if (ruleParagraph === null) return { base: null, source: null, open: null };
  const lost = sentences.find(
    (s) => s.paragraphIndex === ruleParagraph && LOST_REVENUE.test(s.text),
  );
  const at = lost ? (LOST_REVENUE.exec(lost.text)?.index ?? 0) : 0;
  return {
    base: null,
    source: null,
    open: {
      note: lost
        ? '方案按“医院减少的合理收入”补偿，未给基期：默认按模拟的减少收入计算'
        : '方案未写补偿基数：默认按模拟的减少收入计算',
      ...(lost ? { source: sourceAt(lost, at, 4) } : {}),
    },
  };
}
