// Which monitoring indicator measures a target: a small catalogue of the indicator names of
// shared/data/indicators.md with the ways plans write them. The link is a name, nothing more.

export interface IndicatorPattern {
  name: string;
  /** Tried in order against the subject with spaces and full-width forms folded. */
  patterns: RegExp[];
}

/** Order matters: the more specific indicator comes before the one whose words it contains. */
export const INDICATOR_CATALOGUE: IndicatorPattern[] = [
  { name: '中药饮片收入占药品收入比例', patterns: [/中药饮片(收入)?占药品收入/] },
  { name: '中药收入占药品收入比例', patterns: [/中药(药品)?收入占药品收入/] },
  {
    name: '百元医疗收入（不含药品收入）中消耗的卫生材料',
    patterns: [/百元医疗收入.*(卫生材料|耗材)/, /(卫生材料|耗材).*百元/],
  },
  { name: '药占比（不含中药饮片）', patterns: [/药占比/, /药品收入占(医疗)?(总)?收入/] },
  {
    name: '医疗服务收入占比',
    patterns: [/医疗服务收入.*占.*(医疗)?收入/, /医疗服务收入占比/, /技术劳务.*收入.*比/],
  },
  { name: '门诊次均药品费用', patterns: [/门诊(病人)?次均药(品)?费/] },
  { name: '住院次均药品费用', patterns: [/住院(病人)?(次均|人均)药(品)?费/] },
  { name: '门诊次均费用', patterns: [/门诊(病人)?次均(医药|医疗)?费用/] },
  { name: '住院次均费用', patterns: [/住院(病人)?(次均|人均)(医药|医疗)?费用/] },
  {
    name: '医疗费用增长幅度',
    patterns: [/医(疗|药)费用.*增长/, /费用增(长|幅)/],
  },
  { name: '平均住院日', patterns: [/平均住院(日|天数)/] },
  { name: '预约诊疗率', patterns: [/预约诊疗(率|比例)/, /预约(挂号|就诊)(率|比例)/] },
  { name: '普通门诊号源占比', patterns: [/普通门诊号源/] },
  { name: '特需医疗服务占比', patterns: [/特需(医疗)?服务/] },
  { name: '医护比', patterns: [/医护比/, /医师.*护士.*比/] },
  { name: '人员支出占业务支出比重', patterns: [/人员(经费)?支出占.*业务支出/] },
  { name: '门诊人次数与出院人次数比', patterns: [/门诊人次.*出院人次/] },
  { name: '下转患者人次数', patterns: [/下转(患者|病人)/, /向下转诊(人次|患者)/] },
  {
    name: '按病种付费住院人次占比',
    patterns: [
      /(住院(患者|病人|人次)).*按病种(付费|收费|支付)/,
      /按病种(付费|收费|支付).*住院(患者|病人|人次)/,
    ],
  },
  {
    name: '按病种付费病种数',
    patterns: [/(按|单)病种(付费|收费|支付)的?病种(数)?/, /病种(付费|收费).*病种数/],
  },
  { name: '抗菌药物使用强度', patterns: [/抗菌药物使用强度/, /DDDs?/i] },
  { name: '病例组合指数', patterns: [/CMI/i, /病例组合指数/] },
  { name: '费用消耗指数', patterns: [/费用消耗指数/] },
  { name: '时间消耗指数', patterns: [/时间消耗指数/] },
  { name: '家庭医生签约服务覆盖率', patterns: [/签约服务覆盖率/, /签约(覆盖)?率/] },
  { name: '县域内就诊率', patterns: [/县域内就诊率/] },
  { name: '个人卫生支出占卫生总费用比例', patterns: [/个人卫生支出占卫生总费用/] },
];

/** Name of the indicator that measures `subject`, or null when none of the catalogue matches. */
export function linkIndicator(subject: string): string | null {
  const folded = subject.normalize('NFKC').replace(/\s+/g, '');
  if (folded === '') return null;
  for (const indicator of INDICATOR_CATALOGUE) {
    if (indicator.patterns.some((p) => p.test(folded))) return indicator.name;
  }
  return null;
}
