// Browser hardening through the API on both databases: cross-site writes refused, security headers with the CSP,
// the API documentation behind login, and no absolute server folder in any JSON answer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { PlanDetail } from '../../src/store/plans';
import { multipartFile } from '../helpers/api';
import { demoDataset } from '../helpers/jobs';
import { testDatabases } from '../helpers/databases';
import { resolveSecurity } from '../../src/server/hardening/options';
import { startApiApp, type ApiApp } from '../helpers/app';

const databases = await testDatabases();
const kaizhouFile = 'kaizhou-2020-h2-reform-task-division.txt';
const kaizhou = new Uint8Array(readFileSync(`src/demo/documents/${kaizhouFile}`));

describe.each(databases)('browser hardening on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  let planId: number;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-hardening-'));

  const status = async () =>
    (
      await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: { cookie: office } })
    ).json<PlanDetail>().status;

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    ({ app, office } = api);
    const upload = multipartFile(kaizhouFile, kaizhou);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    planId = imported.json<PlanDetail>().id;
  });
  afterAll(async () => {
    await api?.drop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('refuses a text/plain publish from a foreign origin, and the plan stays a draft', async () => {
    expect(await status()).toBe('draft');
    const forged = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/publish`,
      headers: {
        cookie: office,
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'content-type': 'text/plain',
      },
      payload: '{}',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.message).toContain('拒绝来自其他网站的修改请求');
    expect(await status()).toBe('draft');
  });

  it('refuses a foreign Origin or a cross-site fetch even with a JSON body', async () => {
    for (const headers of [
      { origin: 'http://localhost.evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/plans/${planId}/publish`,
        headers: { cookie: office, ...headers },
        payload: {},
      });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
    }
    expect(await status()).toBe('draft');
  });

  it('refuses bodies other than JSON or multipart, whatever their origin', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/plans/${planId}/publish`,
        headers: { cookie: office, 'content-type': type },
        payload: 'a=1',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain('只接受 JSON');
    }
    expect(await status()).toBe('draft');
  });

  it('accepts a write from its own origin', async () => {
    const read = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}`,
      headers: { cookie: office },
    });
    const version = read.json<{ version: number }>().version;
    const published = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/publish`,
      headers: {
        cookie: office,
        origin: 'http://localhost',
        'sec-fetch-site': 'same-origin',
        'if-match': `"${version}"`,
      },
      payload: {},
    });
    expect(published.statusCode).toBe(200);
    expect(await status()).toBe('published');
  });

  it('sends security headers with a CSP that allows scripts only from itself', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('keeps the API documentation behind login', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/login');
    const json = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(401);
    expect(json.json().error.message).toContain('登录');
    const loggedIn = await app.inject({
      method: 'GET',
      url: '/api/docs/json',
      headers: { cookie: office },
    });
    expect(loggedIn.statusCode).toBe(200);
    expect(loggedIn.json().paths).toHaveProperty('/api/users/{id}/reset-password');
  });

  it('never names the server folder of the data in a JSON answer', async () => {
    const datasetId = await demoDataset(app, office, 1000);
    const urls = [
      '/api/bill-datasets',
      `/api/bill-datasets/${datasetId}`,
      '/api/jobs',
      '/api/audit?pageSize=200',
      '/api/plans',
      `/api/plans/${planId}`,
    ];
    const absolute = path.resolve(filesDir);
    for (const url of urls) {
      const response = await app.inject({ method: 'GET', url, headers: { cookie: office } });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toContain(absolute);
      expect(response.body, url).not.toContain(JSON.stringify(absolute).slice(1, -1));
    }
    const dataset = (
      await app.inject({
        method: 'GET',
        url: `/api/bill-datasets/${datasetId}`,
        headers: { cookie: office },
      })
    ).json<{ path: string }>();
    expect(path.isAbsolute(dataset.path)).toBe(false);
  });
});

describe('session limits from the environment', () => {
  const saved = { ...process.env };
  afterAll(() => {
    process.env = saved;
  });

  it('defaults to 2 hours idle and 12 hours in all, and reads minutes and hours from the environment', () => {
    delete process.env.YIGAI_SESSION_IDLE_MINUTES;
    delete process.env.YIGAI_SESSION_MAX_HOURS;
    expect(resolveSecurity().sessions).toEqual({ idleMs: 7_200_000, absoluteMs: 43_200_000 });
    process.env.YIGAI_SESSION_IDLE_MINUTES = '30';
    process.env.YIGAI_SESSION_MAX_HOURS = '8';
    expect(resolveSecurity().sessions).toEqual({ idleMs: 1_800_000, absoluteMs: 28_800_000 });
    process.env.YIGAI_SESSION_MAX_HOURS = 'eight';
    expect(() => resolveSecurity()).toThrow(/YIGAI_SESSION_MAX_HOURS=eight 不是正数/);
  });
});
