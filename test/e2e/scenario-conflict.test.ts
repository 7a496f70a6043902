// Browser test of a scenario saved by someone else while it was open: the save is refused with who saved which
// version, nothing is overwritten, and 刷新 loads the version they saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, screenshot, startBrowserTest, type BrowserTest } from './browser';

let session: BrowserTest;
let page: Page;

beforeAll(async () => {
  session = await startBrowserTest({ height: 900, timeoutMs: 20_000 });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('测算方案同时修改', () => {
  it('refuses a save on a stale version with who saved what, and 刷新 loads it', async () => {
    const { server } = session;
    await logIn(session, '/simulate/scenarios', /\/simulate\/scenarios$/);
    const created = await page.request.post(`${server.url}/api/scenarios`, {
      data: { name: '两人同改', basedOn: 'banan-2017' },
    });
    const scenario = (await created.json()) as {
      id: number;
      scenario: { compensation: { floorRate: number } };
    };
    await page.goto(`${server.url}/simulate/scenarios/${scenario.id}`);
    await page.getByTestId('scenario-title').waitFor();

    // Someone else saves version 2 while the page holds version 1.
    const theirs = structuredClone(scenario.scenario);
    theirs.compensation.floorRate = 9500;
    const behind = await page.request.put(`${server.url}/api/scenarios/${scenario.id}`, {
      headers: { 'If-Match': '"1"' },
      data: { scenario: theirs, note: '按市里意见调高' },
    });
    expect(behind.status()).toBe(200);

    await page.getByLabel('补偿率须达到').fill('85');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByLabel('修改说明').fill('我的修改');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const conflict = page.getByTestId('scenario-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(
      /医改办管理员 于 .+ 保存了第 2 版（按市里意见调高）/,
    );
    await screenshot(page, 'scenario-stale-save.png');

    await conflict.getByRole('button', { name: '刷新' }).click();
    await page.getByText('第 2 版', { exact: true }).first().waitFor();
    expect(await page.getByLabel('补偿率须达到').inputValue()).toBe('95.00');
    const stored = (await (
      await page.request.get(`${server.url}/api/scenarios/${scenario.id}`)
    ).json()) as { version: number };
    expect(stored.version).toBe(2);
  });
});
