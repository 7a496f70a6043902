// Preset banan-2017: 巴南府办发〔2017〕152号 三（一）–（四) — zero markup and no pharmacy service fee from
// 2017-09-01, fixed-amount consultation and raised bed fees, fiscal top-up to a 90% compensation rate.

import { percent } from '../shared/money';
import type { HospitalLevel } from './bills';
import { assumedPolicy } from './preset-policies';
import type { Preset, Provenance } from './presets';
import { SCENARIO_SCHEMA_VERSION, type FixedAmountRule, type Scenario } from './scenario';

const document = 'banan-2017-public-hospital-reform.txt';
const from = (line: number, quote: string): Provenance => ({ source: { document, line, quote } });
const assumed = (note: string, line?: number, quote?: string): Provenance =>
  line !== undefined && quote !== undefined
    ? { assumption: true, note, source: { document, line, quote } }
    : { assumption: true, note };

/** Assumed quotas: the plan says the fund pays fixed amounts but not how much. */
const CONSULTATION_QUOTA_FEN = 500;
const BED_DAY_QUOTA_FEN = 1000;

const consultation = (): FixedAmountRule => ({
  category: 'consultation',
  per: 'visit',
  quotaFen: CONSULTATION_QUOTA_FEN,
  part: 'whole-line',
  remainder: 'ratio',
});

const fixedAfter = {
  outpatient: (): FixedAmountRule[] => [consultation()],
  inpatient: (_level: HospitalLevel): FixedAmountRule[] => [
    { ...consultation(), per: 'day' },
    {
      category: 'bed',
      per: 'day',
      quotaFen: BED_DAY_QUOTA_FEN,
      part: 'raised-part',
      remainder: 'ratio',
    },
  ],
};

export function bananPreset(): Preset {
  const scenario: Scenario = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id: 'banan-2017',
    name: '巴南区全面推开公立医院综合改革（2017）',
    version: 1,
    pricingDate: '2017-09-01',
    markup: {
      effectiveFrom: '2017-09-01',
      rate: percent(15),
      exemptCategories: ['tcm-decoction-pieces'],
      hospitalsWithoutMarkup: [],
      abolishedTags: ['pharmacy-service-fee'],
    },
    priceSchedule: [],
    reimbursement: {
      before: assumedPolicy('banan-2016', '2016-01-01'),
      after: assumedPolicy('banan-2017-09', '2017-09-01', fixedAfter),
    },
    compensation: {
      kind: 'floor',
      floorRate: percent(90),
      fundingShares: { city: 0, district: percent(100) },
      fiscalSponsors: ['government'],
    },
    compensationBase: { kind: 'base-year-markup', year: 2016 },
    conditions: { fundMaxIncrease: 0 },
  };

  const provenance: Record<string, Provenance> = {
    schemaVersion: assumed('数据格式版本，非方案内容'),
    id: assumed('预置情景编号'),
    name: assumed('预置情景名称'),
    version: assumed('情景版本号，每次修改加一'),
    pricingDate: assumed(
      '把全部账单按改革启动日重新定价（反事实测算）；若要按各明细的实际日期回放，设为 null',
      31,
      '2017年9月1日起，全区所有公立医院全部取消药品加成（中药饮片除外）',
    ),
    'markup.effectiveFrom': from(
      31,
      '2017年9月1日起，全区所有公立医院全部取消药品加成（中药饮片除外）',
    ),
    'markup.rate': assumed('方案未写加成率；按国家政策顺加15%，请填各医院实际执行的加成率'),
    'markup.exemptCategories': from(36, '全区所有公立医院全部取消药品加成（不含中药饮片）'),
    'markup.hospitalsWithoutMarkup': assumed(
      '方案未列出已取消加成的4家医院：请填入它们的编号，其账单药价不再含加成',
      73,
      '已取消药品加成的4家公立医院取消药事服务费',
    ),
    'markup.abolishedTags': from(36, '实行药品零差率销售，取消药事服务费'),
    priceSchedule: assumed(
      '请导入市物价部门下发的调价表（首批439项），调整后的项目医保属性填甲类（三（三）3）',
      37,
      '具体医疗服务项目价格调整方案以市物价部门下发的为准',
    ),
    'reimbursement.before': assumed(
      '改革前报销政策：起付线、比例、封顶线、乙类先自付均为假设值，请按本地医保政策填写',
    ),
    'reimbursement.after': assumed(
      '改革后报销政策：除定额报销项目外沿用改革前的假设值，请按本地医保政策填写',
    ),
    'reimbursement.after.rules.*.rule.fixedAmounts': assumed(
      `定额额度为假设值（诊察费每次/每日${CONSULTATION_QUOTA_FEN / 100}元，床位费调价提高部分每床日${BED_DAY_QUOTA_FEN / 100}元），请按市医保部门公布的额度填写`,
      39,
      '城镇职工医保、城乡居民医保实行统一的定额报销额度',
    ),
    'reimbursement.after.rules.*.rule.fixedAmounts.*.part': from(
      40,
      '床位费调价提高部分由医保每床日定额报销',
    ),
    'reimbursement.after.rules.*.rule.fixedAmounts.*.remainder': assumed(
      '床位费原价部分仍按比例报销是一种理解；方案又写“由原按比例报销统一调整为按定额报销”，如全部按定额请改为 self-pay 并调整额度',
      40,
      '将床位费由原按比例报销统一调整为按定额报销',
    ),
    'compensation.kind': from(
      44,
      '价格调整后补偿率不足90%的，按照经费保障关系，由市、区两级财政分别给予补助',
    ),
    'compensation.floorRate': from(44, '确保补偿率达到90%'),
    'compensation.fundingShares': assumed(
      '方案按经费保障关系由市、区两级分担，未给比例：默认区级全额，请按每家医院的经费保障关系填写（可在医院上单独设置）',
      44,
      '按照经费保障关系，由市、区两级财政分别给予补助',
    ),
    'compensation.fiscalSponsors': from(
      44,
      '在区的行政事业单位办公立医院及国企医院按照事权划分原则，补助经费由原渠道予以保障',
    ),
    compensationBase: from(44, '药品加成额以2016年卫生财务决算年报为基数'),
    'conditions.fundMaxIncrease': assumed(
      '方案要求“医保基金可承受”但未量化：默认基金支出不增加，请按基金结余能力设定',
    ),
  };

  return { id: 'banan-2017', title: scenario.name, scenario, provenance };
}
