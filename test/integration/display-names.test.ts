// Who did it, by name: a scenario, its versions, a simulation run, a case-mix analysis, a plan's corrections and
// the audit trail carry the account's display name beside its login name, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preset } from '../../src/core/simulate/presets';
import { createAccount } from '../../src/server/auth/accounts';
import { insertBillDataset } from '../../src/store/bill-datasets';
import { insertCasemixRun } from '../../src/store/casemix-runs';
import { addCorrection } from '../../src/store/plan-edits';
import { importPlan, type PlanDetail } from '../../src/store/plans';
import { createScenario } from '../../src/store/scenarios';
import { insertSimulationRun } from '../../src/store/simulation-runs';
import { OFFICE_UNIT } from '../../src/store/units';
import { startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

const PLAN = [
  '关于印发某区公立医院综合改革实施方案的通知',
  '某区公立医院综合改革实施方案',
  '一、工作任务',
  '（一）推进改革。（牵头单位：区卫健委）',
].join('\n');

interface Named {
  username: string | null;
  displayName: string | null;
}

describe.each(databases)('display names on $name', (database) => {
  let api: ApiApp;
  let planId: number;
  let scenarioId: number;
  const get = async <T>(url: string) =>
    (await api.app.inject({ method: 'GET', url, headers: { cookie: api.office } })).json<T>();

  beforeAll(async () => {
    api = await startApiApp(database);
    const zhang = await createAccount(api.store, null, {
      username: 'zhangsan',
      displayName: '张三',
      password: 'password-1',
      role: 'office',
      unitCode: OFFICE_UNIT,
    });
    const scenario = await createScenario(api.store, zhang, {
      name: '巴南测算',
      basedOn: 'banan-2017',
      scenario: preset('banan-2017').scenario,
    });
    scenarioId = scenario.id;
    const dataset = await insertBillDataset(api.store, zhang, {
      name: '账单',
      fileName: 'bills.csv',
      path: '/nonexistent/bills.csv',
      format: 'csv',
      source: 'upload',
      sizeBytes: 1,
      status: 'ready',
    });
    await insertSimulationRun(api.store, zhang, {
      scenarioId: scenario.id,
      scenario: scenario.scenario,
      datasetId: dataset.id,
      datasetName: dataset.name,
      hospitalNames: {},
    });
    await insertCasemixRun(api.store, zhang, {
      datasetId: dataset.id,
      datasetName: dataset.name,
      scheme: 'chs-drg-1.1',
      weights: { kind: 'yancheng-2023' },
      weightLabel: '盐城',
    });
    const plan = await importPlan(api.store, zhang, {
      fileName: 'mouqu.txt',
      format: 'text',
      encoding: 'utf-8',
      content: new TextEncoder().encode(PLAN),
      text: PLAN,
    });
    planId = plan.id;
    const task = plan.plan.tasks[0];
    if (!task) throw new Error('expected a task');
    await addCorrection(api.store, zhang, planId, plan.version, {
      op: 'setTask',
      taskKey: task.key,
      fields: { co: ['区财政局'] },
    });
  });
  afterAll(async () => {
    await api?.drop();
  });

  const zhang = { username: 'zhangsan', displayName: '张三' };

  it('names who saved a scenario and each of its versions', async () => {
    const list = await get<{ scenarios: Array<Named & { id: number }> }>('/api/scenarios');
    expect(list.scenarios.find((s) => s.id === scenarioId)).toMatchObject(zhang);
    const detail = await get<{ versions: Named[] }>(`/api/scenarios/${scenarioId}`);
    expect(detail.versions[0]).toMatchObject(zhang);
  });

  it('names who started a simulation run and a case-mix analysis', async () => {
    const runs = await get<{ runs: Named[] }>('/api/simulation-runs');
    expect(runs.runs[0]).toMatchObject(zhang);
    const casemix = await get<{ runs: Named[] }>('/api/casemix-runs');
    expect(casemix.runs[0]).toMatchObject(zhang);
  });

  it('names who corrected a plan, in the plan and in its audit trail', async () => {
    const detail = await get<PlanDetail>(`/api/plans/${planId}`);
    expect(detail.corrections[0]).toMatchObject(zhang);
    expect(detail.revision.createdBy).toBe('张三');
    const audit = await get<{ entries: Array<Named & { action: string }> }>(
      `/api/plans/${planId}/audit`,
    );
    expect(audit.entries.find((entry) => entry.action === 'plan.correct')).toMatchObject(zhang);
  });

  it('lists the audit trail’s accounts by display name for the filter', async () => {
    const facets = await get<{ usernames: string[]; users: Array<Named> }>('/api/audit/facets');
    expect(facets.usernames).toContain('zhangsan');
    expect(facets.users).toContainEqual(zhang);
    const page = await get<{ entries: Named[] }>('/api/audit?username=zhangsan');
    expect(page.entries.length).toBeGreaterThan(0);
    for (const entry of page.entries) expect(entry).toMatchObject(zhang);
  });
});
