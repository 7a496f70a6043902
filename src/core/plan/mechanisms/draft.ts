// A whole scenario from what a plan states: every stated value with its sentence, every open one filled
// with a default and marked as an assumption to set (the reimbursement figures, quotas, funding shares …).
import { percent, type Fen } from '../../shared/money';
import type { ChargeCategory } from '../../simulate/categories';
import { assumedPolicy } from '../../simulate/preset-policies';
import type { Provenance } from '../../simulate/presets';
import {
  SCENARIO_SCHEMA_VERSION,
  type CompensationBase,
  type CompensationRule,
  type FixedAmountRule,
  type Scenario,
} from '../../simulate/scenario';
import type { MechanismSource, OpenPoint, PlanMechanisms } from './types';

export interface DraftRecord {
  id: string;
  name: string;
  /** The document's name, as provenance quotes it. */
  document: string;
  /** Prefix of the reimbursement policies' ids, e.g. "banan" → "banan-2016", "banan-2017-09". */
  policyPrefix: string;
  /** The plan's issue date, the start date of last resort. */
  issuedOn: string | null;
}

export interface DraftScenario {
  scenario: Scenario;
  /** Keyed by path into the scenario ("*" for array indices), as presets.ts reads it. */
  provenance: Record<string, Provenance>;
}

/** Assumed quotas where a plan names a fixed-amount fee without its amount. */
const DEFAULT_QUOTA_FEN: Partial<Record<ChargeCategory, Fen>> = { consultation: 500, bed: 1000 };
const FALLBACK_QUOTA_FEN: Fen = 500;
const LEVEL_NAME = { city: '市级', district: '区（县）级' } as const;

export function draftScenario(m: PlanMechanisms, record: DraftRecord): DraftScenario {
  const from = (source: MechanismSource): Provenance => ({
    source: { document: record.document, line: source.line, quote: source.quote },
  });
  const assumed = (note: string, source?: MechanismSource): Provenance =>
    source
      ? { assumption: true, note, source: { document: record.document, ...source } }
      : { assumption: true, note };
  const fromOpen = (open: OpenPoint | undefined, fallback: string, detail = ''): Provenance =>
    open ? assumed(`${open.note}${detail}`, open.source) : assumed(fallback);
  const provenance: Record<string, Provenance> = {
    schemaVersion: assumed('数据格式版本，非方案内容'),
    id: assumed('测算方案编号'),
    name: assumed('测算方案名称'),
    version: assumed('测算方案版本号，每次修改加一'),
  };
  const s = m.sources;

  // 取消药品加成: the date as written, else 1 January of the year it must be done by, else the issue year.
  const markup = m.markup;
  const startYear = markup?.effectiveYear ?? Number((record.issuedOn ?? '2017').slice(0, 4));
  const effectiveFrom = markup?.effectiveFrom ?? `${startYear}-01-01`;
  const year = Number(effectiveFrom.slice(0, 4));
  const startSource = s['markup.effectiveFrom'];
  if (startSource) {
    provenance['markup.effectiveFrom'] = from(startSource);
    provenance.pricingDate = assumed(
      '把全部账单按改革启动日重新定价（反事实测算）；若要按各明细的实际日期回放，设为 null',
      startSource,
    );
  } else {
    const start = fromOpen(
      m.open['markup.effectiveFrom'],
      `方案未写取消药品加成的日期：默认${effectiveFrom}，请填实际启动日`,
    );
    provenance['markup.effectiveFrom'] = start;
    provenance.pricingDate = start;
  }
  provenance['markup.rate'] = s['markup.rate']
    ? from(s['markup.rate'])
    : assumed('方案未写加成率；按国家政策顺加15%，请填各医院实际执行的加成率');
  const exemptSource = s['markup.exemptCategories'];
  provenance['markup.exemptCategories'] = exemptSource
    ? from(exemptSource)
    : assumed('方案未写保留加成的药品：默认中药饮片保留加成（各地通例），请按方案核实');
  provenance['markup.hospitalsWithoutMarkup'] = fromOpen(
    m.open['markup.hospitalsWithoutMarkup'],
    '已在改革前取消加成的医院（如有）请填入编号',
  );
  provenance['markup.abolishedTags'] = s['markup.abolishedTags']
    ? from(s['markup.abolishedTags'])
    : assumed('方案未提药事服务费；如同时取消请填 pharmacy-service-fee');
  provenance.priceSchedule = fromOpen(m.open.priceSchedule, '请导入本地医疗服务价格调整表');

  // 定额报销: the fees the plan names, with assumed quotas where it gives none.
  const fixed = m.fixedAmounts ?? [];
  const rulesOf = (type: 'outpatient' | 'inpatient'): FixedAmountRule[] =>
    fixed
      .filter((f) => f.encounterType === type)
      .map((f) => ({
        category: f.category,
        per: f.per,
        quotaFen: f.quotaFen ?? DEFAULT_QUOTA_FEN[f.category] ?? FALLBACK_QUOTA_FEN,
        part: f.part,
        remainder: f.remainder ?? 'ratio',
      }));
  const startMonth = effectiveFrom.slice(0, 7);
  const afterId = startSource
    ? `${record.policyPrefix}-${startMonth}`
    : `${record.policyPrefix}-${year}`;
  const before = assumedPolicy(`${record.policyPrefix}-${year - 1}`, `${year - 1}-01-01`);
  const after =
    fixed.length > 0
      ? assumedPolicy(afterId, effectiveFrom, {
          outpatient: () => rulesOf('outpatient'),
          inpatient: () => rulesOf('inpatient'),
        })
      : assumedPolicy(afterId, effectiveFrom);
  if (fixed.length > 0) {
    const fixedPath = 'reimbursement.after.rules.*.rule.fixedAmounts';
    provenance['reimbursement.before'] = assumed(
      '改革前报销政策：起付线、比例、封顶线、乙类先自付均为假设值，请按本地医保政策填写',
    );
    provenance['reimbursement.after'] = assumed(
      '改革后报销政策：除定额报销项目外沿用改革前的假设值，请按本地医保政策填写',
    );
    const quotas = fixed
      .filter((f) => f.quotaFen === null)
      .map(
        (f) =>
          `${f.encounterType === 'outpatient' ? '门诊' : '住院'}${FEE_NAME[f.category] ?? f.category}${f.part === 'raised-part' ? '调价提高部分' : ''}每${f.per === 'day' ? '日' : '次'}${(DEFAULT_QUOTA_FEN[f.category] ?? FALLBACK_QUOTA_FEN) / 100}元`,
      );
    provenance[fixedPath] =
      quotas.length > 0
        ? fromOpen(
            m.open['fixedAmounts.*.quotaFen'],
            '方案未写定额额度',
            `：定额为假设值（${quotas.join('，')}），请按医保部门公布的额度填写`,
          )
        : from(s['fixedAmounts.0.quotaFen'] ?? (s['fixedAmounts.0'] as MechanismSource));
    const part = Object.keys(s).find((k) => /^fixedAmounts\.\d+\.part$/.test(k));
    if (part) provenance[`${fixedPath}.*.part`] = from(s[part] as MechanismSource);
    const rest = Object.keys(s).find((k) => /^fixedAmounts\.\d+\.remainder$/.test(k));
    if (rest) provenance[`${fixedPath}.*.remainder`] = from(s[rest] as MechanismSource);
    else if (m.open['fixedAmounts.*.remainder']) {
      provenance[`${fixedPath}.*.remainder`] = fromOpen(
        m.open['fixedAmounts.*.remainder'],
        '',
        '：默认原价部分仍按比例报销；如全部按定额请改为 self-pay 并调整额度',
      );
    }
  } else {
    provenance.reimbursement = assumed(
      '报销政策（起付线、比例、封顶线、乙类先自付）方案未写，均为假设值，请按本地医保政策填写',
    );
  }

  // 补偿: the rule as stated; the level that pays is the issuer's unless the plan gives shares.
  const level = m.issuerLevel ?? 'city';
  const fundingShares =
    level === 'city' ? { city: percent(100), district: 0 } : { city: 0, district: percent(100) };
  const c = m.compensation;
  const fiscalSponsors = c?.fiscalSponsors ?? ['government' as const];
  let compensation: CompensationRule;
  if (c?.kind === 'split') {
    compensation = {
      kind: 'split',
      priceShare: c.priceShare,
      governmentShare: c.governmentShare,
      hospitalShare: c.hospitalShare,
      topUpPriceShortfall: c.topUpPriceShortfall ?? false,
      fundingShares,
      fiscalSponsors,
    };
  } else if (c?.kind === 'floor') {
    compensation = { kind: 'floor', floorRate: c.floorRate, fundingShares, fiscalSponsors };
  } else {
    compensation = {
      kind: 'split',
      priceShare: percent(80),
      governmentShare: percent(15),
      hospitalShare: percent(5),
      topUpPriceShortfall: false,
      fundingShares,
      fiscalSponsors,
    };
  }
  if (c) {
    for (const key of ['kind', 'priceShare', 'governmentShare', 'hospitalShare', 'floorRate']) {
      const source = s[`compensation.${key}`];
      if (source) provenance[`compensation.${key}`] = from(source);
    }
    if (c.kind === 'split') {
      provenance['compensation.topUpPriceShortfall'] = s['compensation.topUpPriceShortfall']
        ? from(s['compensation.topUpPriceShortfall'])
        : assumed('方案未写价格补偿不到位时由财政兜底：默认不兜底，差额由医院承担');
    }
    provenance['compensation.fundingShares'] = fromOpen(
      m.open['compensation.fundingShares'],
      '方案未给市、区（县）两级的分担比例',
      `：默认${LEVEL_NAME[level]}全额（发文机关的层级），请按每家医院的经费保障关系填写（可在医院上单独设置）`,
    );
    provenance['compensation.fiscalSponsors'] = s['compensation.fiscalSponsors']
      ? from(s['compensation.fiscalSponsors'])
      : assumed('方案未区分举办主体：默认政府办医院由财政补助，其他按原渠道');
  } else {
    provenance.compensation = assumed(
      `方案未写取消加成后的补偿办法：默认调价80%、财政15%、医院5%，补助由${LEVEL_NAME[level]}承担，请按本地补偿办法填写`,
    );
  }

  const baseSource = s.compensationBase;
  const compensationBase: CompensationBase = m.compensationBase ?? { kind: 'simulated' };
  provenance.compensationBase = baseSource
    ? from(baseSource)
    : fromOpen(m.open.compensationBase, '方案未写补偿基数：默认按模拟的减少收入计算');
  provenance['conditions.fundMaxIncrease'] = fromOpen(
    m.open['conditions.fundMaxIncrease'],
    '方案未量化基金承受能力：默认基金支出不增加，请按基金结余能力设定',
    m.open['conditions.fundMaxIncrease'] ? '：默认基金支出不增加，请按基金结余能力设定' : '',
  );

  const scenario: Scenario = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id: record.id,
    name: record.name,
    version: 1,
    pricingDate: effectiveFrom,
    markup: {
      effectiveFrom,
      rate: markup?.rate ?? percent(15),
      exemptCategories: exemptSource
        ? [...(markup?.exemptCategories ?? [])]
        : ['tcm-decoction-pieces'],
      hospitalsWithoutMarkup: [],
      abolishedTags: [...(markup?.abolishedTags ?? [])],
    },
    priceSchedule: [],
    reimbursement: { before, after },
    compensation,
    compensationBase,
    conditions: { fundMaxIncrease: 0 },
  };
  return { scenario, provenance };
}

const FEE_NAME: Partial<Record<ChargeCategory, string>> = {
  consultation: '诊察费',
  bed: '床位费',
  nursing: '护理费',
  surgery: '手术费',
  treatment: '治疗费',
  examination: '检查费',
  laboratory: '化验费',
  'general-diagnosis': '一般诊疗费',
  registration: '挂号费',
};
