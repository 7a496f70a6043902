// The price schedule file routes through the HTTP API, on both databases: read an upload into entries or every
// wrong cell, export entries as .xlsx and read that back, and refuse accounts without the right to simulate.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PriceScheduleEntry } from '../../src/core/simulate/scenario';
import { multipartFile } from '../helpers/api';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

const csv = [
  '项目编码,医院等级,新价格（元）,执行日期,截止日期,医保类别',
  '110200001,三级,12.50,2017-09-01,,甲',
  '110200001,全部,10,2017/9/1,2017/12/31,',
].join('\n');
const entries: PriceScheduleEntry[] = [
  {
    itemCode: '110200001',
    level: 3,
    priceFen: 1250,
    effectiveFrom: '2017-09-01',
    insuranceClass: 'A',
  },
  {
    itemCode: '110200001',
    level: 'all',
    priceFen: 1000,
    effectiveFrom: '2017-09-01',
    effectiveTo: '2017-12-31',
  },
];

async function badXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('调价');
  sheet.addRow(['项目编码', '医院等级', '新价格（元）', '执行日期']);
  sheet.addRow(['A1', '三级', 12.5, '2017-09-01']);
  sheet.addRow(['A2', '三级', 1.234, '2017-09-01']);
  sheet.addRow(['A3', '五级', 2, '2017-02-29']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(databases)('price schedule API on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  let publicUser: string;

  const upload = (cookie: string, fileName: string, content: Uint8Array) => {
    const form = multipartFile(fileName, content);
    return app.inject({
      method: 'POST',
      url: '/api/price-schedule/read',
      headers: { cookie, ...form.headers },
      payload: form.payload,
    });
  };
  const exportXlsx = (cookie: string, body: object) =>
    app.inject({
      method: 'POST',
      url: '/api/price-schedule/xlsx',
      headers: { cookie },
      payload: body,
    });

  beforeAll(async () => {
    api = await startApiApp(database);
    ({ app, office } = api);
    publicUser = await loginNewAccount(api, {
      username: 'citizen',
      password: 'password-1',
      role: 'public',
      unitCode: null,
    });
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('reads an uploaded CSV into entries in fen', async () => {
    const response = await upload(office, '调价表.csv', new TextEncoder().encode(csv));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ entries });
  });

  it('refuses a file with wrong cells, naming every line and column', async () => {
    const response = await upload(office, '调价表.xlsx', await badXlsx());
    expect(response.statusCode).toBe(400);
    const body = response.json<{
      error: { message: string; where: string; line: number };
      errors: { line: number; column: string; message: string }[];
    }>();
    expect(body.error.where).toBe('调价表.xlsx');
    expect(body.error.line).toBe(3);
    expect(body.error.message).toMatch(
      /^调价表\.xlsx 有 3 处错误，未导入。第一处：第 3 行 新价格（元）：/,
    );
    expect(body.errors.map(({ line, column }) => `${line} ${column}`)).toEqual([
      '3 新价格（元）',
      '4 医院等级',
      '4 执行日期',
    ]);
    expect(body.errors[1]?.message).toContain('医院等级“五级”无法识别');
    expect(body.errors[2]?.message).toContain('2017 年 2 月没有 29 日');
  });

  it('refuses a file missing a column, and a request without a file', async () => {
    const missing = await upload(
      office,
      'prices.csv',
      new TextEncoder().encode('项目编码,执行日期\nA,2017-09-01'),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('prices.csv 缺少必需的列');
    expect(missing.json().error.message).toContain('“医院等级”');
    const notForm = await app.inject({
      method: 'POST',
      url: '/api/price-schedule/read',
      headers: { cookie: office },
      payload: { entries: [] },
    });
    expect(notForm.statusCode).toBe(400);
    expect(notForm.json().error.message).toContain('字段名为 file');
  });

  it('exports entries as .xlsx that reads back as the same entries', async () => {
    const response = await exportXlsx(office, { entries });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('调价表.xlsx')}`,
    );
    const back = await upload(office, '调价表.xlsx', new Uint8Array(response.rawPayload));
    expect(back.statusCode).toBe(200);
    expect(back.json()).toEqual({ entries });
  });

  it('refuses to export entries that are not a valid schedule', async () => {
    const response = await exportXlsx(office, {
      entries: [{ ...entries[0], effectiveTo: '2017-01-01' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('截止日期早于起始日期');
  });

  it('refuses accounts without the right to simulate', async () => {
    const read = await upload(publicUser, '调价表.csv', new TextEncoder().encode(csv));
    expect(read.statusCode).toBe(403);
    expect((await exportXlsx(publicUser, { entries })).statusCode).toBe(403);
    const anonymous = await upload('', '调价表.csv', new TextEncoder().encode(csv));
    expect(anonymous.statusCode).toBe(401);
  });
});
