// Uploads that break off or pass a limit answer 400/413 with a reason and leave nothing behind: no file
// in the files folder, no dataset; leftover partial files are swept at start, a fresh one is kept.
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../helpers/api';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

const billsCsv = [
  'encounter_id,patient_id,hospital_id,service_date,item_code,item_name,category,quantity,unit_price,amount',
  ...Array.from(
    { length: 2000 },
    (_, i) => `E${i},P${i},H1,2017-05-01,I${i % 50},项目,检查,1,10.00,10.00`,
  ),
].join('\n');

describe.each(databases)('uploads on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-uploads-'));
  const billsDir = path.join(filesDir, 'bills');
  const oldPartial = path.join(billsDir, 'old-upload.csv.partial');
  const livePartial = path.join(billsDir, 'live-upload.csv.partial');

  beforeAll(async () => {
    mkdirSync(billsDir, { recursive: true });
    writeFileSync(oldPartial, 'half a file');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(oldPartial, twoHoursAgo, twoHoursAgo);
    writeFileSync(livePartial, 'another server is receiving this');
    api = await startApiApp(database, { filesDir });
    app = api.app;
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('sweeps partial files older than an hour at start and keeps a fresh one', () => {
    expect(readdirSync(billsDir)).toEqual(['live-upload.csv.partial']);
  });

  it('answers a truncated bill upload with 400 and leaves no file and no dataset', async () => {
    const form = multipartFile('bills.csv', Buffer.from(billsCsv));
    const cut = form.payload.subarray(0, Math.floor(form.payload.length * 0.6));
    const response = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets',
      headers: { cookie: api.office, ...form.headers },
      payload: cut,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.message).toContain('没有传完整');
    expect(readdirSync(billsDir)).toEqual(['live-upload.csv.partial']);
    const datasets = await app.inject({
      url: '/api/bill-datasets',
      headers: { cookie: api.office },
    });
    expect(datasets.json().datasets).toEqual([]);
  });

  it('keeps a whole upload under its name, with no partial left', async () => {
    const form = multipartFile('bills.csv', Buffer.from(billsCsv));
    const response = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets',
      headers: { cookie: api.office, ...form.headers },
      payload: form.payload,
    });
    expect(response.statusCode, response.body).toBe(202);
    // Kept as received until the scan job prepares it; then as the CSV the reader reads.
    const received = readdirSync(billsDir).filter((name) => name !== 'live-upload.csv.partial');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/^[0-9a-f-]+\.(upload|csv)$/);
    await waitForJob(app, api.office, response.json<{ job: { id: string } }>().job.id);
    const stored = readdirSync(billsDir).filter((name) => name !== 'live-upload.csv.partial');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f-]+\.csv$/);
  });

  it('answers a truncated plan upload and DRG upload with 400, never 500', async () => {
    const form = multipartFile('方案.txt', Buffer.from('关于深化改革的实施方案\n'.repeat(2000)));
    for (const url of ['/api/plans', '/api/drg/group-file', '/api/drg/weight-tables']) {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { cookie: api.office, ...form.headers },
        payload: form.payload.subarray(0, 3000),
      });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
      expect(response.json().error.message).toContain('没有传完整');
    }
  });

  it('holds a hospital account to its upload limit, naming it', async () => {
    const hospital = await loginNewAccount(api, {
      username: 'hospital1',
      password: 'hospital-pass',
      role: 'hospital',
      unitCode: null,
    });
    const form = multipartFile('病案.csv', Buffer.alloc(11 * 1024 * 1024, 'a'));
    const response = await app.inject({
      method: 'POST',
      url: '/api/drg/group-file',
      headers: { cookie: hospital, ...form.headers },
      payload: form.payload,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toContain('文件超过 10 MB（您的账号可上传的上限）');
  });

  it('refuses demo bills past the role limit, naming it', async () => {
    const monitor = await loginNewAccount(api, {
      username: 'monitor1',
      password: 'monitor-pass',
      role: 'monitor',
      unitCode: null,
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets/demo',
      headers: { cookie: monitor },
      payload: { lines: 20_000_000 },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toContain('演示账单至多 10,000,000 行（您的账号的上限）');
    const tooMany = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets/demo',
      headers: { cookie: api.office },
      payload: { lines: 200_000_000 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain('至多 50,000,000 行');
  });
});
