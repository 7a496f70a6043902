// Preset ziyang-2017: 资府发〔2017〕23号 二（二）1 — urban public hospitals drop the markup (中药饮片除外);
// lost revenue compensated 70% by prices, 20% by government, 10% by the hospital.

import { percent } from '../shared/money';
import { assumedPolicy } from './preset-policies';
import type { Preset, Provenance } from './presets';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from './scenario';

const document = 'ziyang-2017-comprehensive-reform-pilot.txt';
const from = (line: number, quote: string): Provenance => ({ source: { document, line, quote } });
const assumed = (note: string, line?: number, quote?: string): Provenance =>
  line !== undefined && quote !== undefined
    ? { assumption: true, note, source: { document, line, quote } }
    : { assumption: true, note };

export function ziyangPreset(): Preset {
  const scenario: Scenario = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id: 'ziyang-2017',
    name: '资阳市医药卫生体制综合改革试点（2017）',
    version: 1,
    pricingDate: '2017-01-01',
    markup: {
      effectiveFrom: '2017-01-01',
      rate: percent(15),
      exemptCategories: ['tcm-decoction-pieces'],
      hospitalsWithoutMarkup: [],
      abolishedTags: [],
    },
    priceSchedule: [],
    reimbursement: {
      before: assumedPolicy('ziyang-2016', '2016-01-01'),
      after: assumedPolicy('ziyang-2017', '2017-01-01'),
    },
    compensation: {
      kind: 'split',
      priceShare: percent(70),
      governmentShare: percent(20),
      hospitalShare: percent(10),
      topUpPriceShortfall: false,
      fundingShares: { city: percent(100), district: 0 },
      fiscalSponsors: ['government'],
    },
    compensationBase: { kind: 'simulated' },
    conditions: { fundMaxIncrease: 0 },
  };

  const provenance: Record<string, Provenance> = {
    schemaVersion: assumed('数据格式版本，非方案内容'),
    id: assumed('预置情景编号'),
    name: assumed('预置情景名称'),
    version: assumed('情景版本号，每次修改加一'),
    pricingDate: assumed(
      '方案只写2017年基本完成，未给启动日：默认2017-01-01，请填本市实际启动日',
      153,
      '2017年，全市所有城市公立医院基本完成“四同步”改革',
    ),
    'markup.effectiveFrom': assumed(
      '方案只写2017年基本完成，未给启动日：默认2017-01-01，请填本市实际启动日',
      153,
      '2017年，全市所有城市公立医院基本完成“四同步”改革',
    ),
    'markup.rate': assumed('方案未写加成率；按国家政策顺加15%，请填各医院实际执行的加成率'),
    'markup.exemptCategories': from(41, '城市公立医院取消药品加成（中药饮片除外）'),
    'markup.hospitalsWithoutMarkup': assumed(
      '县级公立医院已实行药品零差率销售：请填入它们的编号，其账单药价不再含加成',
      39,
      '巩固和完善县级公立医院药品零差率销售改革',
    ),
    'markup.abolishedTags': assumed('方案未提药事服务费；如同时取消请填 pharmacy-service-fee'),
    priceSchedule: assumed(
      '请导入本市医疗服务价格调整表',
      41,
      '以经过科学测算的医疗服务成本和收入结构变化为基础，逐步理顺医疗服务价格',
    ),
    reimbursement: assumed(
      '报销政策（起付线、比例、封顶线、乙类先自付）方案未写，均为假设值，请按本地医保政策填写',
    ),
    'compensation.kind': from(
      41,
      '原则上 70%通过调整医疗服务价格、20%通过财政投入予以补偿，核定增加的财政投入纳入预算管理，10%通过医院加强管理、降低运行成本解决',
    ),
    'compensation.priceShare': from(41, '70%通过调整医疗服务价格'),
    'compensation.governmentShare': from(41, '20%通过财政投入予以补偿'),
    'compensation.hospitalShare': from(41, '10%通过医院加强管理、降低运行成本解决'),
    'compensation.topUpPriceShortfall': assumed(
      '方案未写价格补偿不到位时由财政兜底：默认不兜底，差额由医院承担',
    ),
    'compensation.fundingShares': assumed(
      '方案写“市财政局……和各县（区）人民政府分别负责”，未给分担比例：默认市级全额，县（区）医院请在医院上设置',
      41,
      '各县（区）人民政府分别负责',
    ),
    'compensation.fiscalSponsors': assumed(
      '方案未区分举办主体：默认政府办医院由财政补助，其他按原渠道',
    ),
    compensationBase: assumed(
      '方案按“医院减少的合理收入”补偿，未给基期：默认按模拟的减少收入计算',
      41,
      '对医院减少的合理收入',
    ),
    'conditions.fundMaxIncrease': assumed(
      '方案未量化基金承受能力：默认基金支出不增加，请按基金结余能力设定',
    ),
  };

  return { id: 'ziyang-2017', title: scenario.name, scenario, provenance };
}
