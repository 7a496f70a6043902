// What reading a plan file said travels with the stored plan, on both databases: a stray byte in a
// UTF-8 file is a warning naming its line, kept through a re-parse; a doubtful encoding keeps both readings.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../src/store/plans';
import { testDatabases } from '../helpers/databases';
import { multipartFile } from '../helpers/api';
import { startApiApp, type ApiApp } from '../helpers/app';

const databases = await testDatabases();
const fixture = 'test/core/plan/fixtures/qinghe-2019-city-portal.txt';

describe.each(databases)('plan file reading on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;

  beforeAll(async () => {
    api = await startApiApp(database);
    ({ app, office } = api);
  });
  afterAll(async () => {
    await api?.drop();
  });

  const upload = async (name: string, bytes: Uint8Array) => {
    const file = multipartFile(name, bytes);
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: office, ...file.headers },
      payload: file.payload,
    });
    expect(response.statusCode).toBe(201);
    return response.json<PlanDetail>();
  };

  it('stores the stray-byte warning with the plan and keeps it through a re-parse', async () => {
    const lines = readFileSync(fixture, 'utf8').split('\n');
    const bytes = Buffer.concat([
      Buffer.from(`${lines.slice(0, 12).join('\n')}\n`, 'utf8'),
      Buffer.from([0xff]),
      Buffer.from(lines.slice(12).join('\n'), 'utf8'),
    ]);
    const detail = await upload('清河.txt', bytes);
    expect(detail.encoding).toBe('utf-8');
    const stray = {
      line: 13,
      kind: 'document',
      doubtful: true,
      message: expect.stringMatching(/^第 13 行有 1 处字节不是有效的 UTF-8/),
    };
    expect(detail.plan.warnings[0]).toEqual(stray);
    // Publishing it asks for a reason: the text may not be what the file says.
    expect(detail.publishProblems.map((problem: { code: string }) => problem.code)).toContain(
      'encoding-doubt',
    );
    expect(detail.warningCount).toBe(detail.plan.warnings.length);
    expect(detail.plan.title).toBe('清河市深化医药卫生体制改革实施方案');

    const reparsed = (
      await app.inject({
        method: 'POST',
        url: `/api/plans/${detail.id}/reparse`,
        headers: { cookie: office, 'if-match': `"${detail.version}"` },
      })
    ).json<PlanDetail>();
    expect(reparsed.plan.warnings.filter((w) => w.kind === 'document')).toEqual([stray]);
  });

  it('keeps both readings of a file whose encoding is in doubt', async () => {
    const bytes = Buffer.concat([Buffer.from('方案', 'utf8'), Buffer.from([0xff])]);
    const detail = await upload('短.txt', bytes);
    expect(detail.plan.decoding).toMatchObject({
      encoding: 'utf-8',
      alternative: { encoding: 'gb18030' },
    });
  });
});
