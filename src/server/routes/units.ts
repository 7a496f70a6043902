// The unit registry through the API: everyone logged in lists it; the reform office adds and edits units and
// imports them from an .xlsx (all or nothing, every wrong cell listed); the template downloads with the units.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badInput } from '../../core/shared/errors';
import {
  fundings,
  hospitalLevels,
  hospitalTypes,
  sponsors,
  unitKinds,
} from '../../core/shared/unit-registry';
import { readUnitsFile, writeUnitsTemplate } from '../../documents/units-xlsx';
import type { Store } from '../../store/sql';
import { createUnit, importUnits, listUnits, updateUnit } from '../../store/units';
import { attachment, XLSX_TYPE } from '../attachment';
import { requireActor } from '../auth/session-plugin';
import { decodeUploadName } from '../upload-name';
import { access } from './access';

const tags = ['单位'];
/** The most cell errors an answer lists; the message gives the count of all. */
const MAX_LISTED = 1000;

const fields = z.object({
  name: z.string().trim().min(1, '请填写单位名称').max(100, '单位名称不超过 100 字'),
  kind: z.enum(unitKinds, { error: '类别应为 office、department、hospital 或 other' }),
  parentCode: z.string().trim().min(1).nullable().default(null),
  level: z.enum(hospitalLevels).nullable().default(null),
  hospitalType: z.enum(hospitalTypes).nullable().default(null),
  sponsor: z.enum(sponsors).nullable().default(null),
  funding: z.enum(fundings).nullable().default(null),
  aliases: z.array(z.string().trim().min(1, '别名不能为空').max(100)).default([]),
});
const codeParams = z.object({ code: z.string().trim().min(1).max(40) });

export const unitRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/api/units',
    { config: access('unit', 'read'), schema: { tags, summary: '单位名录' } },
    async () => ({ units: await listUnits(store) }),
  );

  app.post(
    '/api/units',
    {
      config: access('unit', 'write'),
      schema: {
        tags,
        summary: '登记单位（编码登记后不再改变）',
        body: fields.extend({ code: z.string().trim().min(1, '请填写单位编码').max(40) }),
      },
    },
    async (request, reply) => {
      const unit = await createUnit(store, requireActor(request), request.body);
      return reply.status(201).send(unit);
    },
  );

  app.put(
    '/api/units/:code',
    {
      config: access('unit', 'write'),
      schema: { tags, summary: '修改单位（编码不变）', params: codeParams, body: fields },
    },
    async (request) => updateUnit(store, requireActor(request), request.params.code, request.body),
  );

  app.get(
    '/api/units/template.xlsx',
    {
      config: access('unit', 'read'),
      schema: { tags, summary: '下载单位名录模板（含已登记的单位）' },
    },
    async (_request, reply) => {
      const buffer = await writeUnitsTemplate(await listUnits(store));
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment('units.xlsx', '单位名录.xlsx'))
        .send(buffer);
    },
  );

  app.post(
    '/api/units/import',
    {
      config: access('unit', 'write'),
      schema: {
        tags,
        summary:
          '导入单位名录（.xlsx 或 CSV，按中文列名）；任何一处有误则整表不导入，并列出每处错误',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) {
        throw badInput('请以表单文件上传（multipart/form-data），文件字段名为 file。');
      }
      const file = await request.file();
      if (!file) throw badInput('没有收到文件。请选择单位名录文件（.xlsx，字段名 file）。');
      const content = new Uint8Array(await file.toBuffer());
      const fileName = decodeUploadName(file.filename);
      const registered = new Set((await listUnits(store)).map((unit) => unit.code));
      const result = await readUnitsFile(content, fileName, registered);
      if ('units' in result) return importUnits(store, actor, result.units);
      const { errors } = result;
      const first = errors[0];
      return reply.status(400).send({
        error: {
          message:
            `${fileName} 有 ${errors.length} 处错误，整表未导入。` +
            (first ? `第一处：第 ${first.line} 行 ${first.column}：${first.message}` : ''),
          where: fileName,
          ...(first ? { line: first.line } : {}),
        },
        errors: errors.slice(0, MAX_LISTED),
      });
    },
  );
};
