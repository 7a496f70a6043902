// Published means frozen, on both databases: corrections and re-parse on a published plan are refused; 新建修订,
// 送审, 发布 (the old revision stays readable, the diff is audited), 撤回; a stale edit answers 409 with who changed
// what and changes nothing; publishing a plan with problems needs a reason.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevisionDiff } from '../../src/core/plan/revision-diff';
import type { PlanDetail } from '../../src/store/plans';
import type { Store } from '../../src/store/sql';
import { multipartFile } from '../helpers/api';
import { testDatabases } from '../helpers/databases';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';

const databases = await testDatabases();
const kaizhouFile = 'kaizhou-2020-h2-reform-task-division.txt';
const kaizhou = new Uint8Array(readFileSync(`src/demo/documents/${kaizhouFile}`));

describe.each(databases)('plan revisions on $name', (database) => {
  let api: ApiApp;
  let store: Store;
  let app: FastifyInstance;
  let office: string;
  let zhang: string;
  let department: string;
  let planId: number;

  beforeAll(async () => {
    api = await startApiApp(database);
    ({ app, store, office } = api);
    const account = { password: 'password-1', unitCode: null };
    zhang = await loginNewAccount(api, {
      ...account,
      username: 'zhangsan',
      displayName: '张三',
      role: 'office',
    });
    department = await loginNewAccount(api, { ...account, username: 'dept', role: 'department' });
  });
  afterAll(async () => {
    await api?.drop();
  });

  const send = (
    cookie: string,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    version?: number,
    payload?: object,
  ) =>
    app.inject({
      method,
      url,
      headers: { cookie, ...(version !== undefined ? { 'if-match': `"${version}"` } : {}) },
      ...(payload ? { payload } : {}),
    });
  const detail = async (cookie = office, query = '') =>
    (await send(cookie, 'GET', `/api/plans/${planId}${query}`)).json<PlanDetail>();
  const errorOf = (response: { json: <T>() => T }) =>
    response.json<{ error: { message: string; where?: string } }>().error;
  const correctionCount = async () =>
    (
      await store.query<{ n: number }>(
        'select count(*)::int as n from plan_corrections where plan_id = $1',
        [planId],
      )
    )[0]?.n;
  const taskThree = (plan: PlanDetail) => plan.plan.tasks.find((task) => task.ref.includes('三'));

  it('publishes revision 1 and refuses corrections, task deletion and re-parse on it', async () => {
    const upload = multipartFile(kaizhouFile, kaizhou);
    const created = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    const draft = created.json<PlanDetail>();
    planId = draft.id;
    expect(draft.revision).toMatchObject({ number: 1, status: 'draft' });
    expect(draft.plan.tasks.every((task) => task.stableKey.startsWith('task:'))).toBe(true);
    const task = taskThree(draft);
    if (!task) throw new Error('expected task three');
    const corrected = await send(
      office,
      'POST',
      `/api/plans/${planId}/corrections`,
      draft.version,
      {
        op: 'setTask',
        taskKey: task.key,
        fields: { co: ['区财政局'] },
      },
    );
    expect(corrected.statusCode).toBe(200);
    const published = await send(
      office,
      'POST',
      `/api/plans/${planId}/publish`,
      corrected.json<PlanDetail>().version,
    );
    expect(published.statusCode).toBe(200);
    const frozen = published.json<PlanDetail>();
    expect(frozen).toMatchObject({ status: 'published', currentRevision: 1, editable: false });

    for (const [url, payload] of [
      [
        `/api/plans/${planId}/corrections`,
        { op: 'setTask', taskKey: task.key, fields: { lead: [] } },
      ],
      [`/api/plans/${planId}/corrections`, { op: 'deleteTask', taskKey: task.key }],
      [`/api/plans/${planId}/reparse`, undefined],
    ] as const) {
      const refused = await send(office, 'POST', url, frozen.version, payload);
      expect(refused.statusCode).toBe(409);
      expect(errorOf(refused).message).toBe('已发布的方案不能直接修改，请「新建修订」。');
    }
    const undo = await send(
      office,
      'DELETE',
      `/api/plans/${planId}/corrections/${frozen.corrections[0]?.id}`,
      frozen.version,
    );
    expect(undo.statusCode).toBe(409);
    expect(await correctionCount()).toBe(1);
    expect((await detail()).version).toBe(frozen.version);
  });

  it('asks for the version the edit was based on', async () => {
    const response = await send(office, 'POST', `/api/plans/${planId}/revisions`);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({ where: 'If-Match' });
  });

  it('copies the published revision into a draft revision that departments cannot see yet', async () => {
    const current = await detail();
    const revised = await send(office, 'POST', `/api/plans/${planId}/revisions`, current.version);
    expect(revised.statusCode).toBe(201);
    const draft = revised.json<PlanDetail>();
    expect(draft.revision).toMatchObject({ number: 2, status: 'draft', basedOn: 1 });
    expect(draft.openRevision).toEqual({ number: 2, status: 'draft' });
    expect(draft.corrections.map((c) => c.username)).toEqual(['admin']);
    expect(taskThree(draft)?.co).toEqual(['区财政局']);
    expect(draft.plan.tasks.map((t) => t.stableKey)).toEqual(
      current.plan.tasks.map((t) => t.stableKey),
    );

    const task = taskThree(draft);
    const changed = await send(office, 'POST', `/api/plans/${planId}/corrections`, draft.version, {
      op: 'setTask',
      taskKey: task?.key,
      fields: { lead: ['区应急局'] },
    });
    expect(changed.statusCode).toBe(200);
    const seen = await detail(department);
    expect(seen.revision).toMatchObject({ number: 1, status: 'published' });
    expect(taskThree(seen)?.lead).toEqual(task?.lead);
    expect((await send(department, 'GET', `/api/plans/${planId}?revision=2`)).statusCode).toBe(403);
  });

  it('refuses a stale edit with who changed what, and changes nothing', async () => {
    const opened = await detail(zhang);
    const task = taskThree(opened);
    const first = await send(office, 'POST', `/api/plans/${planId}/corrections`, opened.version, {
      op: 'setTask',
      taskKey: task?.key,
      fields: { dueText: '2020年11月底前', due: '2020-11-30' },
    });
    expect(first.statusCode).toBe(200);
    const countBefore = await correctionCount();
    const stale = await send(zhang, 'POST', `/api/plans/${planId}/corrections`, opened.version, {
      op: 'setTask',
      taskKey: task?.key,
      fields: { lead: ['区财政局'] },
    });
    expect(stale.statusCode).toBe(409);
    const message = errorOf(stale).message;
    expect(message).toMatch(
      /医改办管理员 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 修改了任务\(三\)「[^」]+」的完成时限、截止日期/,
    );
    expect(message).toContain('刷新');
    expect(await correctionCount()).toBe(countBefore);
    const after = await detail();
    expect(after.version).toBe(first.json<PlanDetail>().version);
    expect(taskThree(after)?.lead).toEqual(['区应急局']);

    const stalePublish = await send(zhang, 'POST', `/api/plans/${planId}/publish`, opened.version);
    expect(stalePublish.statusCode).toBe(409);
    expect((await detail()).revision.status).toBe('draft');
  });

  it('shows the diff between revisions by stable key', async () => {
    const response = await send(department, 'GET', `/api/plans/${planId}/diff?from=1&to=2`);
    expect(response.statusCode).toBe(404);
    const diff = (await send(office, 'GET', `/api/plans/${planId}/diff?from=1&to=2`)).json<{
      diff: RevisionDiff;
    }>().diff;
    const task = taskThree(await detail());
    expect(diff.tasks.added).toEqual([]);
    expect(diff.tasks.removed).toEqual([]);
    expect(diff.tasks.changed).toHaveLength(1);
    expect(diff.tasks.changed[0]?.stableKey).toBe(task?.stableKey);
    expect(diff.tasks.changed[0]?.changes.map((change) => change.label)).toEqual([
      '牵头单位',
      '完成时限',
      '截止日期',
    ]);
  });

  it('sends the revision for review, publishes it, and keeps the old one readable', async () => {
    const submitted = await send(
      office,
      'POST',
      `/api/plans/${planId}/submit`,
      (await detail()).version,
    );
    expect(submitted.json<PlanDetail>().revision.status).toBe('review');
    const task = taskThree(submitted.json<PlanDetail>());
    const inReview = await send(
      office,
      'POST',
      `/api/plans/${planId}/corrections`,
      submitted.json<PlanDetail>().version,
      { op: 'setTask', taskKey: task?.key, fields: { co: [] } },
    );
    expect(inReview.statusCode).toBe(409);
    expect(errorOf(inReview).message).toContain('退回修改');

    const published = await send(
      office,
      'POST',
      `/api/plans/${planId}/publish`,
      submitted.json<PlanDetail>().version,
    );
    expect(published.statusCode).toBe(200);
    expect(published.json<PlanDetail>()).toMatchObject({ currentRevision: 2, openRevision: null });

    const now = await detail(department);
    expect(now.revision).toMatchObject({ number: 2, status: 'published' });
    expect(taskThree(now)?.lead).toEqual(['区应急局']);
    const old = await detail(department, '?revision=1');
    expect(old.revision).toMatchObject({ number: 1, status: 'superseded' });
    expect(taskThree(old)?.lead).not.toContain('区应急局');
    expect(old.revisions.map((r) => [r.number, r.status])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);

    const [entry] = await store.query<{
      after: { revision: number; supersedes: number; counts: object; diff: RevisionDiff };
    }>(
      `select after from audit_log where entity = 'plan' and entity_id = $1 and action = 'plan.publish'
       order by id desc limit 1`,
      [String(planId)],
    );
    expect(entry?.after).toMatchObject({
      revision: 2,
      supersedes: 1,
      counts: { meta: 0, added: 0, removed: 0, changed: 1 },
    });
    expect(entry?.after.diff.tasks.changed[0]?.stableKey).toBe(task?.stableKey);
  });

  it('withdraws a published plan with a reason, keeps it readable, and never deletes it', async () => {
    const version = (await detail()).version;
    const noReason = await send(office, 'POST', `/api/plans/${planId}/withdraw`, version, {
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const withdrawn = await send(office, 'POST', `/api/plans/${planId}/withdraw`, version, {
      reason: '被新的实施方案取代',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<PlanDetail>()).toMatchObject({
      status: 'withdrawn',
      withdrawReason: '被新的实施方案取代',
      currentRevision: null,
    });
    const list = (await send(department, 'GET', '/api/plans')).json<{
      plans: Array<{ id: number; status: string }>;
    }>();
    expect(list.plans.find((plan) => plan.id === planId)?.status).toBe('withdrawn');
    expect((await detail(department)).revision.number).toBe(2);
    const next = withdrawn.json<PlanDetail>().version;
    const deleted = await send(office, 'DELETE', `/api/plans/${planId}`, next);
    expect(deleted.statusCode).toBe(409);
    expect(errorOf(deleted).message).toContain('撤回');
    expect((await send(office, 'POST', `/api/plans/${planId}/revisions`, next)).statusCode).toBe(
      409,
    );
    expect((await detail()).status).toBe('withdrawn');
  });

  it('publishes a plan with no title and nothing extracted only with a confirmed reason', async () => {
    const upload = multipartFile(
      'note.txt',
      new TextEncoder().encode('各单位要认真落实，按时报送工作进展。'),
    );
    const created = (
      await app.inject({
        method: 'POST',
        url: '/api/plans',
        headers: { cookie: office, ...upload.headers },
        payload: upload.payload,
      })
    ).json<PlanDetail>();
    expect(created.publishProblems.map((problem) => problem.code)).toEqual([
      'no-title',
      'nothing-extracted',
    ]);
    const url = `/api/plans/${created.id}/publish`;
    const refused = await send(office, 'POST', url, created.version);
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toContain('没有识别出方案标题');
    expect(errorOf(refused).message).toContain('没有提取出任何任务');
    const confirmed = await send(office, 'POST', url, created.version, {
      confirm: { reason: '会议通知，仅作存档' },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<PlanDetail>().revision).toMatchObject({
      status: 'published',
      publishReason: '会议通知，仅作存档',
    });
    const [entry] = await store.query<{ after: { reason: string; problems: string[] } }>(
      `select after from audit_log where entity_id = $1 and action = 'plan.publish'`,
      [String(created.id)],
    );
    expect(entry?.after.reason).toBe('会议通知，仅作存档');
    expect(entry?.after.problems).toHaveLength(2);
  });
});
