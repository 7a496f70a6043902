// The framework's errors as a bare Fastify app raises them (no hardening in front), put in Chinese by the one
// error handler: a content type without a parser (415), an empty JSON body, zod issues of every common kind;
// and DuckDB's real errors on broken CSV and Parquet files.
import Fastify from 'fastify';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { duckdbDetail, duckdbWords } from '../../src/analytics/duckdb-errors';
import { closeDuckDB, duckdbMessage, withDuckDB } from '../../src/analytics/duckdb';
import { answerNotFound, installErrorHandler, type ErrorBody } from '../../src/server/errors';

async function bareApp() {
  const app = Fastify({ bodyLimit: 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, { bodyBytes: 1024 });
  app.setNotFoundHandler(answerNotFound);
  app.withTypeProvider<ZodTypeProvider>().post(
    '/things',
    {
      schema: {
        body: z
          .object({
            count: z.number().int().min(1),
            name: z.string().min(2).max(5),
            kind: z.enum(['a', 'b']),
            email: z.email(),
            tags: z.array(z.string()).min(1),
          })
          .strict(),
      },
    },
    async () => ({ ok: true }),
  );
  await app.ready();
  return app;
}

const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

describe('framework errors in Chinese', () => {
  it('answers a content type without a parser with 415 and what to send instead', async () => {
    const app = await bareApp();
    const response = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/x-yaml' },
      payload: 'count: 1',
    });
    expect(response.statusCode).toBe(415);
    expect(errorOf(response.body)).toEqual({
      message:
        '不支持这种内容类型：application/x-yaml。请以 JSON（application/json）提交数据，文件以表单上传（multipart/form-data）',
      detail: expect.stringMatching(/Unsupported Media Type/i),
    });
  });

  it('answers an empty JSON body and a too-large one', async () => {
    const app = await bareApp();
    const empty = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty.body).message).toContain('内容是空的');
    const large = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2000) }),
    });
    expect(large.statusCode).toBe(413);
    expect(errorOf(large.body).message).toContain('提交的内容超过 1 KB（上限）');
  });

  it('puts each kind of zod issue in Chinese, naming the field', async () => {
    const app = await bareApp();
    const response = await app.inject({
      method: 'POST',
      url: '/things',
      payload: { count: 0, name: 'toolong', kind: 'c', email: 'not-mail', tags: [], extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const { message, detail } = errorOf(response.body);
    expect(message).toContain('字段 count 不能小于 1');
    expect(message).toContain('字段 name 至多 5 个字');
    expect(message).toContain('字段 kind 应为以下之一：a、b');
    expect(message).toContain('字段 email 格式不对，应为电子邮件地址');
    expect(message).toContain('字段 tags 至少 1 项');
    expect(message).toContain('请求内容 中有不认识的字段：extra');
    expect(message).not.toMatch(/Invalid|Too (small|big)|expected/);
    expect(detail).toMatch(/Too small|Invalid/);
  });
});

describe('DuckDB errors in Chinese', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'yigai-duckdb-words-'));
  afterAll(() => closeDuckDB());

  async function duckdbErrorOf(sql: string, file: string): Promise<unknown> {
    try {
      await withDuckDB((connection) => connection.runAndReadAll(sql, [file]));
    } catch (error) {
      return error;
    }
    throw new Error('expected DuckDB to fail');
  }

  it('names the line of an unterminated quote in a CSV', async () => {
    const file = path.join(folder, 'quote.csv');
    const good = Array.from({ length: 30_000 }, (_, i) => `${i},名称${i},1\n`).join('');
    writeFileSync(file, `id,name,quantity\n${good}30000,"未闭合的名称,1\n30001,名称,1\n`);
    const error = await duckdbErrorOf(
      `SELECT count(*) FROM read_csv($1, all_varchar = true, header = true, quote = '"', strict_mode = true)`,
      file,
    );
    expect(duckdbMessage(error)).toBe(
      '第 30002 行有未闭合的引号（"）（30000,"未闭合的名称,1）。请检查这一行的引号是否成对；文字中的引号要写成两个（""）',
    );
    expect(duckdbDetail(error)).toContain('CSV Error on Line: 30002');
  });

  it('says a file is no Parquet file, a value is no number, and a file is missing', async () => {
    const parquet = path.join(folder, 'broken.parquet');
    writeFileSync(parquet, 'PAR1 not really');
    const notParquet = await duckdbErrorOf('SELECT * FROM read_parquet($1)', parquet);
    expect(duckdbWords(notParquet)).toBe(
      '文件不是有效的 Parquet 文件（可能已损坏或没有传完整）。请重新导出后再试',
    );
    const notNumber = await duckdbErrorOf('SELECT CAST($1 AS INTEGER)', '十二');
    expect(duckdbWords(notNumber)).toBe('“十二”不是整数。请检查该列的值后重试');
    const missing = await duckdbErrorOf(
      'SELECT * FROM read_csv($1)',
      path.join(folder, 'gone.csv'),
    );
    expect(duckdbWords(missing)).toBe('文件不存在或已被移走');
    expect(duckdbWords(new Error('Something Else Error: boom'))).not.toMatch(/boom/);
  });
});
