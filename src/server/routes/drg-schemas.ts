// Request shapes of the DRG area (grouping, catalogue search, scheme browsing), validated before route code.
import { z } from 'zod';
import { SHIPPED_DRG_SCHEMES, type ShippedDrgScheme } from '../../store/drg-schemes';

const schemeCodes = Object.keys(SHIPPED_DRG_SCHEMES) as [ShippedDrgScheme, ...ShippedDrgScheme[]];

/** Only the shipped schemes: a rules file path is for the CLI, never for a web request. */
export const schemeCode = z.enum(schemeCodes, {
  error: `分组方案应为 ${schemeCodes.join('、')} 之一`,
});

const optionalNumber = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .finite()
    .min(0, `${label}不能为负数`)
    .nullable()
    .default(null);

const code = z.string().trim().min(1, '编码不能为空').max(40, '编码过长');

export const groupBody = z.object({
  scheme: schemeCode.default('chs-drg-1.1'),
  /** Refuse a case with data-quality warnings instead of grouping it (default: group, warn). */
  strict: z.boolean().default(false),
  case: z.object({
    gender: z.number().int().nullable().default(null),
    age: optionalNumber('年龄'),
    ageDay: optionalNumber('日龄'),
    weight: optionalNumber('出生体重'),
    dept: z.string().max(40).default(''),
    inHospitalTime: optionalNumber('住院天数'),
    leavingType: z.number().int().nullable().default(null),
    diagnoses: z.array(code).max(60, '诊断最多 60 个'),
    procedures: z.array(code).max(60, '手术操作最多 60 个').default([]),
  }),
});

export const catalogueQuery = z.object({
  q: z.string().max(60, '搜索词过长').default(''),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const catalogueParams = z.object({
  catalogue: z.enum(['diagnoses', 'procedures'], { error: '目录应为 diagnoses 或 procedures' }),
});

export const schemeParams = z.object({ scheme: schemeCode });

export const adrgParams = schemeParams.extend({
  code: z.string().regex(/^[A-Z]{2}[0-9A-Z](_\d+)?$/, 'ADRG 编码应为三位，例如 GZ1'),
});

export const listParams = schemeParams.extend({
  name: z.string().regex(/^[A-Za-z0-9_]{1,40}$/, '表名只含字母、数字和下划线，例如 L170'),
});

export const listQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  q: z.string().max(60).default(''),
  pairedWith: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,40}$/)
    .optional(),
});
