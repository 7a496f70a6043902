// Request shapes of the plan area, validated before any route code runs.
import { z } from 'zod';
import { MAX_LINES_PER_PAGE } from '../../store/plan-lines';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD 格式，例如 2020-12-31')
  .nullable();
const units = z.array(z.string().min(1, '单位名称不能为空'));
const taskFields = z.object({
  title: z.string().min(1, '任务名称不能为空'),
  lead: units,
  co: units,
  dueText: z.string().nullable(),
  due: date,
});

export const correctionSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('setMeta'),
    fields: z
      .object({ title: z.string(), issuer: z.string(), docNumber: z.string(), issuedOn: date })
      .partial(),
  }),
  z.object({ op: z.literal('setTask'), taskKey: z.string(), fields: taskFields.partial() }),
  z.object({
    op: z.literal('mergeTasks'),
    taskKeys: z.array(z.string()).min(2, '至少选择两项任务才能合并'),
  }),
  z.object({
    op: z.literal('splitTask'),
    taskKey: z.string(),
    parts: z.array(taskFields).min(2, '拆分后至少要有两项任务'),
  }),
  z.object({ op: z.literal('deleteTask'), taskKey: z.string() }),
  z.object({
    op: z.literal('setTarget'),
    targetKey: z.string(),
    fields: z
      .object({
        op: z.enum(['<', '<=', '>', '>=', '=', '~']),
        value: z.number().finite(),
        unit: z.string(),
        due: date,
        scope: z.string().nullable(),
        indicator: z.string().nullable(),
      })
      .partial(),
  }),
  z.object({ op: z.literal('deleteTarget'), targetKey: z.string() }),
  z.object({
    op: z.literal('setUnitCanonical'),
    name: z.string(),
    canonical: z.string().nullable(),
  }),
]);

export const planIdParams = z.object({ id: z.coerce.number().int().positive() });

export const revisionQuery = z.object({
  revision: z.coerce.number().int().positive('修订号应为正整数').optional(),
});

export const linesQuery = revisionQuery.extend({
  from: z.coerce.number().int().positive('起始行号 from 应为从 1 起的正整数').default(1),
  count: z.coerce
    .number()
    .int()
    .positive('行数 count 应为正整数')
    .max(MAX_LINES_PER_PAGE, `一次最多读取 ${MAX_LINES_PER_PAGE} 行，请分页读取`)
    .default(500),
  reading: z
    .enum(['chosen', 'alternative'], {
      message: '读法 reading 只能是 chosen（按识别的编码）或 alternative（按另一种编码）',
    })
    .default('chosen'),
});

export const findLinesQuery = revisionQuery.extend({
  text: z
    .string()
    .trim()
    .min(1, '请填写要在原文中查找的文字 text')
    .max(200, '查找的文字不超过 200 字'),
  reading: linesQuery.shape.reading,
});

export const diffQuery = z.object({
  from: z.coerce.number().int().positive('修订号应为正整数'),
  to: z.coerce.number().int().positive('修订号应为正整数'),
});

export const publishBody = z
  .object({
    confirm: z
      .object({
        reason: z.string().trim().min(1, '请写明确认发布的理由').max(500, '理由不超过 500 字'),
      })
      .optional(),
  })
  .nullish();

export const withdrawBody = z.object({
  reason: z.string().trim().min(1, '请写明撤回的理由').max(500, '理由不超过 500 字'),
});
