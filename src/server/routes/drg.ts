// The DRG area's API: the shipped schemes, catalogue search, grouping one case with its trace, grouping an
// uploaded file into an .xlsx, and browsing a scheme (MDC → ADRG → DRG, rules in Chinese, list contents).
import { access } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { groupCaseList } from '../../analytics/drg-group-list';
import { adrgOfRule } from '../../core/drg/compile';
import { groupCase } from '../../core/drg/group';
import { listPage } from '../../core/drg/list-entries';
import { mdcName } from '../../core/drg/mdc-names';
import { adrgDetail } from '../../core/drg/scheme-view';
import { summarizeDrgResults } from '../../core/drg/summary';
import { notFound } from '../../core/shared/errors';
import { writeDrgResultsXlsx } from '../../documents/drg-results-xlsx';
import { readDrgCaseFile } from '../../documents/read-drg-cases';
import { drgCatalogueIndexes, drgSchemeData } from '../../store/drg-scheme-data';
import { SHIPPED_DRG_SCHEMES, type ShippedDrgScheme } from '../../store/drg-schemes';
import {
  adrgParams,
  catalogueParams,
  catalogueQuery,
  groupBody,
  listParams,
  listQuery,
  schemeParams,
} from './drg-schemas';
import { readCaseUpload } from './drg-upload';
import { attachment, XLSX_TYPE } from '../attachment';

const tags = ['DRG 分组'];

/** True when the client asks for JSON (the web page): summary and workbook in one body. */
const wantsJson = (accept: string | undefined) =>
  accept !== undefined && /\bapplication\/json\b/.test(accept);

export const drgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/drg/schemes',
    { config: access('drg-tool', 'read'), schema: { tags, summary: '可用的分组方案' } },
    async () => {
      const codes = Object.keys(SHIPPED_DRG_SCHEMES) as ShippedDrgScheme[];
      return {
        schemes: codes.map((code) => {
          const data = drgSchemeData(code);
          return {
            code,
            name: data.label,
            version: data.rules.version,
            mdcCount: data.tree.length,
            adrgCount: data.tree.reduce((sum, mdc) => sum + mdc.adrgs.length, 0),
            drgCount: data.tree.reduce(
              (sum, mdc) => sum + mdc.adrgs.reduce((inner, adrg) => inner + adrg.drgs.length, 0),
              0,
            ),
          };
        }),
      };
    },
  );

  app.get(
    '/api/drg/catalogue/:catalogue',
    {
      config: access('drg-tool', 'read'),
      schema: {
        tags,
        summary: '按编码前缀或中文名称搜索诊断（ICD-10）或手术操作（ICD-9-CM-3）目录',
        params: catalogueParams,
        querystring: catalogueQuery,
      },
    },
    async (request) => {
      const index = drgCatalogueIndexes()[request.params.catalogue];
      return { items: index.search(request.query.q, request.query.limit) };
    },
  );

  app.post(
    '/api/drg/group',
    {
      config: access('drg-tool', 'run'),
      schema: { tags, summary: '为一个病案分组，返回结果与分组过程', body: groupBody },
    },
    async (request) => {
      const { scheme, strict, case: input } = request.body;
      const data = drgSchemeData(scheme);
      const result = groupCase(data.compiled, { id: '单例', ...input }, { trace: true, strict });
      const adrgName =
        data.tree.flatMap((mdc) => mdc.adrgs).find((adrg) => adrgOfRule(adrg.code) === result.adrg)
          ?.name ?? '';
      return { scheme, schemeLabel: data.label, ...result, mdcName: mdcName(result.mdc), adrgName };
    },
  );

  app.post(
    '/api/drg/group-file',
    {
      config: access('drg-tool', 'run'),
      schema: {
        tags,
        summary:
          '上传病案文件（CSV 或 .xlsx）批量分组，返回分组结果 Excel；' +
          '请求头 Accept: application/json 时返回 JSON：汇总（summary）与 Base64 编码的 Excel（workbook）',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const upload = await readCaseUpload(request);
      const cases = await readDrgCaseFile(upload.content, upload.fileName);
      const data = drgSchemeData(upload.scheme);
      const grouped = await groupCaseList(cases, {
        scheme: data.compiled,
        schemeRef: data.code,
        strict: upload.strict,
      });
      const summary = summarizeDrgResults(grouped.map((row) => row.result));
      const buffer = await writeDrgResultsXlsx(grouped, summary, data.label);
      const base = upload.fileName.replace(/\.[^.]*$/, '') || '病案';
      const name = `${base}-DRG分组结果.xlsx`;
      // The counts travel in the body (a header with every MDC outgrows what proxies accept).
      if (wantsJson(request.headers.accept)) {
        return { fileName: name, summary, workbook: buffer.toString('base64') };
      }
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`drg-results.xlsx`, name))
        .send(buffer);
    },
  );

  app.get(
    '/api/drg/schemes/:scheme/tree',
    {
      config: access('drg-tool', 'read'),
      schema: { tags, summary: '分组方案的 MDC → ADRG → DRG 结构', params: schemeParams },
    },
    async (request) => {
      const data = drgSchemeData(request.params.scheme);
      return { scheme: data.code, name: data.label, version: data.rules.version, mdcs: data.tree };
    },
  );

  app.get(
    '/api/drg/schemes/:scheme/adrg/:code',
    {
      config: access('drg-tool', 'read'),
      schema: { tags, summary: 'ADRG 的入组条件与细分规则（中文）', params: adrgParams },
    },
    async (request) => {
      const data = drgSchemeData(request.params.scheme);
      const detail = adrgDetail(data.rules, data.drgNames, request.params.code);
      if (detail === undefined) {
        throw notFound(`${data.label} 中没有 ADRG ${request.params.code}。请从方案结构中选择。`);
      }
      return detail;
    },
  );

  app.get(
    '/api/drg/schemes/:scheme/lists/:name',
    {
      config: access('drg-tool', 'read'),
      schema: {
        tags,
        summary: '规则引用的编码表内容（分页，可按编码或名称筛选）',
        params: listParams,
        querystring: listQuery,
      },
    },
    async (request) => {
      const data = drgSchemeData(request.params.scheme);
      const { diagnoses, procedures } = drgCatalogueIndexes();
      const nameOf = (code: string) => diagnoses.nameOf(code) ?? procedures.nameOf(code) ?? '';
      const page = listPage(data.rules, request.params.name, nameOf, {
        offset: request.query.offset,
        limit: request.query.limit,
        query: request.query.q,
        pairedWith: request.query.pairedWith,
      });
      if (page === undefined) {
        throw notFound(`${data.label} 中没有编码表 ${request.params.name}。`);
      }
      return page;
    },
  );
};
