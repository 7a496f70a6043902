// The ledger of a published plan, on both databases: publishing makes one item per task with its units mapped
// to the registry; a department reports progress with evidence and asks for closure; the office returns it,
// the department resubmits, the office closes it; every illegal move is refused with what is allowed; a stale
// version is refused; a unit that is not on the item cannot report; a corrected re-publication keeps the state.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { shanghaiDate } from '../../src/core/shared/calendar-date';
import { addWorkdays } from '../../src/core/shared/workdays';
import { LEDGER_SHEET_HEADERS } from '../../src/documents/ledger-xlsx';
import { listNotifications } from '../../src/store/notifications';
import { findUserByName } from '../../src/store/users';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemDetail, ItemPage, LedgerSummary } from '../../src/store/ledgers';
import type { PlanDetail } from '../../src/store/plans';
import { HEALTH_COMMISSION_UNIT } from '../../src/demo/units';
import { multipartFile } from '../helpers/api';
import { testDatabases } from '../helpers/databases';
import { BANAN_HOSPITAL_ACCOUNT, loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';

const databases = await testDatabases();
const kaizhouFile = 'kaizhou-2020-h2-reform-task-division.txt';
const kaizhou = new Uint8Array(readFileSync(`src/demo/documents/${kaizhouFile}`));
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(databases)('ledger on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  let department: string;
  let hospital: string;
  let planId: number;
  let ledgerId: number;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'yigai-ledger-'));
    api = await startApiApp(database, { filesDir: folder });
    ({ app, office } = api);
    department = await loginNewAccount(api, {
      username: 'wjw',
      displayName: '区卫健委联络员',
      password: 'password-1',
      role: 'department',
      unitCode: HEALTH_COMMISSION_UNIT,
    });
    hospital = await loginNewAccount(api, BANAN_HOSPITAL_ACCOUNT);
    const upload = multipartFile(kaizhouFile, kaizhou);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(imported.statusCode).toBe(201);
    const plan = imported.json<PlanDetail>();
    planId = plan.id;
    const published = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/publish`,
      headers: { cookie: office, 'if-match': `"${plan.version}"` },
      payload: {},
    });
    expect(published.statusCode, published.body).toBe(200);
  });
  afterAll(async () => {
    await api?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const get = <T>(cookie: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { cookie } }).then((r) => {
      expect(r.statusCode, r.body).toBe(200);
      return r.json<T>();
    });
  const post = (cookie: string, url: string, payload: object, version?: number) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
      payload,
    });
  const message = (response: { json: <T>() => T }) =>
    response.json<{ error: { message: string } }>().error.message;

  it('publishing the plan gives a ledger with one item per task, units mapped to the registry', async () => {
    ({ ledgerId } = await get<{ ledgerId: number }>(office, `/api/plans/${planId}/ledger`));
    const ledger = await get<LedgerSummary>(office, `/api/ledgers/${ledgerId}`);
    expect(ledger.counts.total).toBe(26);
    expect(ledger.counts.byState['not-started']).toBe(26);
    expect(ledger.cadence.phases).toEqual([{ every: 'month' }]);
    const mine = await get<ItemPage>(
      department,
      `/api/ledgers/${ledgerId}/items?unit=${HEALTH_COMMISSION_UNIT}`,
    );
    expect(mine.total).toBeGreaterThan(10);
    for (const item of mine.items) {
      expect([...item.lead, ...item.co].some((u) => u.code === HEALTH_COMMISSION_UNIT)).toBe(true);
    }
    // the plan's deadlines are 2020: seen from 2020-12-28 they are due soon, from 2021 overdue
    const soon = await get<ItemPage>(
      office,
      `/api/ledgers/${ledgerId}/items?on=2020-12-28&flag=due-soon`,
    );
    expect(soon.total).toBeGreaterThan(0);
    const late = await get<ItemPage>(
      office,
      `/api/ledgers/${ledgerId}/items?on=2021-01-05&flag=overdue`,
    );
    expect(late.total).toBe(26);
    expect(late.items[0]?.workdaysLeft).toBeLessThan(0);
  });

  it('runs an item from report to closure, returned once, with every step in its history', async () => {
    const page = await get<ItemPage>(
      department,
      `/api/ledgers/${ledgerId}/items?unit=${HEALTH_COMMISSION_UNIT}`,
    );
    const item = page.items.find((i) => i.lead.some((u) => u.code === HEALTH_COMMISSION_UNIT));
    if (!item) throw new Error('no item led by the health commission');
    const url = `/api/ledger-items/${item.id}`;

    const empty = await post(department, `${url}/reports`, { done: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(message(empty)).toContain('进展情况');

    const stranger = await post(hospital, `${url}/reports`, { done: '已部署' });
    expect(stranger.statusCode).toBe(403);

    const exe = multipartFile('方案.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]));
    const refused = await app.inject({
      method: 'POST',
      url: `${url}/files`,
      headers: { cookie: department, ...exe.headers },
      payload: exe.payload,
    });
    expect(refused.statusCode).toBe(400);
    expect(message(refused)).toContain('无法识别的文件类型');

    const noEvidence = await post(department, `${url}/closure-request`, {}, item.version);
    expect(noEvidence.statusCode).toBe(400);
    expect(message(noEvidence)).toContain('佐证材料');

    const evidence = multipartFile('会议纪要.pdf', pdf);
    const uploaded = await app.inject({
      method: 'POST',
      url: `${url}/files`,
      headers: { cookie: department, ...evidence.headers },
      payload: evidence.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json<{ id: number; mediaType: string; sha256: string }>();
    expect(file.mediaType).toBe('application/pdf');

    const report = await post(department, `${url}/reports`, {
      done: '制定了疾控体系改革工作方案',
      problems: '编制未落实',
      nextSteps: '报区编委审议',
      percent: 60,
      fileIds: [file.id],
    });
    expect(report.statusCode, report.body).toBe(201);
    let detail = await get<ItemDetail>(office, url);
    expect(detail.item.state).toBe('in-progress');
    expect(detail.item.percent).toBe(60);
    expect(detail.reports[0]?.fileIds).toEqual([file.id]);

    const stale = await post(department, `${url}/closure-request`, {}, item.version);
    expect(stale.statusCode).toBe(409);
    expect(message(stale)).toContain('已被他人修改');

    const asked = await post(department, `${url}/closure-request`, {}, detail.item.version);
    expect(asked.statusCode, asked.body).toBe(200);
    const notOffice = await post(
      department,
      `${url}/decision`,
      { action: 'approve-closure' },
      asked.json<{ version: number }>().version,
    );
    expect(notOffice.statusCode).toBe(403);

    const noReason = await post(
      office,
      `${url}/decision`,
      { action: 'return-closure' },
      asked.json<{ version: number }>().version,
    );
    expect(noReason.statusCode).toBe(400);
    const returned = await post(
      office,
      `${url}/decision`,
      { action: 'return-closure', reason: '佐证材料缺少编委批复' },
      asked.json<{ version: number }>().version,
    );
    expect(returned.statusCode, returned.body).toBe(200);
    detail = await get<ItemDetail>(department, url);
    expect(detail.item.state).toBe('in-progress');
    expect(detail.item.stateReason).toBe('佐证材料缺少编委批复');

    const again = await post(
      department,
      `${url}/closure-request`,
      { note: '已补充编委批复' },
      detail.item.version,
    );
    expect(again.statusCode).toBe(200);
    const closed = await post(
      office,
      `${url}/decision`,
      { action: 'approve-closure' },
      again.json<{ version: number }>().version,
    );
    expect(closed.statusCode).toBe(200);
    detail = await get<ItemDetail>(office, url);
    expect(detail.item.state).toBe('closed');
    expect(detail.item.percent).toBe(100);
    expect(detail.events.map((e) => e.kind)).toEqual([
      'created',
      'file',
      'report',
      'request-closure',
      'return-closure',
      'request-closure',
      'approve-closure',
    ]);

    const late = await post(department, `${url}/reports`, { done: '补报' });
    expect(late.statusCode).toBe(409);
    expect(message(late)).toContain('已销号');
    expect(message(late)).toContain('重新打开');

    const download = await app.inject({
      method: 'GET',
      url: `/api/ledger-files/${file.id}`,
      headers: { cookie: hospital },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(Buffer.from(pdf))).toBe(true);

    const sheet = await app.inject({
      method: 'GET',
      url: `/api/ledgers/${ledgerId}/export.xlsx`,
      headers: { cookie: department },
    });
    expect(sheet.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(sheet.rawPayload).buffer);
    const rows = workbook.getWorksheet('台账');
    expect(rows?.getRow(2).values).toEqual([undefined, ...LEDGER_SHEET_HEADERS]);
    expect(rows?.rowCount).toBe(2 + 26);
    const exported = [...Array(26).keys()]
      .map((index) => rows?.getRow(3 + index))
      .find((row) => Number(row?.getCell(9).value) === item.id);
    expect(exported?.getCell(7).value).toBe('已销号');
    expect(String(exported?.getCell(6).value)).toContain('制定了疾控体系改革工作方案');
    expect(String(exported?.getCell(6).value)).toContain('存在问题：编制未落实');

    const ledger = await get<LedgerSummary & { missing: { units: { unitCode: string }[] } }>(
      office,
      `/api/ledgers/${ledgerId}?on=2020-11-10`,
    );
    expect(ledger.counts.byState.closed).toBe(1);
    expect(ledger.missing.units.map((u) => u.unitCode)).toContain(HEALTH_COMMISSION_UNIT);
  });

  it('supervises an item: 督办单 to the lead unit, its reply, a late one escalated; notifications follow', async () => {
    const today = shanghaiDate(new Date());
    const inbox = async (cookie: string) =>
      get<{
        unread: number;
        notifications: { kind: string; text: string; itemId: number | null }[];
      }>(cookie, '/api/notifications');
    const first = await inbox(department);
    expect(first.notifications.some((n) => n.kind === 'assigned' && n.text.includes('牵头'))).toBe(
      true,
    );
    expect(first.unread).toBeGreaterThan(0);

    const page = await get<ItemPage>(
      office,
      `/api/ledgers/${ledgerId}/items?unit=${HEALTH_COMMISSION_UNIT}&state=not-started`,
    );
    const [item, other] = page.items.filter((i) =>
      i.lead.some((u) => u.code === HEALTH_COMMISSION_UNIT),
    );
    if (!item || !other) throw new Error('expected two items led by the health commission');
    const noDate = await post(office, `/api/ledger-items/${item.id}/notices`, {
      kind: 'supervision',
      demand: '请报进展',
    });
    expect(noDate.statusCode).toBe(400);
    expect(message(noDate)).toContain('回复期限');
    const byDepartment = await post(department, `/api/ledger-items/${item.id}/notices`, {
      kind: 'reminder',
      demand: '催',
    });
    expect(byDepartment.statusCode).toBe(403);
    const issued = await post(office, `/api/ledger-items/${item.id}/notices`, {
      kind: 'supervision',
      demand: '请于三个工作日内报送疾控体系改革进展',
      replyBy: addWorkdays(today, 3),
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const notice = issued.json<{ id: number }>();
    expect((await inbox(department)).notifications[0]).toMatchObject({
      kind: 'supervision',
      itemId: item.id,
    });

    expect(
      (await post(hospital, `/api/ledger-notices/${notice.id}/reply`, { reply: '已办' }))
        .statusCode,
    ).toBe(403);
    const replied = await post(department, `/api/ledger-notices/${notice.id}/reply`, {
      reply: '已形成工作方案，报区政府审定',
    });
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json<{ late: boolean }>().late).toBe(false);
    const twice = await post(department, `/api/ledger-notices/${notice.id}/reply`, {
      reply: '再答',
    });
    expect(twice.statusCode).toBe(409);
    expect(
      (await inbox(office)).notifications.some((n) => n.kind === 'reply' && n.itemId === item.id),
    ).toBe(true);

    const unanswered = await post(office, `/api/ledger-items/${other.id}/notices`, {
      kind: 'supervision',
      demand: '请说明进展',
      replyBy: today,
    });
    expect(unanswered.statusCode).toBe(201);
    const later = addWorkdays(today, 5);
    const ledger = await get<{ lateNotices: { itemId: number; late: boolean }[] }>(
      office,
      `/api/ledgers/${ledgerId}?on=${later}`,
    );
    expect(ledger.lateNotices.map((n) => n.itemId)).toEqual([other.id]);
    const detail = await get<{ notices: { late: boolean; reply: string | null }[] }>(
      office,
      `/api/ledger-items/${item.id}`,
    );
    expect(detail.notices).toMatchObject([{ late: false, reply: '已形成工作方案，报区政府审定' }]);

    const admin = (
      await api.store.query<{ username: string }>(
        `select username from users where role = 'office' order by id limit 1`,
      )
    )[0];
    const actor = (await findUserByName(api.store, admin?.username ?? ''))?.actor;
    if (!actor) throw new Error('no office account');
    const escalated = await listNotifications(api.store, actor, later);
    expect(
      escalated.notifications.filter((n) => n.kind === 'reply-late').map((n) => n.itemId),
    ).toEqual([other.id]);
    // looked at again the same day: the escalation is not repeated
    const again = await listNotifications(api.store, actor, later);
    expect(again.notifications.filter((n) => n.kind === 'reply-late')).toHaveLength(1);

    const read = await post(department, '/api/notifications/read', {});
    expect(read.statusCode).toBe(200);
    expect((await inbox(department)).unread).toBe(0);
  });

  it('maps items to a unit registered after publication', async () => {
    const unmapped = await get<ItemPage>(office, `/api/ledgers/${ledgerId}/items?q=区经济信息委`);
    const before = unmapped.items.filter((item) =>
      item.lead.some((u) => u.written === '区经济信息委'),
    );
    expect(before.length).toBeGreaterThan(0);
    const codeOf = (item: (typeof before)[number]) =>
      item.lead.find((u) => u.written === '区经济信息委')?.code;
    expect(before.map(codeOf)).toEqual(before.map(() => null));
    const denied = await post(department, `/api/ledgers/${ledgerId}/remap-units`, {});
    expect(denied.statusCode).toBe(403);

    const unit = await post(office, '/api/units', {
      code: 'BN-JXW',
      name: '巴南区经济和信息化委员会',
      kind: 'department',
      parentCode: 'CQ-BN',
      aliases: ['区经济信息委'],
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const remapped = await post(office, `/api/ledgers/${ledgerId}/remap-units`, {});
    expect(remapped.statusCode, remapped.body).toBe(200);
    expect(remapped.json<{ changed: number }>().changed).toBeGreaterThanOrEqual(before.length);
    const mine = await get<ItemPage>(office, `/api/ledgers/${ledgerId}/items?unit=BN-JXW`);
    expect(mine.items.map((item) => item.id)).toEqual(
      expect.arrayContaining(before.map((item) => item.id)),
    );
    const detail = await get<ItemDetail>(office, `/api/ledger-items/${before[0]?.id}`);
    expect(detail.events.at(-1)?.note).toContain('区经济信息委');
  });

  it('a corrected re-publication keeps the state of every item it still has', async () => {
    const before = await get<ItemPage>(office, `/api/ledgers/${ledgerId}/items?state=closed`);
    expect(before.total).toBe(1);
    const plan = await get<PlanDetail>(office, `/api/plans/${planId}`);
    const revision = await post(office, `/api/plans/${planId}/revisions`, {}, plan.version);
    expect(revision.statusCode, revision.body).toBe(201);
    const draft = revision.json<PlanDetail>();
    const published = await post(office, `/api/plans/${planId}/publish`, {}, draft.version);
    expect(published.statusCode, published.body).toBe(200);
    const after = await get<ItemPage>(office, `/api/ledgers/${ledgerId}/items?state=closed`);
    expect(after.items.map((i) => i.id)).toEqual(before.items.map((i) => i.id));
    expect((await get<LedgerSummary>(office, `/api/ledgers/${ledgerId}`)).counts.total).toBe(26);
  });
});
