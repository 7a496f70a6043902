// The plan area end to end through the HTTP API, on both databases: upload, review, correct, re-parse, publish, rights.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanLineMatches, PlanLinesPage } from '../../src/store/plan-lines';
import type { PlanDetail } from '../../src/store/plans';
import type { Store } from '../../src/store/sql';
import { testDatabases } from '../helpers/databases';
import { multipartFile } from '../helpers/api';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';

const databases = await testDatabases();
const kaizhouFile = 'kaizhou-2020-h2-reform-task-division.txt';
const kaizhou = new Uint8Array(readFileSync(`src/demo/documents/${kaizhouFile}`));

describe.each(databases)('plan API on $name', (database) => {
  let api: ApiApp;
  let store: Store;
  let app: FastifyInstance;
  let office: string;
  let department: string;
  let publicUser: string;
  let planId: number;

  beforeAll(async () => {
    api = await startApiApp(database);
    ({ app, store, office } = api);
    const account = { password: 'password-1', unitCode: null };
    department = await loginNewAccount(api, { ...account, username: 'dept', role: 'department' });
    publicUser = await loginNewAccount(api, { ...account, username: 'citizen', role: 'public' });
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('refuses a wrong password with a plain message', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'nope' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toContain('用户名或密码不正确');
  });

  it('uploads a plan document and returns what was read, its lines paged apart', async () => {
    const upload = multipartFile(kaizhouFile, kaizhou);
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(201);
    const detail = response.json<PlanDetail>();
    planId = detail.id;
    expect(detail.status).toBe('draft');
    expect(detail.fileName).toBe(kaizhouFile);
    expect(detail.plan.tasks).toHaveLength(26);
    expect(detail).not.toHaveProperty('lines');
    expect(detail.plan.tasks[0]?.source.line).toBe(40);
    const page = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/lines?from=40&count=3`,
      headers: { cookie: office },
    });
    expect(page.statusCode).toBe(200);
    const body = page.json<PlanLinesPage>();
    expect(body).toMatchObject({ from: 40, lineCount: detail.plan.lineCount, reading: 'chosen' });
    expect(body.lines).toHaveLength(3);
    expect(body.lines[0]).toContain('(一)改革完善疾病预防控制体系');
  });

  it('pages the whole document: the pages join to the file, the last one is short', async () => {
    const text = new TextDecoder().decode(kaizhou).replace(/\r\n?/g, '\n');
    const expected = text.replace(/^\uFEFF/, '').split('\n');
    const read: string[] = [];
    let lineCount = Infinity;
    for (let from = 1; from <= lineCount; from += 25) {
      const page = (
        await app.inject({
          method: 'GET',
          url: `/api/plans/${planId}/lines?from=${from}&count=25`,
          headers: { cookie: office },
        })
      ).json<PlanLinesPage>();
      expect(page.from).toBe(from);
      lineCount = page.lineCount;
      read.push(...page.lines);
    }
    expect(read).toEqual(expected);
    // Past the end: the last line, so a stale line number still shows something.
    const past = (
      await app.inject({
        method: 'GET',
        url: `/api/plans/${planId}/lines?from=${lineCount + 50}&count=10`,
        headers: { cookie: office },
      })
    ).json<PlanLinesPage>();
    expect(past).toMatchObject({ from: lineCount, lines: [expected[lineCount - 1]] });
  });

  it('finds text anywhere in the document, answering the line numbers', async () => {
    const find = (text: string) =>
      app.inject({
        method: 'GET',
        url: `/api/plans/${planId}/lines/search?text=${encodeURIComponent(text)}`,
        headers: { cookie: office },
      });
    const found = (await find('改革完善疾病预防控制体系')).json<PlanLineMatches>();
    expect(found.lines).toContain(40);
    expect(found.total).toBe(found.lines.length);
    const lines = new TextDecoder().decode(kaizhou).split(/\r\n|\r|\n/);
    const everyUnit = (await find('区卫生健康委')).json<PlanLineMatches>();
    expect(everyUnit.lines).toEqual(
      lines.flatMap((line, index) => (line.includes('区卫生健康委') ? [index + 1] : [])),
    );
    expect((await find('没有这样的字句')).json<PlanLineMatches>()).toMatchObject({
      lines: [],
      total: 0,
    });
    const blank = await find('  ');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toContain('请填写要在原文中查找的文字');
  });

  it('refuses a page too large or a line number that is not one, saying what to send', async () => {
    for (const [query, words] of [
      ['count=5000', '一次最多读取 2000 行'],
      ['from=0', '起始行号 from'],
      ['reading=gbk', '读法 reading'],
    ] as const) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/plans/${planId}/lines?${query}`,
        headers: { cookie: office },
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.message).toContain(words);
    }
    const unread = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/lines?reading=alternative`,
      headers: { cookie: office },
    });
    expect(unread.statusCode).toBe(404);
    expect(unread.json().error.message).toContain('没有另一种读法');
  });

  it('refuses the same file twice, naming the plan it already is', async () => {
    const upload = multipartFile(kaizhouFile, kaizhou);
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain(`方案 #${planId}`);
  });

  it('refuses a file it cannot read, naming the file, and stores nothing', async () => {
    const upload = multipartFile(
      'scan.pdf',
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]),
    );
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.where).toBe('scan.pdf');
    const [count] = await store.query<{ n: number }>('select count(*)::int as n from documents');
    expect(count?.n).toBe(1);
  });

  it('answers an upload cut off mid-way as a broken upload to retry, and stores nothing', async () => {
    const upload = multipartFile(kaizhouFile, kaizhou);
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload.subarray(0, upload.payload.length - 40),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('重新上传');
    const [count] = await store.query<{ n: number }>('select count(*)::int as n from documents');
    expect(count?.n).toBe(1);
  });

  it('applies a correction, audits old and new value, and keeps it through a re-parse', async () => {
    const before = (
      await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: { cookie: office } })
    ).json<PlanDetail>();
    const task = before.plan.tasks.find((t) => t.ref.includes('三'));
    expect(task).toBeDefined();
    const corrected = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/corrections`,
      headers: { cookie: office, 'if-match': `"${before.version}"` },
      payload: {
        op: 'setTask',
        taskKey: task?.key,
        fields: { lead: ['区卫生健康委'], co: ['区财政局'] },
      },
    });
    expect(corrected.statusCode).toBe(200);
    const after = corrected.json<PlanDetail>();
    expect(after.plan.tasks.find((t) => t.key === task?.key)).toMatchObject({
      lead: ['区卫生健康委'],
      co: ['区财政局'],
    });
    expect(after.corrections).toHaveLength(1);

    const audit = (
      await app.inject({
        method: 'GET',
        url: `/api/plans/${planId}/audit`,
        headers: { cookie: office },
      })
    ).json<{ entries: Array<{ action: string; username: string }> }>();
    expect(audit.entries[0]).toMatchObject({ action: 'plan.correct', username: 'admin' });
    const [row] = await store.query<{ before: { lead: string[] } }>(
      `select before from audit_log where action = 'plan.correct'`,
    );
    expect(row?.before.lead).toEqual(task?.lead);

    const reparsed = (
      await app.inject({
        method: 'POST',
        url: `/api/plans/${planId}/reparse`,
        headers: { cookie: office, 'if-match': `"${after.version}"` },
      })
    ).json<PlanDetail>();
    expect(reparsed.plan.tasks.find((t) => t.key === task?.key)?.lead).toEqual(['区卫生健康委']);
    expect(reparsed.staleCorrections).toEqual([]);
  });

  it('rejects a malformed correction naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/corrections`,
      payload: { op: 'setTask', taskKey: 'x', fields: { due: '2020/12/31' } },
      headers: { cookie: office, 'if-match': '"3"' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('YYYY-MM-DD');
  });

  it('hides drafts from departments, shows published plans, and keeps writes to the office', async () => {
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/plans/${planId}`,
          headers: { cookie: department },
        })
      ).statusCode,
    ).toBe(403);
    // The document's lines are as private as the draft itself.
    const draftLines = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/lines`,
      headers: { cookie: department },
    });
    expect(draftLines.statusCode).toBe(403);
    expect(draftLines.json().error.message).toContain('尚未发布');
    const current = (
      await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: { cookie: office } })
    ).json<PlanDetail>();
    const published = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/publish`,
      headers: { cookie: office, 'if-match': `"${current.version}"` },
    });
    expect(published.json<PlanDetail>().status).toBe('published');
    const list = (
      await app.inject({ method: 'GET', url: '/api/plans', headers: { cookie: department } })
    ).json<{ plans: Array<{ id: number }> }>();
    expect(list.plans.map((p) => p.id)).toEqual([planId]);
    const publishedLines = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/lines?from=40&count=1`,
      headers: { cookie: department },
    });
    expect(publishedLines.json<PlanLinesPage>().lines[0]).toContain('(一)改革完善疾病预防控制体系');
    const write = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/reparse`,
      headers: { cookie: department },
    });
    expect(write.statusCode).toBe(403);
    // plans are public documents: the public role reads the published ones
    const publicList = await app.inject({
      method: 'GET',
      url: '/api/plans',
      headers: { cookie: publicUser },
    });
    expect(publicList.json<{ plans: Array<{ id: number }> }>().plans.map((p) => p.id)).toEqual([
      planId,
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/plans' })).statusCode).toBe(401);
  });

  it('exports the task ledger as an Excel workbook', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/ledger.xlsx`,
      headers: { cookie: department },
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
    const sheet = workbook.getWorksheet('任务分工');
    expect(sheet?.rowCount).toBe(27);
    expect(sheet?.getRow(1).getCell(3).value).toBe('牵头单位');
  });

  it('documents the API with OpenAPI', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/docs/json',
      headers: { cookie: office },
    });
    expect(response.json().paths).toHaveProperty('/api/plans/{id}/corrections');
  });
});
