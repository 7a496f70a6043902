// Account management through the API on both databases: the office creates, changes, disables and resets accounts;
// sessions end when rights change; handed-out passwords must be changed first; idle and absolute session limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { ensureAdmin } from '../../src/server/auth/accounts';
import { listAudit } from '../../src/store/audit';
import type { Account } from '../../src/store/users';
import { login } from '../helpers/api';
import { testDatabases } from '../helpers/databases';
import { loginNewAccount, startApiApp, useCheapPasswordHashing, type ApiApp } from '../helpers/app';

const databases = await testDatabases();

const me = (app: FastifyInstance, cookie: string) =>
  app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe.each(databases)('account management on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  let department: string;

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    api = await startApiApp(database);
    ({ app, office } = api);
    department = await loginNewAccount(api, {
      username: 'dept',
      password: 'dept-password',
      role: 'department',
      unitCode: 'BN-WJW',
    });
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('lets only the office list and create accounts; anonymous callers are asked to log in first', async () => {
    expect((await call('GET', '/api/users', department)).statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'POST', url: '/api/users', payload: {} });
    expect(anonymous.statusCode).toBe(401);
    const list = await call('GET', '/api/users', office);
    expect(list.statusCode).toBe(200);
    expect(list.json<{ users: Account[] }>().users.map((user) => user.username)).toEqual([
      'admin',
      'dept',
    ]);
  });

  it('creates an account with a password shown once, to be changed at first login', async () => {
    const created = await call('POST', '/api/users', office, {
      username: 'hosp',
      displayName: '医院填报员',
      role: 'hospital',
      unitCode: 'BN02',
    });
    expect(created.statusCode).toBe(201);
    const { user, password } = created.json<{ user: Account; password: string }>();
    expect(user).toMatchObject({
      role: 'hospital',
      unitName: '巴南区人民医院',
      mustChangePassword: true,
    });
    expect(password).toHaveLength(12);
    const listed = (await call('GET', '/api/users', office)).body;
    expect(listed).not.toContain(password);

    const cookie = await login(app, 'hosp', password);
    const blocked = await call('GET', '/api/plans', cookie);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.message).toContain('请先修改密码');
    expect((await me(app, cookie)).json()).toMatchObject({ mustChangePassword: true });

    const short = await call('POST', '/api/auth/password', cookie, {
      currentPassword: password,
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain('至少需要 10 位');
    const same = await call('POST', '/api/auth/password', cookie, {
      currentPassword: password,
      newPassword: password,
    });
    expect(same.statusCode).toBe(400);
    const wrong = await call('POST', '/api/auth/password', cookie, {
      currentPassword: 'not-the-password',
      newPassword: 'hospital-own-password',
    });
    expect(wrong.statusCode).toBe(401);
    const changed = await call('POST', '/api/auth/password', cookie, {
      currentPassword: password,
      newPassword: 'hospital-own-password',
    });
    expect(changed.statusCode).toBe(204);
    expect((await call('GET', '/api/plans', cookie)).statusCode).toBe(200);
    expect((await me(app, cookie)).json()).toMatchObject({ mustChangePassword: false });
    await expect(login(app, 'hosp', password)).rejects.toThrow(/用户名或密码不正确/);
    await login(app, 'hosp', 'hospital-own-password');
  });

  it('ends the other sessions of an account that changes its own password, keeping the current one', async () => {
    const first = await login(app, 'dept', 'dept-password');
    const second = await login(app, 'dept', 'dept-password');
    const changed = await call('POST', '/api/auth/password', second, {
      currentPassword: 'dept-password',
      newPassword: 'dept-new-password',
    });
    expect(changed.statusCode).toBe(204);
    expect((await me(app, first)).statusCode).toBe(401);
    expect((await me(app, department)).statusCode).toBe(401);
    expect((await me(app, second)).statusCode).toBe(200);
    department = second;
  });

  it('changes role and unit, ends the sessions of that account and audits old and new', async () => {
    const list = (await call('GET', '/api/users', office)).json<{ users: Account[] }>().users;
    const dept = list.find((user) => user.username === 'dept')!;
    const changed = await call('PATCH', `/api/users/${dept.id}`, office, {
      role: 'monitor',
      unitCode: 'CQ-BN',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<{ user: Account }>().user).toMatchObject({
      role: 'monitor',
      unitName: '巴南区',
    });
    expect((await me(app, department)).statusCode).toBe(401);
    department = await login(app, 'dept', 'dept-new-password');
    expect((await me(app, department)).json().user).toMatchObject({ role: 'monitor' });
    const entry = (await listAudit(api.store, 'user', String(dept.id))).find(
      (record) => record.action === 'user.update',
    );
    expect(entry).toMatchObject({
      username: 'admin',
      before: { role: 'department', unitCode: 'BN-WJW' },
      after: { role: 'monitor', unitCode: 'CQ-BN', sessionsEnded: 1 },
    });
    const renamed = await call('PATCH', `/api/users/${dept.id}`, office, { displayName: '监测员' });
    expect(renamed.statusCode).toBe(200);
    expect((await me(app, department)).statusCode).toBe(200);
  });

  it('disables an account: its sessions end and it cannot log in, with a message to contact the office', async () => {
    const list = (await call('GET', '/api/users', office)).json<{ users: Account[] }>().users;
    const dept = list.find((user) => user.username === 'dept')!;
    expect(
      (await call('PATCH', `/api/users/${dept.id}`, office, { disabled: true })).statusCode,
    ).toBe(200);
    expect((await me(app, department)).statusCode).toBe(401);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'dept', password: 'dept-new-password' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/已停用.*联系医改办/);
    // A wrong password says nothing about the account being disabled.
    const guessed = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'dept', password: 'a-guess-1234' },
    });
    expect(guessed.statusCode).toBe(401);
    expect(
      (await call('PATCH', `/api/users/${dept.id}`, office, { disabled: false })).statusCode,
    ).toBe(200);
    department = await login(app, 'dept', 'dept-new-password');
  });

  it('resets a password: shown once, every session ends, the old password stops working, the new must be changed', async () => {
    const list = (await call('GET', '/api/users', office)).json<{ users: Account[] }>().users;
    const dept = list.find((user) => user.username === 'dept')!;
    const reset = await call('POST', `/api/users/${dept.id}/reset-password`, office);
    expect(reset.statusCode).toBe(200);
    const { password } = reset.json<{ password: string }>();
    expect((await me(app, department)).statusCode).toBe(401);
    await expect(login(app, 'dept', 'dept-new-password')).rejects.toThrow();
    const cookie = await login(app, 'dept', password);
    expect((await me(app, cookie)).json()).toMatchObject({ mustChangePassword: true });
    const entry = (await listAudit(api.store, 'user', String(dept.id))).find(
      (record) => record.action === 'user.reset-password',
    );
    expect(entry).toMatchObject({ username: 'admin', after: { sessionsEnded: 1 } });
    expect(JSON.stringify(entry)).not.toContain(password);
  });

  it('refuses to disable or demote the office account doing it', async () => {
    const list = (await call('GET', '/api/users', office)).json<{ users: Account[] }>().users;
    const admin = list.find((user) => user.username === 'admin')!;
    const disabled = await call('PATCH', `/api/users/${admin.id}`, office, { disabled: true });
    expect(disabled.statusCode).toBe(400);
    expect(disabled.json().error.message).toContain('不能停用自己的账号');
    const demoted = await call('PATCH', `/api/users/${admin.id}`, office, { role: 'public' });
    expect(demoted.statusCode).toBe(400);
    expect((await me(app, office)).statusCode).toBe(200);
  });
});

describe.each(databases)('first start and session limits on $name', (database) => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let admin: { username: string; password: string };
  let clock = new Date('2026-03-02T01:00:00Z');

  beforeAll(async () => {
    useCheapPasswordHashing();
    const { store, drop } = await database.open();
    const created = await ensureAdmin(store);
    if (!created) throw new Error('expected a first-start admin');
    admin = created;
    app = await buildApp({
      store,
      webRoot: '/nonexistent',
      security: { sessions: { idleMs: 2 * 3600_000, absoluteMs: 12 * 3600_000 }, now: () => clock },
    });
    close = async () => {
      await app.close();
      await drop();
    };
  });
  afterAll(async () => {
    await close?.();
  });

  const later = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
  };

  it('makes the first administrator change the printed password before anything else', async () => {
    const cookie = await login(app, admin.username, admin.password);
    const plans = await app.inject({ method: 'GET', url: '/api/plans', headers: { cookie } });
    expect(plans.statusCode).toBe(403);
    expect((await me(app, cookie)).json()).toMatchObject({ mustChangePassword: true });
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: admin.password, newPassword: 'office-chosen-password' },
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/plans', headers: { cookie } })).statusCode,
    ).toBe(200);
  });

  it('ends a session idle for 2 hours', async () => {
    const cookie = await login(app, admin.username, 'office-chosen-password');
    later(110);
    expect((await me(app, cookie)).statusCode).toBe(200);
    later(110);
    expect((await me(app, cookie)).statusCode).toBe(200);
    later(121);
    expect((await me(app, cookie)).statusCode).toBe(401);
  });

  it('ends a busy session after 12 hours', async () => {
    const cookie = await login(app, admin.username, 'office-chosen-password');
    for (let hour = 1; hour <= 11; hour++) {
      later(60);
      expect((await me(app, cookie)).statusCode).toBe(200);
    }
    later(59);
    expect((await me(app, cookie)).statusCode).toBe(200);
    later(2);
    expect((await me(app, cookie)).statusCode).toBe(401);
  });
});
