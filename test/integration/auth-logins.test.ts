// Logins through the API on both databases: throttling per account and per address, unknown names as slow as
// known ones, scrypt parameters and rehash, failed attempts audited, a new session per login, Secure cookies.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { performance } from 'node:perf_hooks';
import {
  configurePasswordHashing,
  defaultPasswordParams,
  hashPassword,
  passwordParams,
  verifyPassword,
} from '../../src/server/auth/passwords';
import { listAudit, searchAudit } from '../../src/store/audit';
import { findUserByName, insertUser } from '../../src/store/users';
import { createAccount } from '../../src/server/auth/accounts';
import { testDatabases } from '../helpers/databases';
import { loginNewAccount, startApiApp, useCheapPasswordHashing, type ApiApp } from '../helpers/app';

const databases = await testDatabases();

const attempt = (
  app: FastifyInstance,
  username: string,
  password: string,
  options: { cookie?: string; from?: string } = {},
) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: options.from ?? '127.0.0.1',
    ...(options.cookie ? { headers: { cookie: options.cookie } } : {}),
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cookieOf = (response: Awaited<ReturnType<typeof attempt>>) => {
  const cookie = response.cookies.find((c) => c.name === 'yigai_session');
  if (!cookie) throw new Error(`no session cookie: ${response.body}`);
  return `yigai_session=${cookie.value}`;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

describe('password hashing', () => {
  afterEach(() => useCheapPasswordHashing());

  it('defaults to scrypt N=2^17, r=8, p=1, and the stored form names them', async () => {
    expect(defaultPasswordParams).toEqual({ N: 131072, r: 8, p: 1, keyLength: 32 });
    configurePasswordHashing(defaultPasswordParams);
    const stored = await hashPassword('a-long-password');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('a-long-password', stored)).toBe(true);
    expect(await verifyPassword('a-long-passwore', stored)).toBe(false);
  });
});

describe.each(databases)('logins on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;

  beforeAll(async () => {
    // A short window so the test can wait it out; the defaults are 10 per account and 100 per address in 15 min.
    api = await startApiApp(database, {
      security: { loginThrottle: { perAccount: 10, perIp: 40, windowMs: 8000 } },
    });
    ({ app } = api);
    await createAccount(api.store, null, {
      username: 'clerk',
      displayName: '办事员',
      password: 'clerk-password',
      role: 'department',
      unitCode: null,
    });
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('throttles 30 wrong logins, refuses the right password until the window passes, then lets it in', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof attempt>> | null = null;
    const from = '10.0.0.1';
    for (let i = 0; i < 30; i++) {
      const response = await attempt(app, 'clerk', `wrong-${i}`, { from });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) refused = response;
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    expect(refused?.json().error.message).toMatch(
      /登录尝试次数过多.*请 1 分钟后（北京时间 \d\d:\d\d 以后）再试/,
    );
    const retryAfter = Number(refused?.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(8);

    expect((await attempt(app, 'clerk', 'clerk-password', { from })).statusCode).toBe(429);
    await sleep(retryAfter * 1000 + 200);
    expect((await attempt(app, 'clerk', 'clerk-password', { from })).statusCode).toBe(200);
  });

  it('caps one address across user names', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) {
      statuses.push((await attempt(app, `nobody-${i}`, 'x', { from: '10.0.0.2' })).statusCode);
    }
    expect(statuses.slice(0, 40).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(40)).toEqual(Array(5).fill(429));
    // Another address is not affected.
    expect((await attempt(app, 'clerk', 'clerk-password', { from: '10.0.0.3' })).statusCode).toBe(
      200,
    );
  });

  it('audits failed logins with the name tried and the address; unknown names have no account id', async () => {
    await attempt(app, 'ghost', 'whatever');
    await attempt(app, 'clerk', 'not-it');
    const failed = await searchAudit(
      api.store,
      { action: 'user.login-failed' },
      { offset: 0, limit: 2 },
    );
    const [wrongPassword, unknown] = failed.entries;
    const clerk = await findUserByName(api.store, 'clerk');
    expect(wrongPassword).toMatchObject({
      entity: 'user',
      entityId: String(clerk?.actor.id),
      username: null,
      after: { username: 'clerk', ip: '127.0.0.1', reason: 'wrong-password' },
    });
    expect(unknown).toMatchObject({
      entityId: null,
      after: { username: 'ghost', ip: '127.0.0.1', reason: 'unknown-user' },
    });
  });

  it('answers an unknown user name as slowly as a known one', async () => {
    // A cost where scrypt, not the database, dominates one login, as in production.
    configurePasswordHashing({ ...defaultPasswordParams, N: 2 ** 14 });
    try {
      await loginNewAccount(api, {
        username: 'timed',
        password: 'timed-password',
        role: 'public',
        unitCode: null,
      });
      // Each attempt from its own address, so the throttle does not answer instead of the password check.
      let address = 0;
      const time = async (username: string) => {
        const start = performance.now();
        address += 1;
        const response = await attempt(app, username, 'wrong-password', {
          from: `10.9.0.${address}`,
        });
        expect(response.statusCode).toBe(401);
        return performance.now() - start;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 10; i++) {
        known.push(await time('timed'));
        unknown.push(await time(`unknown-${i}`));
      }
      const ratio = median(unknown) / median(known);
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    } finally {
      useCheapPasswordHashing();
    }
  });

  it('verifies a hash made with older parameters and replaces it at the next login', async () => {
    const oldHash = await hashPassword('legacy-password', { ...defaultPasswordParams, N: 2 ** 14 });
    expect(oldHash).toMatch(/^scrypt\$16384\$/);
    const actor = await insertUser(api.store, {
      username: 'legacy',
      displayName: 'legacy',
      passwordHash: oldHash,
      role: 'department',
      unitCode: null,
    });
    expect((await attempt(app, 'legacy', 'legacy-password')).statusCode).toBe(200);
    const stored = await findUserByName(api.store, 'legacy');
    expect(stored?.passwordHash).toMatch(new RegExp(`^scrypt\\$${passwordParams().N}\\$8\\$1\\$`));
    expect(stored?.passwordHash).not.toBe(oldHash);
    expect(await verifyPassword('legacy-password', stored?.passwordHash ?? '')).toBe(true);
    const audit = await listAudit(api.store, 'user', String(actor.id));
    expect(audit[0]).toMatchObject({ action: 'user.login', after: { passwordRehashed: true } });
  });

  it('gives every login a new token and ends the session the browser came with', async () => {
    const first = cookieOf(await attempt(app, 'clerk', 'clerk-password'));
    const second = cookieOf(await attempt(app, 'clerk', 'clerk-password', { cookie: first }));
    expect(second).not.toBe(first);
    const me = (cookie: string) =>
      app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });
});

describe.each(databases)('session cookies on $name', (database) => {
  for (const trustProxy of [true, false]) {
    it(`is Secure over HTTPS behind a proxy only when the proxy is trusted (trustProxy ${trustProxy})`, async () => {
      const api = await startApiApp(database, { trustProxy });
      try {
        await loginNewAccount(api, {
          username: 'c1',
          password: 'c1-password',
          role: 'public',
          unitCode: null,
        });
        const login = (headers: Record<string, string>) =>
          api.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'c1', password: 'c1-password' },
            headers,
          });
        const plain = await login({});
        const proxied = await login({ 'x-forwarded-proto': 'https' });
        const secure = (response: typeof plain) =>
          String(response.headers['set-cookie']).includes('Secure');
        expect(secure(plain)).toBe(false);
        expect(secure(proxied)).toBe(trustProxy);
        expect(String(proxied.headers['set-cookie'])).toMatch(
          /HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/,
        );
      } finally {
        await api.drop();
      }
    });
  }
});
