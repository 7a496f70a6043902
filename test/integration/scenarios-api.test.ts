// Scenarios through the API on both databases: presets with provenance, create from a preset, save versions
// (audited, old ones kept), refuse a bad scenario naming the field in Chinese, delete.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/simulate/scenario';
import { buildApp } from '../../src/server/app';
import { createAccount, ensureAdmin } from '../../src/server/auth/accounts';
import { clearMustChangePassword } from '../../src/store/users';
import { listAudit } from '../../src/store/audit';
import type { Store } from '../../src/store/sql';
import { login } from '../helpers/api';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

interface Detail {
  id: number;
  name: string;
  basedOn: string | null;
  version: number;
  scenario: Scenario;
  provenance: Record<string, { assumption?: boolean; note?: string; source?: { line: number } }>;
  versions: { version: number; createdAt: string; username: string | null; note: string | null }[];
}

describe.each(databases)('scenarios on $name', (database) => {
  let store: Store;
  let drop: () => Promise<void>;
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    ({ store, drop } = await database.open());
    const admin = await ensureAdmin(store);
    if (!admin) throw new Error('expected an admin');
    await clearMustChangePassword(store, admin.username);
    app = await buildApp({ store, webRoot: '/nonexistent' });
    cookie = await login(app, admin.username, admin.password);
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
    as = cookie,
  ) => app.inject({ method, url, headers: { cookie: as }, ...(payload ? { payload } : {}) });
  /** Saves a new version based on `baseVersion` (sent as If-Match). */
  const save = (id: number, baseVersion: number, payload: object, as = cookie) =>
    app.inject({
      method: 'PUT',
      url: `/api/scenarios/${id}`,
      headers: { cookie: as, 'if-match': `"${baseVersion}"` },
      payload,
    });

  it('lists the three presets with where each value comes from', async () => {
    const response = await call('GET', '/api/simulate/presets');
    expect(response.statusCode).toBe(200);
    const { presets } = response.json<{
      presets: {
        id: string;
        name: string;
        description: string;
        provenance: Detail['provenance'];
      }[];
    }>();
    expect(presets.map((p) => p.id)).toEqual(['banan-2017', 'harbin-2017', 'ziyang-2017']);
    const banan = presets[0];
    expect(banan?.description).toContain('90%');
    expect(banan?.provenance['compensation.floorRate']?.source?.line).toBeGreaterThan(0);
    expect(banan?.provenance['conditions.fundMaxIncrease']?.assumption).toBe(true);
  });

  it('creates from a preset, saves versions and keeps the old ones', async () => {
    const created = await call('POST', '/api/scenarios', {
      name: '巴南测算',
      basedOn: 'banan-2017',
    });
    expect(created.statusCode).toBe(201);
    const first = created.json<Detail>();
    expect(first).toMatchObject({ name: '巴南测算', basedOn: 'banan-2017', version: 1 });
    expect(first.scenario.version).toBe(1);
    expect(first.scenario.id).toBe(String(first.id));
    expect(first.provenance['compensation.floorRate']?.assumption).toBeUndefined();
    expect(first.versions).toHaveLength(1);

    const edited = structuredClone(first.scenario);
    if (edited.compensation.kind !== 'floor') throw new Error('banan is a floor rule');
    edited.compensation.floorRate = 8500;
    const saved = await save(first.id, 1, { scenario: edited, note: '补偿率改为 85%' });
    expect(saved.statusCode).toBe(200);
    const second = saved.json<Detail>();
    expect(second.version).toBe(2);
    expect(second.scenario.version).toBe(2);
    expect(second.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(second.versions[0]?.note).toBe('补偿率改为 85%');
    expect(second.versions[0]?.username).toBe('admin');
    expect(second.provenance['compensation.floorRate']?.assumption).toBe(true);
    expect(second.provenance['compensation.floorRate']?.note).toContain('已由用户修改');
    expect(second.provenance['markup.effectiveFrom']?.assumption).toBeUndefined();

    const old = await call('GET', `/api/scenarios/${first.id}/versions/1`);
    expect(old.statusCode).toBe(200);
    const oldScenario = old.json<Scenario>();
    expect(oldScenario.version).toBe(1);
    expect(oldScenario.compensation).toMatchObject({ kind: 'floor', floorRate: 9000 });
    expect((await call('GET', `/api/scenarios/${first.id}/versions/9`)).statusCode).toBe(404);

    const list = (await call('GET', '/api/scenarios')).json<{ scenarios: Detail[] }>();
    expect(list.scenarios.find((s) => s.id === first.id)).toMatchObject({
      version: 2,
      basedOn: 'banan-2017',
      username: 'admin',
    });

    const trail = await listAudit(store, 'scenario', String(first.id));
    expect(trail.map((entry) => entry.action)).toEqual(['scenario.update', 'scenario.create']);
    const update = trail[0];
    expect(update?.before).toMatchObject({
      version: 1,
      scenario: { compensation: { floorRate: 9000 } },
    });
    expect(update?.after).toMatchObject({
      version: 2,
      scenario: { compensation: { floorRate: 8500 } },
    });
  });

  it('refuses a bad scenario with 400 naming the field in Chinese, and keeps the version', async () => {
    const created = (
      await call('POST', '/api/scenarios', { name: '哈尔滨', basedOn: 'harbin-2017' })
    ).json<Detail>();
    const bad = structuredClone(created.scenario);
    const index = bad.reimbursement.after.rules.findIndex(
      (r) => r.scheme === 'employee' && r.level === 3 && r.encounterType === 'inpatient',
    );
    const entry = bad.reimbursement.after.rules[index];
    if (!entry) throw new Error('expected an employee level-3 inpatient rule');
    entry.rule.deductibleFen = -100;
    const response = await save(created.id, 1, { scenario: bad });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: { message: string; where: string } }>();
    expect(error.message).toContain('报销政策（改革后） → 城镇职工 → 三级 → 住院 → 起付线');
    expect(error.message).toContain('应为不小于 0 的整数分');
    expect(error.where).toBe(`scenario.reimbursement.after.rules.${index}.rule.deductibleFen`);

    if (bad.compensation.kind !== 'split') throw new Error('harbin is a split rule');
    entry.rule.deductibleFen = 0;
    bad.compensation.hospitalShare = 1000;
    const split = await save(created.id, 1, { scenario: bad });
    expect(split.statusCode).toBe(400);
    expect(split.json<{ error: { message: string } }>().error.message).toContain(
      '三方分担比例之和须为 10000',
    );
    const after = (await call('GET', `/api/scenarios/${created.id}`)).json<Detail>();
    expect(after.version).toBe(1);

    const nothing = await call('POST', '/api/scenarios', { name: '空白' });
    expect(nothing.statusCode).toBe(400);
    const unknown = await call('POST', '/api/scenarios', {
      name: '未知',
      basedOn: 'shanghai-2030',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('refuses a save based on a stale version, saying who saved what since, and keeps the version', async () => {
    const other = await createAccount(store, null, {
      username: 'lisi',
      displayName: '李四',
      password: 'password-2',
      role: 'office',
      unitCode: null,
    });
    expect(other).toBeDefined();
    const lisi = await login(app, 'lisi', 'password-2');
    const created = (
      await call('POST', '/api/scenarios', { name: '两人同改', basedOn: 'banan-2017' })
    ).json<Detail>();
    const mine = structuredClone(created.scenario);
    if (mine.compensation.kind !== 'floor') throw new Error('banan is a floor rule');
    mine.compensation.floorRate = 8800;
    const theirs = structuredClone(created.scenario);
    if (theirs.compensation.kind !== 'floor') throw new Error('banan is a floor rule');
    theirs.compensation.floorRate = 9500;

    expect(
      (await save(created.id, 1, { scenario: theirs, note: '按市里意见调高' }, lisi)).statusCode,
    ).toBe(200);
    const stale = await save(created.id, 1, { scenario: mine, note: '我的修改' });
    expect(stale.statusCode).toBe(409);
    const message = stale.json<{ error: { message: string } }>().error.message;
    expect(message).toMatch(
      /李四 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 保存了第 2 版（按市里意见调高）/,
    );
    expect(message).toContain('刷新');
    const after = (await call('GET', `/api/scenarios/${created.id}`)).json<Detail>();
    expect(after.version).toBe(2);
    expect(after.versions).toHaveLength(2);
    expect(after.scenario.compensation).toMatchObject({ floorRate: 9500 });

    const missing = await call('PUT', `/api/scenarios/${created.id}`, { scenario: mine });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { where: string } }>().error.where).toBe('If-Match');
    expect(
      (await save(created.id, 2, { scenario: mine, note: '在第 2 版上修改' })).statusCode,
    ).toBe(200);
  });

  it('deletes a scenario with its versions', async () => {
    const created = (
      await call('POST', '/api/scenarios', { name: '资阳', basedOn: 'ziyang-2017' })
    ).json<Detail>();
    expect((await call('DELETE', `/api/scenarios/${created.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/scenarios/${created.id}`)).statusCode).toBe(404);
    const trail = await listAudit(store, 'scenario', String(created.id));
    expect(trail[0]?.action).toBe('scenario.delete');
  });

  it('asks for a login', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/scenarios' });
    expect(response.statusCode).toBe(401);
  });
});
