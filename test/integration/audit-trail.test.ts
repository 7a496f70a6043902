// The audit trail on both databases: append-only in the database itself, and the office's viewer across all
// objects with filters (user, object, action, Beijing-time dates), paging and the .xlsx export.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AuditRecord } from '../../src/store/audit';
import type { Store } from '../../src/store/sql';
import { testDatabases } from '../helpers/databases';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';

const databases = await testDatabases();

interface AuditPage {
  entries: AuditRecord[];
  total: number;
  page: number;
  pageSize: number;
}

/** Entries at fixed instants, written as a migration or an import would (the table takes inserts only). */
async function insertAt(
  store: Store,
  at: string,
  username: string,
  action: string,
  entityId: string,
) {
  await store.query(
    `insert into audit_log (at, username, action, entity, entity_id, after)
     values ($1, $2, $3, 'plan', $4, '{"title":"测试"}'::jsonb)`,
    [at, username, action, entityId],
  );
}

describe.each(databases)('audit trail on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let store: Store;
  let office: string;
  let department: string;

  const get = (url: string, cookie = office) =>
    app.inject({ method: 'GET', url, headers: { cookie } });

  beforeAll(async () => {
    api = await startApiApp(database);
    ({ app, store, office } = api);
    department = await loginNewAccount(api, {
      username: 'dept',
      password: 'dept-password',
      role: 'department',
      unitCode: null,
    });
    // 2026-01-01 23:30 and 2026-01-02 00:30 in Beijing: the second is still 1 January in UTC.
    await insertAt(store, '2026-01-01T15:30:00Z', 'alice', 'plan.publish', '7');
    await insertAt(store, '2026-01-01T16:30:00Z', 'bob', 'plan.correct', '7');
    await insertAt(store, '2026-01-03T02:00:00Z', 'alice', 'plan.correct', '8');
    await insertAt(store, '2026-01-03T03:00:00Z', 'alice', 'custom.thing', '8');
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows in the database', async () => {
    const before = await store.query('select * from audit_log order by id');
    expect(before.length).toBeGreaterThan(4);
    await expect(store.query("update audit_log set username = 'mallory'")).rejects.toThrow(
      /只能追加/,
    );
    await expect(store.query('delete from audit_log')).rejects.toThrow(/只能追加/);
    await expect(store.exec('truncate audit_log')).rejects.toThrow(/只能追加/);
    expect(await store.query('select * from audit_log order by id')).toEqual(before);
  });

  it('refuses to delete an account that has acted, keeping its audit rows', async () => {
    const count = async () =>
      (await store.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]?.n;
    const rows = await count();
    await expect(store.query("delete from users where username = 'dept'")).rejects.toThrow();
    expect(await count()).toBe(rows);
    expect((await get('/api/auth/me', department)).statusCode).toBe(200);
  });

  it('is for the office only', async () => {
    expect((await get('/api/audit', department)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    expect((await get('/api/audit.xlsx', department)).statusCode).toBe(403);
  });

  it('filters by user, action, object and Beijing-time dates, newest first, with paging', async () => {
    const byAlice = (await get('/api/audit?username=alice')).json<AuditPage>();
    expect(byAlice.total).toBe(3);
    expect(byAlice.entries.map((entry) => entry.action)).toEqual([
      'custom.thing',
      'plan.correct',
      'plan.publish',
    ]);
    const corrections = (
      await get('/api/audit?action=plan.correct&entity=plan&entityId=7')
    ).json<AuditPage>();
    expect(corrections.entries.map((entry) => entry.username)).toEqual(['bob']);
    const secondOfJanuary = (
      await get('/api/audit?from=2026-01-02&to=2026-01-02')
    ).json<AuditPage>();
    expect(secondOfJanuary.entries.map((entry) => entry.username)).toEqual(['bob']);
    const firstOfJanuary = (await get('/api/audit?to=2026-01-01')).json<AuditPage>();
    expect(firstOfJanuary.entries.map((entry) => entry.action)).toEqual(['plan.publish']);
    const page2 = (await get('/api/audit?username=alice&pageSize=2&page=2')).json<AuditPage>();
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.entries.map((entry) => entry.action)).toEqual(['plan.publish']);
    const logins = (await get('/api/audit?action=user.login')).json<AuditPage>();
    expect(logins.entries.map((entry) => entry.username).sort()).toEqual(['admin', 'dept']);
  });

  it('says what is wrong with a bad date range', async () => {
    const reversed = await get('/api/audit?from=2026-02-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.message).toContain('晚于截止日期');
    expect((await get('/api/audit?from=2026-1-1')).statusCode).toBe(400);
  });

  it('exports the same filter as an Excel workbook with Chinese actions and Beijing times', async () => {
    const response = await get('/api/audit.xlsx?username=alice&from=2026-01-01&to=2026-01-03');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('操作记录.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('操作记录')!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((row) => [row[2], row[3], row[4], row[5], row[6]])).toEqual([
      ['2026-01-03 11:00:00', 'alice', 'custom.thing', 'custom.thing', '方案'],
      ['2026-01-03 10:00:00', 'alice', '修订方案', 'plan.correct', '方案'],
      ['2026-01-01 23:30:00', 'alice', '发布方案', 'plan.publish', '方案'],
    ]);
    const about = workbook.getWorksheet('说明')!;
    expect(String(about.getCell('B1').value)).toContain('操作人 alice');
  });

  it('lists the users, actions and objects present, for the filters', async () => {
    const facets = (await get('/api/audit/facets')).json<Record<string, string[]>>();
    expect(facets.usernames).toEqual(expect.arrayContaining(['alice', 'bob', 'admin']));
    expect(facets.actions).toEqual(expect.arrayContaining(['plan.publish', 'user.login']));
    expect(facets.entities).toEqual(expect.arrayContaining(['plan', 'user']));
  });
});
