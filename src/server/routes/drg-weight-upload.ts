// Reads the multipart form of a weight-table import: the file (kept in memory) and the fields pool, year,
// baseRateFen and coefficient1–3, in whichever order the browser sends them.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WeightFileSettings } from '../../documents/read-weight-table';
import { badInput } from '../../core/shared/errors';
import { decodeUploadName } from '../upload-name';
import { guardParts, uploadBytes } from '../uploads/save-upload';
import { requireActor } from '../auth/session-plugin';
import { DOCUMENT_UPLOAD_BYTES } from '../../core/shared/quotas';

export interface WeightUpload {
  fileName: string;
  content: Uint8Array;
  settings: WeightFileSettings;
}

const optionalText = z.string().trim().optional();
const fields = z.object({
  pool: optionalText,
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, '年度应为四位数字，例如 2024')
    .optional(),
  baseRateFen: z
    .string()
    .trim()
    .regex(/^[1-9]\d*$/, '基础费率应为正的整数分')
    .optional(),
  coefficient1: optionalText,
  coefficient2: optionalText,
  coefficient3: optionalText,
});

export async function readWeightUpload(request: FastifyRequest): Promise<WeightUpload> {
  if (!request.isMultipart()) {
    throw badInput('请以表单文件上传（multipart/form-data），文件字段名为 file。');
  }
  let file: { fileName: string; content: Uint8Array } | undefined;
  const values: Record<string, string> = {};
  const limit = DOCUMENT_UPLOAD_BYTES[requireActor(request).role];
  const parts = request.parts({ limits: { fileSize: limit } });
  for await (const part of guardParts(parts, limit)) {
    if (part.type === 'file') {
      const fileName = decodeUploadName(part.filename);
      file = { fileName, content: await uploadBytes(part, limit, fileName) };
    } else if (typeof part.value === 'string' && part.value.trim() !== '') {
      values[part.fieldname] = part.value;
    }
  }
  if (file === undefined) {
    throw badInput('没有收到文件。请选择权重表文件（.xlsx、CSV 或 JSON）后再上传。');
  }
  const parsed = fields.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue?.message ?? '表单内容无效', { where: String(issue?.path[0] ?? '') });
  }
  const form = parsed.data;
  const settings: WeightFileSettings = {};
  if (form.pool !== undefined) settings.pool = form.pool;
  if (form.year !== undefined) settings.year = Number(form.year);
  if (form.baseRateFen !== undefined) settings.baseRateFen = Number(form.baseRateFen);
  const coefficients = { 1: form.coefficient1, 2: form.coefficient2, 3: form.coefficient3 };
  for (const [level, value] of Object.entries(coefficients)) {
    if (value !== undefined) {
      settings.levelCoefficients = { ...settings.levelCoefficients, [Number(level)]: value };
    }
  }
  return { ...file, settings };
}
