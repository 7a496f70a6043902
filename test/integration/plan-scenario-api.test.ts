// 根据方案创建测算方案 on both databases: a plan nobody has seen is imported, its mechanisms are read with their
// lines, a scenario is created from them keeping that provenance, and an edit shows as the user's own.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/simulate/scenario';
import { listAudit } from '../../src/store/audit';
import { importPlan } from '../../src/store/plans';
import { yigai } from '../cli/yigai-process';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

const PLAN = [
  '某某县人民政府办公室',
  '关于印发某某县公立医院综合改革实施方案的通知',
  '某府办发〔2019〕12号',
  '某某县人民政府办公室',
  '2019年5月6日',
  '某某县公立医院综合改革实施方案',
  '一、改革内容',
  '（一）取消药品加成。自2019年7月1日起，全县公立医院实行药品零差率销售（中药饮片除外），同时取消药事服务费。',
  '（二）建立补偿机制。取消药品加成减少的合理收入，通过调整医疗服务价格补偿80%，财政补助15%，医院自行消化5%。其他公立医院按原渠道解决。',
  '（三）定额报销。门诊诊察费由医保基金按每人次8元定额支付。',
  '（四）支付方式。2019年底前，实行按病种付费的病种不少于120个。在县人民医院开展DRG付费试点。',
].join('\n');

interface Detail {
  id: number;
  name: string;
  basedOn: string | null;
  version: number;
  scenario: Scenario;
  provenance: Record<
    string,
    { assumption?: boolean; note?: string; source?: { document: string; line: number } }
  >;
}

describe.each(databases)('scenario from a plan on $name', (database) => {
  let api: ApiApp;
  let planId: number;

  beforeAll(async () => {
    api = await startApiApp(database);
    const bytes = new TextEncoder().encode(PLAN);
    const stored = await importPlan(api.store, null, {
      fileName: 'mouxian-2019.txt',
      format: 'text',
      encoding: 'utf-8',
      content: bytes,
      text: PLAN,
    });
    planId = stored.id;
  });
  afterAll(async () => {
    await api.drop();
  });

  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
    cookie = api.office,
  ) => api.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('reads the mechanisms the plan states, each with its line', async () => {
    const response = await call('GET', `/api/plans/${planId}/mechanisms`);
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      mechanisms: {
        markup: { effectiveFrom: string };
        compensation: { kind: string; priceShare: number };
        fixedAmounts: { category: string; quotaFen: number }[];
        perCasePayment: { diseaseCount: number };
        stated: { kind: string; sites?: string[] }[];
        sources: Record<string, { line: number }>;
      };
    }>();
    expect(body.mechanisms.markup.effectiveFrom).toBe('2019-07-01');
    expect(body.mechanisms.compensation).toMatchObject({ kind: 'split', priceShare: 8000 });
    expect(body.mechanisms.sources['compensation.priceShare']?.line).toBe(9);
    expect(body.mechanisms.fixedAmounts).toEqual([
      expect.objectContaining({ category: 'consultation', quotaFen: 800 }),
    ]);
    expect(body.mechanisms.perCasePayment.diseaseCount).toBe(120);
    expect(body.mechanisms.stated).toContainEqual(
      expect.objectContaining({ kind: 'drg-payment', sites: ['县人民医院'] }),
    );
  });

  it('creates a scenario that keeps every value’s line, audited, and marks an edit as the user’s', async () => {
    const created = await call('POST', `/api/plans/${planId}/scenario`, { name: '某县测算' });
    expect(created.statusCode).toBe(201);
    const first = created.json<Detail>();
    expect(first).toMatchObject({ name: '某县测算', basedOn: `plan:${planId}`, version: 1 });
    expect(first.scenario.markup).toMatchObject({
      effectiveFrom: '2019-07-01',
      exemptCategories: ['tcm-decoction-pieces'],
      abolishedTags: ['pharmacy-service-fee'],
    });
    expect(first.scenario.compensation).toMatchObject({
      kind: 'split',
      priceShare: 8000,
      governmentShare: 1500,
      hospitalShare: 500,
      fundingShares: { city: 0, district: 10000 },
    });
    expect(first.provenance['compensation.priceShare']).toEqual({
      source: { document: 'mouxian-2019.txt', line: 9, quote: '通过调整医疗服务价格补偿80%' },
    });
    expect(first.provenance['reimbursement.after.rules.*.rule.fixedAmounts']?.source?.line).toBe(
      10,
    );
    expect(first.provenance['compensation.fundingShares']?.assumption).toBe(true);
    expect(first.provenance['markup.rate']?.assumption).toBe(true);

    const audit = await listAudit(api.store, 'scenario', String(first.id));
    expect(audit.map((entry) => entry.action)).toContain('scenario.create');

    const edited = structuredClone(first.scenario);
    if (edited.compensation.kind !== 'split') throw new Error('expected a split rule');
    edited.compensation.priceShare = 7000;
    edited.compensation.hospitalShare = 1500;
    const saved = await api.app.inject({
      method: 'PUT',
      url: `/api/scenarios/${first.id}`,
      headers: { cookie: api.office, 'if-match': `"${first.version}"` },
      payload: { scenario: edited, note: '按本县' },
    });
    expect(saved.statusCode).toBe(200);
    const second = (await call('GET', `/api/scenarios/${first.id}`)).json<Detail>();
    expect(second.version).toBe(2);
    expect(second.provenance['compensation.priceShare']).toMatchObject({
      assumption: true,
      note: expect.stringContaining('已由用户修改，与根据方案生成的初稿不同'),
      source: { line: 9 },
    });
    expect(second.provenance['compensation.governmentShare']).toEqual(
      first.provenance['compensation.governmentShare'],
    );
  });

  // A county portal page whose menu links name another county's mechanisms: those lines are site furniture,
  // which neither reader may take for the plan's words; and a seed plan. The route and
  // `yigai plan parse --json` must give the same values.
  const portal = async () =>
    (await readFile('test/core/plan/fixtures/pingchuan-2016-county-portal.txt', 'utf8')).replace(
      '当前位置：首页 > 政务公开 > 政策文件',
      '当前位置：首页 > 政务公开 > 政策文件\n上一篇：邻县自2015年10月1日起取消药品加成，按病种付费的病种不少于200个',
    );
  const seed = () => readFile('src/demo/documents/banan-2017-public-hospital-reform.txt', 'utf8');
  it.each([
    ['pingchuan-portal.txt', portal],
    ['banan-2017-public-hospital-reform.txt', seed],
  ])('reads the same mechanisms as `yigai plan parse --json` for %s', async (fileName, read) => {
    const text = await read();
    const stored = await importPlan(api.store, null, {
      fileName,
      format: 'text',
      encoding: 'utf-8',
      content: new TextEncoder().encode(text),
      text,
    });
    const folder = await mkdtemp(join(tmpdir(), 'yigai-mechanisms-'));
    const path = join(folder, fileName);
    await writeFile(path, text);
    const run = await yigai(['plan', 'parse', path, '--json']);
    await rm(folder, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    const cli = JSON.parse(run.stdout) as { mechanisms: { perCasePayment?: unknown } | null };
    const response = await call('GET', `/api/plans/${stored.id}/mechanisms`);
    expect(response.statusCode).toBe(200);
    expect(cli.mechanisms).not.toBeNull();
    expect(response.json<{ mechanisms: unknown }>().mechanisms).toEqual(cli.mechanisms);
  });

  it('refuses accounts without the right to run simulations, and a plan that does not exist', async () => {
    const department = await loginNewAccount(api, {
      username: 'dept1',
      password: 'dept-password-1',
      role: 'department',
      unitCode: 'BN-WJW',
    });
    const refused = await call('POST', `/api/plans/${planId}/scenario`, {}, department);
    expect(refused.statusCode).toBe(403);
    const missing = await call('POST', '/api/plans/9999/scenario', {});
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ error: { message: string } }>().error.message).toContain(
      '方案 #9999 不存在',
    );
  });
});
