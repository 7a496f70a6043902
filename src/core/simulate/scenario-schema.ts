// The one schema of a Scenario (scenario.ts) as data, read by the API and the CLI alike; every error names
// the field in Chinese: "报销政策（改革后） → 城镇职工 → 三级 → 住院 → 起付线：应为不小于 0 的整数分".
import { z } from 'zod';
import { badInput } from '../shared/errors';
import { CHARGE_CATEGORIES } from './categories';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from './scenario';
import { scenarioFieldLabel } from './scenario-labels';
import { checkScenario } from './validate';

const oneOf = (values: readonly string[]) => `应为以下之一：${values.join('、')}`;

const fen = z
  .number({ error: '应为不小于 0 的整数分' })
  .int({ error: '应为不小于 0 的整数分' })
  .min(0, { error: '应为不小于 0 的整数分' });
const rate = z
  .number({ error: '应为 0 到 10000 之间的整数（万分比，10000 即 100%）' })
  .int({ error: '应为 0 到 10000 之间的整数（万分比，10000 即 100%）' })
  .min(0, { error: '应为 0 到 10000 之间的整数（万分比，10000 即 100%）' })
  .max(10_000, { error: '应为 0 到 10000 之间的整数（万分比，10000 即 100%）' });
const year = z
  .number({ error: '应为四位年份' })
  .int({ error: '应为四位年份' })
  .min(1990, { error: '应为四位年份' })
  .max(2100, { error: '应为四位年份' });
const date = z
  .string({ error: '日期应写成 YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应写成 YYYY-MM-DD' });
const text = z.string({ error: '应为文字' });
const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: oneOf(values) });

const LEVELS = [1, 2, 3] as const;
const level = z.union([z.literal(LEVELS), z.literal('all')], { error: '应为 1、2、3 或 all' });
const category = enumOf(CHARGE_CATEGORIES);
const tag = enumOf(['large-equipment', 'pharmacy-service-fee', 'tcm-service']);
const insuranceClass = enumOf(['A', 'B', 'C']);
const sponsor = enumOf(['government', 'public-institution', 'state-enterprise', 'private']);
const fundingShares = z.object({ city: rate, district: rate });

const fixedAmount = z.object({
  category,
  itemCodes: z.array(text).optional(),
  per: enumOf(['visit', 'day']),
  quotaFen: fen,
  part: enumOf(['whole-line', 'raised-part']),
  remainder: enumOf(['ratio', 'self-pay']),
});

const benefitRule = z.object({
  deductibleFen: fen,
  deductibleBasis: enumOf(['encounter', 'year']),
  ratio: rate,
  annualCapFen: fen.nullable(),
  pool: text.min(1, { error: '不能为空' }),
  classBSelfPayShare: rate,
  fixedAmounts: z.array(fixedAmount),
});

const policy = z.object({
  id: text,
  effectiveFrom: date,
  rules: z.array(
    z.object({
      scheme: enumOf(['employee', 'resident-tier1', 'resident-tier2']),
      level,
      encounterType: enumOf(['outpatient', 'inpatient']),
      rule: benefitRule,
    }),
  ),
});

export const priceEntry = z
  .object({
    itemCode: text.min(1, { error: '不能为空' }),
    level,
    priceFen: fen,
    effectiveFrom: date,
    effectiveTo: date.optional(),
    insuranceClass: insuranceClass.optional(),
    assumption: text.optional(),
  })
  .refine((entry) => entry.effectiveTo === undefined || entry.effectiveTo >= entry.effectiveFrom, {
    error: '截止日期早于起始日期',
    path: ['effectiveTo'],
  });

const SPLIT_SUM = '价格、财政、医院三方分担比例之和须为 10000（100%）';
const compensation = z
  .discriminatedUnion(
    'kind',
    [
      z
        .object({
          kind: z.literal('split'),
          priceShare: rate,
          governmentShare: rate,
          hospitalShare: rate,
          topUpPriceShortfall: z.boolean({ error: '应为 true 或 false' }),
          fundingShares,
          fiscalSponsors: z.array(sponsor),
        })
        .refine((r) => r.priceShare + r.governmentShare + r.hospitalShare === 10_000, {
          error: SPLIT_SUM,
        }),
      z.object({
        kind: z.literal('floor'),
        floorRate: rate,
        fundingShares,
        fiscalSponsors: z.array(sponsor),
      }),
    ],
    { error: '补偿方式应为 split（按比例分担）或 floor（补足到补偿率）' },
  )
  .refine((r) => r.fundingShares.city + r.fundingShares.district === 10_000, {
    error: '市级与区级之和须为 10000（100%）',
    path: ['fundingShares'],
  });

const compensationBase = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('simulated') }),
    z.object({ kind: z.literal('base-year-markup'), year }),
    z.object({ kind: z.literal('base-year-drug-spending'), year, share: rate }),
  ],
  { error: '基数口径应为 simulated、base-year-markup 或 base-year-drug-spending' },
);

export const scenarioSchema = z.object({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION, {
    error: `应为 ${SCENARIO_SCHEMA_VERSION}`,
  }),
  id: text,
  name: text.max(200, { error: '不超过 200 字' }),
  version: z.number({ error: '应为整数' }).int({ error: '应为整数' }),
  pricingDate: date.nullable(),
  markup: z.object({
    effectiveFrom: date,
    rate,
    exemptCategories: z.array(category),
    hospitalsWithoutMarkup: z.array(text),
    abolishedTags: z.array(tag),
  }),
  priceSchedule: z.array(priceEntry),
  reimbursement: z.object({ before: policy, after: policy }),
  compensation,
  compensationBase,
  conditions: z.object({ fundMaxIncrease: rate }),
});

export interface ScenarioProblem {
  /** The field as a dotted path into the scenario, e.g. "reimbursement.after.rules.5.rule.deductibleFen". */
  path: string;
  /** The same field in Chinese, e.g. "报销政策（改革后） → 城镇职工 → 三级 → 住院 → 起付线". */
  field: string;
  message: string;
}

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (at, key) =>
      at !== null && typeof at === 'object'
        ? (at as Record<string, unknown>)[String(key)]
        : undefined,
    value,
  );

/** Every problem in `input` as a scenario; empty when it is a valid one. */
export function scenarioProblems(input: unknown): ScenarioProblem[] {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      field: scenarioFieldLabel(issue.path, input),
      message:
        issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined
          ? '缺少此项'
          : issue.message,
    }));
  }
  // The core checks run too; they name fields as "reimbursement.before.rules[3].ratio: …".
  return checkScenario(parsed.data as Scenario).map((problem) => {
    const match = /^([\w.[\]]+): (.*)$/s.exec(problem);
    const path = (match?.[1] ?? '').replace(/\[(\d+)\]/g, '.$1');
    const keys = path ? path.split('.') : [];
    return {
      path,
      field: scenarioFieldLabel(keys, input),
      message: match?.[2] ?? problem,
    };
  });
}

/** Where a problem is, for the error's `where`: "scenario.markup.rate" by default. */
export type ScenarioWhere = (path: string) => string;

const inScenario: ScenarioWhere = (path) => (path ? `scenario.${path}` : 'scenario');

/** Reads a scenario a user wrote; throws a 400 naming every field that is wrong, in Chinese. */
export function parseScenario(input: unknown, where: ScenarioWhere = inScenario): Scenario {
  const problems = scenarioProblems(input);
  const [first] = problems;
  if (first) {
    const listed = problems.slice(0, 20).map((p) => `${p.field}：${p.message}`);
    const more = problems.length > 20 ? `；另有 ${problems.length - 20} 处` : '';
    const message =
      problems.length === 1
        ? (listed[0] ?? '')
        : `测算方案有 ${problems.length} 处问题：${listed.join('；')}${more}`;
    throw badInput(message, { where: where(first.path) });
  }
  return scenarioSchema.parse(input) as Scenario;
}

/** Reads a scenario from JSON text, e.g. a file; `file` names where it came from in every error. */
export function parseScenarioJson(text: string, file: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badInput(`不是有效的 JSON：${(error as Error).message}`, { where: file });
  }
  return parseScenario(value, (path) => (path ? `${file}（${path}）` : file));
}
