// No English framework message reaches a user: a wrong-typed JSON field, a malformed JSON body, a body past the
// limit, a content type the server does not take, an unknown address, and a bill file DuckDB cannot read each
// answer in Chinese with what to do; the framework's own text stays only in `detail`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billTemplateTable } from '../../src/core/simulate/bill-template';
import { csvLine } from '../../src/documents/csv-field';
import type { ErrorBody } from '../../src/server/errors';
import type { JobView } from '../../src/server/jobs';
import { multipartFile } from '../helpers/api';
import { startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

/** A message in Chinese: no English sentence of a framework (two English words in a row) in it. */
const chineseOnly = (message: string) => {
  expect(message).toMatch(/\p{Script=Han}/u);
  expect(message).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
};

describe.each(databases)('error words on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-words-'));

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    ({ app, office } = api);
  });
  afterAll(async () => {
    await api?.drop();
  });

  const post = (payload: string, contentType = 'application/json') =>
    app.inject({
      method: 'POST',
      url: '/api/bill-datasets/demo',
      headers: { cookie: office, 'content-type': contentType },
      payload,
    });

  it('says which field has the wrong type and what it should be', async () => {
    const response = await post(JSON.stringify({ lines: '三千', seed: 7 }));
    expect(response.statusCode).toBe(400);
    const { error } = response.json<ErrorBody>();
    expect(error.message).toBe(
      '提交的内容不符合要求：字段 lines 应为数字，收到的是文字。请修改后重新提交',
    );
    expect(error.where).toBe('body');
    expect(error.detail).toContain('expected number');
    chineseOnly(error.message);
  });

  it('keeps a Chinese message the schema wrote, and says a missing field must be filled in', async () => {
    const small = (await post(JSON.stringify({ lines: 5 }))).json<ErrorBody>().error;
    expect(small.message).toContain('字段 lines：至少 1000 行');
    const missing = (await post(JSON.stringify({ seed: 3 }))).json<ErrorBody>().error;
    expect(missing.message).toContain('字段 lines 必须填写');
    chineseOnly(missing.message);
  });

  it('answers a malformed JSON body in Chinese', async () => {
    const response = await post('{"lines": 3000,');
    expect(response.statusCode).toBe(400);
    const { error } = response.json<ErrorBody>();
    expect(error.message).toContain('提交的内容不是有效的 JSON');
    expect(error.detail).toMatch(/JSON/);
    chineseOnly(error.message);
  });

  it('answers a body past the limit with the limit', async () => {
    const response = await post(JSON.stringify({ lines: 3000, pad: 'x'.repeat(6 * 1024 * 1024) }));
    expect(response.statusCode).toBe(413);
    const { error } = response.json<ErrorBody>();
    expect(error.message).toBe('提交的内容超过 5 MB（上限）。文件请用上传功能提交；数据请分批提交');
  });

  // The hardening in front refuses other types for every write; test/server/error-words.test.ts shows Fastify's 415.
  it('answers a content type the server does not take', async () => {
    const response = await post('lines=3000', 'text/csv');
    expect(response.statusCode).toBe(400);
    const { error } = response.json<ErrorBody>();
    expect(error.message).toContain('请求内容的类型「text/csv」不被接受');
    chineseOnly(error.message);
  });

  it('answers an unknown address in Chinese', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/no-such-thing?x=1',
      headers: { cookie: office },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json<ErrorBody>().error.message).toBe(
      '没有这个接口：GET /api/no-such-thing。请核对地址（接口说明见 /api/docs）',
    );
  });

  it('says in Chinese which line of a bill file has too many columns', async () => {
    const table = billTemplateTable('english');
    const row = table.rows[0] ?? [];
    // Past DuckDB's sniffing sample, so that the reader itself meets the line.
    const rows = Array.from({ length: 30_000 }, (_, i) => csvLine([`E${i}`, ...row.slice(1)]));
    const broken = csvLine([...row, '多出的一列']);
    const csv = csvLine(table.header) + rows.join('') + broken;
    const upload = multipartFile('列数不对.csv', new TextEncoder().encode(csv));
    const started = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    const { job } = started.json<{ job: JobView }>();
    const finished = await waitForJob(app, office, job.id);
    expect(finished.status).toBe('failed');
    const message = finished.error?.message ?? '';
    expect(message).toContain('第 30002 行有 31 列，表头有 30 列');
    expect(message).not.toContain(filesDir);
  });
});
