// The unit registry through the API on both databases: everyone logged in lists it, only the office adds and
// edits; the .xlsx import lists every wrong cell by row and column and imports nothing unless all pass; the
// template reads back; a written name resolves to exactly one code; accounts show their unit's name.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/core/shared/unit-registry';
import { BANAN_HOSPITALS } from '../../src/demo/bills/hospitals';
import { resolveUnitCode } from '../../src/store/units';
import { multipartFile } from '../helpers/api';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

async function sheet(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('单位名录');
  for (const row of rows) worksheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const HEADER = [
  '单位编码',
  '单位名称',
  '类别',
  '上级单位',
  '级别',
  '类型',
  '举办主体',
  '隶属关系',
  '别名',
];

describe.each(databases)('unit registry on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  let monitor: string;

  beforeAll(async () => {
    api = await startApiApp(database);
    ({ app, office } = api);
    monitor = await loginNewAccount(api, {
      username: 'monitor1',
      password: 'password-1',
      role: 'monitor',
      unitCode: 'BN-WJW',
    });
  });
  afterAll(async () => {
    await api?.drop();
  });

  const units = async (cookie = office) =>
    (await app.inject({ method: 'GET', url: '/api/units', headers: { cookie } })).json<{
      units: Unit[];
    }>().units;

  it('holds the demo bills’ ten hospitals under their bill codes, with level, type and sponsor', async () => {
    const listed = await units(monitor);
    const hospitals = listed.filter((unit) => unit.kind === 'hospital');
    expect(hospitals.map((unit) => unit.code).sort()).toEqual(
      BANAN_HOSPITALS.map((h) => h.id).sort(),
    );
    expect(hospitals.find((unit) => unit.code === 'BN02')).toMatchObject({
      name: '巴南区人民医院',
      level: '三级',
      hospitalType: '综合',
      sponsor: '政府办',
      funding: '区属',
      parentCode: 'CQ-BN',
    });
    expect(listed.find((unit) => unit.code === 'BN10')?.sponsor).toBe('国企办');
  });

  it('lets the office add and edit a unit, refuses others, and shows the unit on the account', async () => {
    const body = {
      code: 'BN-WJJ',
      name: '巴南区医疗保障局',
      kind: 'department',
      parentCode: 'CQ-BN',
      aliases: ['区医保局'],
    };
    const refused = await app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: monitor },
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    const created = await app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: office },
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const again = await app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: office },
      payload: body,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('巴南区医疗保障局');
    const edited = await app.inject({
      method: 'PUT',
      url: '/api/units/BN-WJJ',
      headers: { cookie: office },
      payload: { ...body, code: undefined, name: '重庆市巴南区医疗保障局' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const hospitalAttribute = await app.inject({
      method: 'PUT',
      url: '/api/units/BN-WJJ',
      headers: { cookie: office },
      payload: { ...body, code: undefined, level: '二级' },
    });
    expect(hospitalAttribute.statusCode).toBe(400);
    expect(hospitalAttribute.json().error.message).toContain('只有医院填写级别');
    const cookie = await loginNewAccount(api, {
      username: 'ybj',
      password: 'password-1',
      role: 'department',
      unitCode: 'BN-WJJ',
    });
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({
      user: { unitCode: 'BN-WJJ', unitName: '重庆市巴南区医疗保障局' },
      rights: { 'plan.read': 'any', 'drg-tool.run': 'any' },
    });
    expect(me.json().rights['dataset.read']).toBeUndefined();
  });

  it('resolves a written name to exactly one code and refuses an ambiguous or unknown one', async () => {
    expect(await resolveUnitCode(api.store, 'BN02')).toBe('BN02');
    expect(await resolveUnitCode(api.store, '巴南区人民医院')).toBe('BN02');
    expect(await resolveUnitCode(api.store, '区卫计委')).toBe('BN-WJW');
    await expect(resolveUnitCode(api.store, '巴南区不存在医院')).rejects.toThrow(
      '没有「巴南区不存在医院」',
    );
    await app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: office },
      payload: { code: 'BN02-B', name: '巴南区人民医院', kind: 'hospital', parentCode: 'CQ-BN' },
    });
    await expect(resolveUnitCode(api.store, '巴南区人民医院')).rejects.toThrow(
      /BN02（巴南区人民医院）、BN02-B/,
    );
  });

  it('imports an .xlsx all or nothing, listing every wrong cell by row and column', async () => {
    const before = await units();
    const bad = await sheet([
      HEADER,
      ['BN11', '巴南区第三人民医院', '医院', 'CQ-BN', '四级', '综合', '政府办', '区属', ''],
      ['BN12', '巴南区精神卫生中心', '医院', 'NOPE', '二级', '专科', '个人办', '区属', ''],
      ['BN11', '', '部门', '', '', '', '', '', ''],
    ]);
    const file = multipartFile('单位.xlsx', bad);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/units/import',
      headers: { cookie: office, ...file.headers },
      payload: file.payload,
    });
    expect(refused.statusCode).toBe(400);
    const { errors } = refused.json<{
      errors: Array<{ line: number; column: string; message: string }>;
    }>();
    expect(errors.map((e) => `${e.line} ${e.column}`)).toEqual([
      '2 级别',
      '3 举办主体',
      '3 上级单位',
      '4 单位名称',
      '4 单位编码',
    ]);
    expect(errors[0]?.message).toContain('一级、二级、三级');
    expect(await units()).toEqual(before);

    const good = await sheet([
      HEADER,
      ['BN12', '巴南区精神卫生中心', '医院', 'BN-SUB', '二级', '专科', '政府办', '区属', ''],
      ['BN-SUB', '巴南区医疗卫生片区', '其他', 'CQ-BN', '', '', '', '', ''],
      ['BN02', '巴南区人民医院', '医院', 'CQ-BN', '三级', '综合', '政府办', '区属', ''],
    ]);
    const goodFile = multipartFile('单位.xlsx', good);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/units/import',
      headers: { cookie: office, ...goodFile.headers },
      payload: goodFile.payload,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ created: 2, updated: 1 });
    expect((await units()).find((unit) => unit.code === 'BN12')?.parentCode).toBe('BN-SUB');
  });

  it('downloads a template with the registered units that imports back unchanged', async () => {
    const before = await units();
    const template = await app.inject({
      method: 'GET',
      url: '/api/units/template.xlsx',
      headers: { cookie: office },
    });
    expect(template.statusCode).toBe(200);
    const file = multipartFile('单位名录.xlsx', new Uint8Array(template.rawPayload));
    const back = await app.inject({
      method: 'POST',
      url: '/api/units/import',
      headers: { cookie: office, ...file.headers },
      payload: file.payload,
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toEqual({ created: 0, updated: before.length });
    expect(await units()).toEqual(before);
  });
});
