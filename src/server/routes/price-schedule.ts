// A scenario's price schedule (调价表) as a file: read an uploaded .xlsx or CSV into entries (every wrong cell
// listed, nothing kept — the scenario's save stores the schedule), and write entries as an .xlsx to edit in Excel.
import { access } from './access';
import { requireActor } from '../auth/session-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badInput } from '../../core/shared/errors';
import { priceEntry } from '../../core/simulate/scenario-schema';
import { writePriceScheduleXlsx } from '../../documents/price-schedule-xlsx';
import { readPriceScheduleFile } from '../../documents/read-price-schedule';
import { decodeUploadName } from '../upload-name';
import { uploadBytes } from '../uploads/save-upload';
import { DOCUMENT_UPLOAD_BYTES } from '../../core/shared/quotas';
import { attachment, XLSX_TYPE } from '../attachment';

const tags = ['改革测算'];
const XLSX_NAME = '调价表.xlsx';
/** The most row errors an answer lists; the message gives the count of all. */
const MAX_LISTED = 1000;

export const priceScheduleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/price-schedule/read',
    {
      config: access('scenario', 'write'),
      schema: {
        tags,
        summary:
          '读取调价表文件（.xlsx 或 CSV）为价格项目，不保存；任何一处有误则整表不读，并列出每处错误',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) {
        throw badInput('请以表单文件上传（multipart/form-data），文件字段名为 file。');
      }
      const limit = DOCUMENT_UPLOAD_BYTES[actor.role];
      const file = await request.file({ limits: { fileSize: limit } });
      if (!file) throw badInput('没有收到文件。请选择调价表文件（.xlsx 或 CSV，字段名 file）。');
      const fileName = decodeUploadName(file.filename);
      const content = await uploadBytes(file, limit, fileName);
      const result = await readPriceScheduleFile(content, fileName);
      if ('entries' in result) return { entries: result.entries };
      const { errors } = result;
      const first = errors[0];
      const firstText = first
        ? `第一处：第 ${first.line} 行${first.column === '' ? '' : ` ${first.column}`}：${first.message}`
        : '';
      return reply.status(400).send({
        error: {
          message: `${fileName} 有 ${errors.length} 处错误，未导入。${firstText}`,
          where: fileName,
          ...(first ? { line: first.line } : {}),
        },
        errors: errors.slice(0, MAX_LISTED),
      });
    },
  );

  app.post(
    '/api/price-schedule/xlsx',
    {
      config: access('scenario', 'read'),
      schema: {
        tags,
        summary: '把调价表导出为 Excel（.xlsx），可在 Excel 中修改后再导入',
        body: z.object({ entries: z.array(priceEntry) }),
      },
    },
    async (request, reply) => {
      const buffer = await writePriceScheduleXlsx(request.body.entries);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`price-schedule.xlsx`, XLSX_NAME))
        .send(buffer);
    },
  );
};
