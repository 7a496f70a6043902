// Request shapes of the weight-table and DRG payment API, validated before route code runs.
import { z } from 'zod';
import { isDecimalText } from '../../core/drg/decimal';
import { BUILTIN_WEIGHT_TABLES, type BuiltinWeightTable } from '../../store/drg-weight-builtin';
import { schemeCode } from './drg-schemas';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

const positiveDecimal = (label: string) =>
  z
    .string()
    .trim()
    .refine(
      (text) => isDecimalText(text) && Number(text) > 0,
      `${label}应为正的十进制数，例如 1.05`,
    );

export const levelCoefficientsBody = z
  .object({
    1: positiveDecimal('一级医院系数').optional(),
    2: positiveDecimal('二级医院系数').optional(),
    3: positiveDecimal('三级医院系数').optional(),
  })
  .default({});

const pool = z.string().trim().min(1, '请填写统筹区，例如 巴南区').max(40, '统筹区名称过长');
const year = z
  .number()
  .int()
  .min(1990, '年度应在 1990 至 2200 之间')
  .max(2200, '年度应在 1990 至 2200 之间');
const baseRateFen = z.number().int().positive('基础费率应为正的整数分');

export const pageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  q: z.string().max(60, '搜索词过长').default(''),
});

const builtinCodes = Object.keys(BUILTIN_WEIGHT_TABLES) as [
  BuiltinWeightTable,
  ...BuiltinWeightTable[],
];

export const builtinBody = z.object({
  code: z.enum(builtinCodes, { error: `内置权重表应为 ${builtinCodes.join('、')} 之一` }),
  pool: pool.optional(),
  year: year.optional(),
  baseRateFen: baseRateFen.optional(),
  levelCoefficients: levelCoefficientsBody,
});

export const deriveBody = z.object({
  datasetId: z.number().int().positive(),
  scheme: schemeCode.default('chs-drg-1.1'),
  pool,
  tableYear: year,
  baseRateFen,
  levelCoefficients: levelCoefficientsBody,
  years: z
    .array(z.object({ year, weight: z.number().int().positive('年度权数应为正整数') }))
    .min(1, '至少选择一个年度')
    .max(10, '至多 10 个年度'),
  trim: z.object({
    method: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('none') }),
      z.object({ kind: z.literal('iqr'), k: positiveDecimal('四分位距倍数 k') }),
      z.object({ kind: z.literal('log-sd'), n: positiveDecimal('标准差倍数 n') }),
    ]),
    minCases: z.number().int().min(0).max(1000).default(5),
  }),
  rwDecimals: z.number().int().min(0).max(12).default(4),
});

export const paymentParamsBody = z.object({
  method: z.enum(['per-case', 'points']).default('per-case'),
  baseRateFen: baseRateFen.nullable().default(null),
  levelCoefficients: levelCoefficientsBody,
  highMultiple: positiveDecimal('高倍率界值').default('3'),
  highExcessRate: z
    .number()
    .int()
    .min(0)
    .max(10_000, '支付比例至多 10000 基点（100%）')
    .default(10_000),
  lowMultiple: positiveDecimal('低倍率界值').default('0.4'),
  lowPay: z.enum(['cost', 'proportional']).default('cost'),
  outlierReference: z.enum(['group-mean', 'standard']).default('group-mean'),
  standard: z.enum(['formula', 'published']).default('formula'),
  year: year.nullable().default(null),
  fundBudgetFen: z.number().int().min(0, '基金预算不能为负').nullable().default(null),
  applyLevelCoefficient: z.boolean().default(true),
});

export const paymentRunBody = z.object({
  datasetId: z.number().int().positive(),
  scheme: schemeCode.default('chs-drg-1.1'),
  weightTableId: z.number().int().positive(),
  params: paymentParamsBody.default(paymentParamsBody.parse({})),
});

export const groupsQuery = pageQuery.extend({
  hospital: z.string().max(60).default(''),
  sort: z.enum(['gain', 'loss', 'cases', 'drg']).default('loss'),
});
