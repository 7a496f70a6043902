// The mechanisms a plan states as rows a person reads: what, the value in words, and the line it came from;
// and the points the plan leaves open, which become assumptions to fill.
import type { PlanMechanisms } from '../../../core/plan/mechanisms/types';
import { CHARGE_CATEGORY_NAMES } from '../../../core/simulate/categories';
import { formatBp } from '../common/money';

export interface MechanismRow {
  key: string;
  label: string;
  value: string;
  line: number | null;
  quote: string | null;
}

const ENCOUNTER = { outpatient: '门诊', inpatient: '住院' } as const;
const BASE_KIND = {
  'base-year-markup': (year: number) => `${year}年药品加成收入`,
  'base-year-drug-spending': (year: number, share: number) => `${year}年药品费的${formatBp(share)}`,
} as const;

/** Rows of the values the plan states, in reading order. */
export function mechanismRows(m: PlanMechanisms): MechanismRow[] {
  const rows: MechanismRow[] = [];
  const add = (key: string, label: string, value: string, sourceKey = key) => {
    const source = m.sources[sourceKey];
    rows.push({ key, label, value, line: source?.line ?? null, quote: source?.quote ?? null });
  };
  if (m.markup) {
    if (m.markup.effectiveFrom)
      add('markup.effectiveFrom', '取消药品加成日期', m.markup.effectiveFrom);
    else if (m.markup.effectiveYear)
      add(
        'markup.effectiveYear',
        '取消药品加成年份',
        `${m.markup.effectiveYear}年（未写具体日期）`,
      );
    if (m.markup.exemptCategories.length > 0)
      add(
        'markup.exemptCategories',
        '保留加成',
        m.markup.exemptCategories.map((c) => CHARGE_CATEGORY_NAMES[c]).join('、'),
      );
    if (m.markup.abolishedTags.length > 0) add('markup.abolishedTags', '同时取消', '药事服务费');
  }
  const c = m.compensation;
  if (c?.kind === 'split') {
    add(
      'compensation.kind',
      '补偿分担',
      `调价 ${formatBp(c.priceShare)}、财政 ${formatBp(c.governmentShare)}、医院 ${formatBp(c.hospitalShare)}`,
    );
    if (c.topUpPriceShortfall)
      add('compensation.topUpPriceShortfall', '调价不到位时', '财政动态兜底');
  } else if (c?.kind === 'floor') {
    add('compensation.floorRate', '补偿率须达到', formatBp(c.floorRate));
  }
  if (c?.fiscalSponsors)
    add('compensation.fiscalSponsors', '财政补助对象', '政府办医院（其他按原渠道）');
  const b = m.compensationBase;
  if (b && b.kind !== 'simulated') {
    add(
      'compensationBase',
      '补偿基数',
      b.kind === 'base-year-markup'
        ? BASE_KIND['base-year-markup'](b.year)
        : BASE_KIND['base-year-drug-spending'](b.year, b.share),
    );
  }
  (m.fixedAmounts ?? []).forEach((f, index) => {
    const quota =
      f.quotaFen !== null
        ? `每${f.per === 'day' ? '日' : '次'} ${f.quotaFen / 100} 元`
        : '额度未写';
    add(
      `fixedAmounts.${index}`,
      '定额报销',
      `${ENCOUNTER[f.encounterType]}${CHARGE_CATEGORY_NAMES[f.category]}${f.part === 'raised-part' ? '调价提高部分' : ''}（${quota}）`,
    );
  });
  if (m.priceAdjustment?.itemCount)
    add('priceAdjustment.itemCount', '调价项目', `${m.priceAdjustment.itemCount} 项`);
  if (m.priceAdjustment?.insuranceClass === 'A')
    add('priceAdjustment.insuranceClass', '调整后医保属性', '甲类');
  if (m.perCasePayment?.diseaseCount)
    add(
      'perCasePayment.diseaseCount',
      '按病种付费病种数',
      `不少于 ${m.perCasePayment.diseaseCount} 个`,
    );
  if (m.perCasePayment?.inpatientShare)
    add(
      'perCasePayment.inpatientShare',
      '按病种付费住院患者',
      `${formatBp(m.perCasePayment.inpatientShare)} 以上`,
    );
  for (const stated of m.stated) {
    rows.push({
      key: `stated.${stated.kind}`,
      label: '写明、测算不模拟',
      value: stated.summary,
      line: stated.source.line,
      quote: stated.source.quote,
    });
  }
  return rows;
}

/** How many of the draft's values the plan leaves open (the scenario marks them as assumptions). */
export const openCount = (m: PlanMechanisms) => Object.keys(m.open).length;
