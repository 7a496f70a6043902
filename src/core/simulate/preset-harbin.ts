// Preset harbin-2017: 哈政办规〔2017〕28号 二（一）1 — zero markup from 2017-08-01, lost revenue compensated
// 80% by prices, 15% by government, 5% by the hospital, government covering price shortfalls meanwhile.

import { percent } from '../shared/money';
import { assumedPolicy } from './preset-policies';
import type { Preset, Provenance } from './presets';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from './scenario';

const document = 'harbin-2017-urban-public-hospital-reform.txt';
const from = (line: number, quote: string): Provenance => ({ source: { document, line, quote } });
const assumed = (note: string, line?: number, quote?: string): Provenance =>
  line !== undefined && quote !== undefined
    ? { assumption: true, note, source: { document, line, quote } }
    : { assumption: true, note };

export function harbinPreset(): Preset {
  const scenario: Scenario = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id: 'harbin-2017',
    name: '哈尔滨市城市公立医院综合改革（2017）',
    version: 1,
    pricingDate: '2017-08-01',
    markup: {
      effectiveFrom: '2017-08-01',
      rate: percent(15),
      exemptCategories: ['tcm-decoction-pieces'],
      hospitalsWithoutMarkup: [],
      abolishedTags: [],
    },
    priceSchedule: [],
    reimbursement: {
      before: assumedPolicy('harbin-2016', '2016-01-01'),
      after: assumedPolicy('harbin-2017-08', '2017-08-01'),
    },
    compensation: {
      kind: 'split',
      priceShare: percent(80),
      governmentShare: percent(15),
      hospitalShare: percent(5),
      topUpPriceShortfall: true,
      fundingShares: { city: percent(100), district: 0 },
      fiscalSponsors: ['government'],
    },
    compensationBase: { kind: 'base-year-drug-spending', year: 2016, share: percent(15) },
    conditions: { fundMaxIncrease: 0 },
  };

  const split =
    '通过调整医疗服务价格补偿80%,通过增加政府(举办主体,下同)投入补偿15%,通过医院加强管理、降低运行成本等解决5%';
  const provenance: Record<string, Provenance> = {
    schemaVersion: assumed('数据格式版本，非方案内容'),
    id: assumed('预置情景编号'),
    name: assumed('预置情景名称'),
    version: assumed('情景版本号，每次修改加一'),
    pricingDate: assumed(
      '把全部账单按改革启动日重新定价（反事实测算）；若要按各明细的实际日期回放，设为 null',
      61,
      '自2017年8月1日起,全面推开城市公立医院综合改革',
    ),
    'markup.effectiveFrom': from(
      61,
      '自2017年8月1日起,全面推开城市公立医院综合改革,所有公立医院全部取消药品加成(中药饮片除外)',
    ),
    'markup.rate': assumed('方案未写加成率；按国家政策顺加15%，请填各医院实际执行的加成率'),
    'markup.exemptCategories': from(73, '本市行政区域内所有公立医院全部取消药品加成(中药饮片除外)'),
    'markup.hospitalsWithoutMarkup': assumed('已在改革前取消加成的医院（如有）请填入编号'),
    'markup.abolishedTags': assumed('方案未提药事服务费；如同时取消请填 pharmacy-service-fee'),
    priceSchedule: assumed(
      '请导入本市公立医院医疗服务价格改革方案的调价表',
      75,
      '制定本市公立医院医疗服务价格改革方案',
    ),
    reimbursement: assumed(
      '报销政策（起付线、比例、封顶线、乙类先自付）方案未写，均为假设值，请按本地医保政策填写',
    ),
    'compensation.kind': from(73, split),
    'compensation.priceShare': from(73, '通过调整医疗服务价格补偿80%'),
    'compensation.governmentShare': from(73, '通过增加政府(举办主体,下同)投入补偿15%'),
    'compensation.hospitalShare': from(73, '通过医院加强管理、降低运行成本等解决5%'),
    'compensation.topUpPriceShortfall': from(73, '价格调整补偿到位前,各级政府应予以动态兜底补偿'),
    'compensation.fundingShares': assumed(
      '政府投入由举办主体的同级财政承担：默认市级全额，区属医院请在医院上设为区级',
      73,
      '各级政府举办的公立医院应纳入同级财政预算管理',
    ),
    'compensation.fiscalSponsors': from(
      73,
      '各级政府举办的公立医院应纳入同级财政预算管理,其他公立医院按原保障渠道解决',
    ),
    compensationBase: from(73, '2017年启动实施综合改革的公立医院,补偿额按2016年度药品费的15%测算'),
    'conditions.fundMaxIncrease': assumed(
      '方案要求“医保基金可承受”但未量化：默认基金支出不增加，请按基金结余能力设定',
      75,
      '在保证公立医院良性运行、医保基金可承受、群众整体负担不增加的前提下',
    ),
  };

  return { id: 'harbin-2017', title: scenario.name, scenario, provenance };
}
