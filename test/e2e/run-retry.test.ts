// Browser test of a run cut off by a restart: its page no longer says 完成, says why it failed, and 重新发起 starts
// a new run with the same scenario version and bill dataset, which then finishes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { failInterruptedWork, INTERRUPTED_MESSAGE } from '../../src/store/interrupted-work';
import { getScenarioVersion } from '../../src/store/scenarios';
import { insertSimulationRun } from '../../src/store/simulation-runs';
import { findUserByName } from '../../src/store/users';
import { logIn, screenshot, startBrowserTest, type BrowserTest } from './browser';
import { demoBills } from './demo-bills';

let session: BrowserTest;
let page: Page;
let filesDir: string;

beforeAll(async () => {
  filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-retry-'));
  session = await startBrowserTest({ filesDir, height: 900, timeoutMs: 30_000 });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  if (filesDir) rmSync(filesDir, { recursive: true, force: true });
});

describe('测算中断后', () => {
  it('shows the failure without 完成 and starts again with the same inputs', async () => {
    const { server } = session;
    await logIn(session, '/simulate/runs', /\/simulate\/runs$/);
    await demoBills(page, server.url, { lines: 3000, seed: 7 });
    const datasets = (await (await page.request.get(`${server.url}/api/bill-datasets`)).json()) as {
      datasets: Array<{ id: number; name: string }>;
    };
    const dataset = datasets.datasets[0];
    if (!dataset) throw new Error('expected the demo dataset');
    const created = await page.request.post(`${server.url}/api/scenarios`, {
      data: { name: '巴南中断测算', basedOn: 'banan-2017' },
    });
    const scenario = (await created.json()) as { id: number; version: number };

    // A run that was under way when the server stopped, failed at the next start as a restart does.
    const admin = await findUserByName(server.store, server.admin.username);
    if (!admin) throw new Error('expected the admin account');
    const chosen = await getScenarioVersion(server.store, scenario.id, scenario.version);
    const cut = await insertSimulationRun(server.store, admin.actor, {
      scenarioId: scenario.id,
      scenario: chosen.scenario,
      datasetId: dataset.id,
      datasetName: dataset.name,
      hospitalNames: {},
    });
    // Its instance stopped: the heartbeat is old, so the next start fails it.
    await server.store.query(
      `update simulation_runs set heartbeat_at = now() - interval '1 hour' where id = $1`,
      [cut.id],
    );
    await failInterruptedWork(server.store);

    await page.goto(`${server.url}/simulate/runs/${cut.id}`);
    const header = page.getByTestId('run-times');
    await header.waitFor();
    expect(await header.innerText()).not.toContain('完成');
    expect(await page.getByTestId('run-title').innerText()).toContain('失败');
    expect(await page.locator('.ant-alert-error').innerText()).toContain(INTERRUPTED_MESSAGE);
    await screenshot(page, 'run-interrupted.png');

    await page.getByRole('button', { name: '重新发起' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/simulate/runs/${cut.id}`));
    const newId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(newId).toBeGreaterThan(cut.id);
    await page.getByTestId('headline').waitFor({ timeout: 90_000 });
    expect(await header.innerText()).toContain('完成');
    const again = (await (
      await page.request.get(`${server.url}/api/simulation-runs/${newId}`)
    ).json()) as {
      scenarioId: number;
      scenarioVersion: number;
      datasetId: number;
      status: string;
    };
    expect(again).toMatchObject({
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      datasetId: dataset.id,
      status: 'done',
    });
  });
});
