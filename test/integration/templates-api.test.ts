// Templates to fill in, on both databases: every signed-in account downloads them, the .xlsx carries a 填写说明
// sheet made from the column table, and each template round-trips — uploaded as it is, a bill template gives
// a ready dataset of its three lines and a case template groups its three cases.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_COLUMN_TABLE } from '../../src/core/drg/case-columns';
import { BILL_COLUMNS } from '../../src/core/simulate/bill-columns';
import type { JobView } from '../../src/server/jobs';
import type { BillDataset } from '../../src/store/bill-datasets';
import { multipartFile } from '../helpers/api';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

const BILL_TEMPLATES = [
  {
    url: '/api/templates/bills.xlsx?form=chinese',
    name: '账单明细模板（中文表头）.xlsx',
    header: '就诊流水号',
  },
  {
    url: '/api/templates/bills.xlsx?form=english',
    name: '账单明细模板（英文列名）.xlsx',
    header: 'encounter_id',
  },
  {
    url: '/api/templates/bills.csv?form=chinese',
    name: '账单明细模板（中文表头）.csv',
    header: '就诊流水号',
  },
  {
    url: '/api/templates/bills.csv?form=english',
    name: '账单明细模板（英文列名）.csv',
    header: 'encounter_id',
  },
];

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

describe.each(databases)('templates on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  let citizen: string;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-templates-'));

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    ({ app, office } = api);
    citizen = await loginNewAccount(api, {
      username: 'citizen',
      password: 'password-1',
      role: 'public',
      unitCode: null,
    });
  });
  afterAll(async () => {
    await api?.drop();
  });

  const download = (url: string, cookie?: string) =>
    app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('lets every signed-in account download the templates, and no one else', async () => {
    for (const { url, name } of BILL_TEMPLATES) {
      const response = await download(url, citizen);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-disposition']).toContain(encodeURIComponent(name));
    }
    expect((await download('/api/templates/drg-cases.csv', citizen)).statusCode).toBe(200);
    expect((await download('/api/templates/bills.csv')).statusCode).toBe(401);
  });

  it('writes the column guide from the column table into a second sheet', async () => {
    const workbook = await workbookOf((await download(BILL_TEMPLATES[0]!.url, office)).rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['费用明细', '填写说明']);
    const guide = workbook.getWorksheet('填写说明');
    expect(guide?.getRow(1).values).toEqual([
      undefined,
      '列名',
      '中文表头',
      '含义',
      '必填',
      '可填的值',
    ]);
    const amount = guide?.getRow(BILL_COLUMNS.findIndex((c) => c.name === 'amount_fen') + 2);
    expect(amount?.getCell(1).text).toBe('amount_fen');
    expect(amount?.getCell(4).text).toBe('必填');
    const sex = guide?.getRow(BILL_COLUMNS.findIndex((c) => c.name === 'sex') + 2);
    expect(sex?.getCell(2).text).toBe('性别、性别代码');
    expect(sex?.getCell(4).text).toBe('可选');
    const sheet = workbook.getWorksheet('费用明细');
    expect(sheet?.rowCount).toBe(4);
    // Money in yuan in the Chinese form: the surgery line costs 1100 yuan.
    const header = (sheet?.getRow(1).values as string[]).indexOf('金额');
    expect(sheet?.getRow(3).getCell(header).value).toBe(1100);

    const cases = await workbookOf(
      (await download('/api/templates/drg-cases.xlsx', office)).rawPayload,
    );
    expect(cases.worksheets.map((s) => s.name)).toEqual(['病案', '填写说明']);
    expect(cases.getWorksheet('填写说明')?.rowCount).toBeGreaterThanOrEqual(
      CASE_COLUMN_TABLE.length + 1,
    );
  });

  it.each(BILL_TEMPLATES)(
    'round-trips $name: uploaded as it is, it is a ready dataset',
    async ({ url, name, header }) => {
      const template = (await download(url, office)).rawPayload;
      if (name.endsWith('.csv'))
        expect(
          template
            .toString('utf8')
            .replace(/^\ufeff/, '')
            .startsWith(header),
        ).toBe(true);
      const upload = multipartFile(name, template);
      const started = await app.inject({
        method: 'POST',
        url: '/api/bill-datasets',
        headers: { cookie: office, ...upload.headers },
        payload: upload.payload,
      });
      expect(started.statusCode).toBe(202);
      const { dataset, job } = started.json<{ dataset: BillDataset; job: JobView }>();
      const finished = await waitForJob(app, office, job.id);
      expect(finished.error?.message ?? null).toBeNull();
      const ready = (
        await app.inject({ url: `/api/bill-datasets/${dataset.id}`, headers: { cookie: office } })
      ).json<BillDataset>();
      expect(ready.status).toBe('ready');
      expect(ready.description).toMatchObject({
        lines: 3,
        encounters: 2,
        inpatientEncounters: 1,
        firstDate: '2024-03-05',
        lastDate: '2024-03-14',
        intake: { headerForm: header === 'encounter_id' ? 'english' : 'chinese' },
      });
    },
  );

  it.each(['/api/templates/drg-cases.xlsx', '/api/templates/drg-cases.csv'])(
    'round-trips the case template %s: its three cases are grouped',
    async (url) => {
      const template = (await download(url, office)).rawPayload;
      const upload = multipartFile(url.endsWith('.csv') ? '病案.csv' : '病案.xlsx', template);
      const response = await app.inject({
        method: 'POST',
        url: '/api/drg/group-file',
        headers: { cookie: office, accept: 'application/json', ...upload.headers },
        payload: upload.payload,
      });
      expect(response.statusCode, response.body).toBe(200);
      const { summary } = response.json<{ summary: { total: number; qualityWarnings: number } }>();
      expect(summary.total).toBe(3);
      expect(summary.qualityWarnings).toBe(0);
    },
  );
});
