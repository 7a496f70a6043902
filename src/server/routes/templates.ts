// File templates to fill in: bill files (.xlsx or CSV, Chinese headers with yuan or the format's names with fen)
// and DRG case files. Readable by every signed-in account: a template holds example lines, no one's data.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  billTemplateCsv,
  billTemplateXlsx,
  caseTemplateCsv,
  caseTemplateXlsx,
} from '../../documents/template-files';
import { attachment, XLSX_TYPE } from '../attachment';
import { loginOnly } from './access';

const tags = ['模板'];
const CSV_TYPE = 'text/csv; charset=utf-8';
const formQuery = z.object({
  form: z
    .enum(['chinese', 'english'])
    .default('chinese')
    .describe('chinese：中文表头、金额以元计；english：格式的英文列名、金额以分计'),
});
const formNames = { chinese: '中文表头', english: '英文列名' } as const;

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/templates/bills.xlsx',
    {
      config: loginOnly,
      schema: { tags, summary: '账单明细模板（.xlsx，含填写说明）', querystring: formQuery },
    },
    async (request, reply) => {
      const { form } = request.query;
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          attachment(`bills-template-${form}.xlsx`, `账单明细模板（${formNames[form]}）.xlsx`),
        )
        .send(await billTemplateXlsx(form));
    },
  );

  app.get(
    '/api/templates/bills.csv',
    {
      config: loginOnly,
      schema: { tags, summary: '账单明细模板（CSV，UTF-8）', querystring: formQuery },
    },
    async (request, reply) => {
      const { form } = request.query;
      return reply
        .header('content-type', CSV_TYPE)
        .header(
          'content-disposition',
          attachment(`bills-template-${form}.csv`, `账单明细模板（${formNames[form]}）.csv`),
        )
        .send(billTemplateCsv(form));
    },
  );

  app.get(
    '/api/templates/drg-cases.xlsx',
    { config: loginOnly, schema: { tags, summary: 'DRG 病案文件模板（.xlsx，含填写说明）' } },
    async (_request, reply) =>
      reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment('drg-cases-template.xlsx', '病案文件模板.xlsx'))
        .send(await caseTemplateXlsx()),
  );

  app.get(
    '/api/templates/drg-cases.csv',
    { config: loginOnly, schema: { tags, summary: 'DRG 病案文件模板（CSV，UTF-8）' } },
    async (_request, reply) =>
      reply
        .header('content-type', CSV_TYPE)
        .header('content-disposition', attachment('drg-cases-template.csv', '病案文件模板.csv'))
        .send(caseTemplateCsv()),
  );
};
