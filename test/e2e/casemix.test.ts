// Browser test of case-mix monitoring: demo bills through the API, a run started in the page with its progress
// bar, the CMI ranking, drill-down from a hospital to its DRGs and to the cases of one DRG. Needs the web build
// in dist/web (`npx vite build --config vite.config.ts`) and Debian's Chromium.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, screenshot, startBrowserTest, type BrowserTest } from './browser';
import { demoBills } from './demo-bills';

let session: BrowserTest;

beforeAll(async () => {
  session = await startBrowserTest({
    filesDir: mkdtempSync(path.join(tmpdir(), 'yigai-e2e-casemix-')),
    height: 1000,
    timeoutMs: 30_000,
  });
});

afterAll(async () => {
  await session?.close();
});

describe('病例组合指数', () => {
  it('runs case-mix on demo bills, ranks the hospitals and drills down to cases', async () => {
    const { page, server } = session;
    await logIn(session, '/monitor', /\/monitor\/casemix$/);
    await page.getByText('还没有可用的账单数据').waitFor();

    await demoBills(page, server.url, { lines: 20000, seed: 17 });
    await page.reload();

    await page.getByRole('button', { name: '开始计算' }).click();
    await page.getByTestId('casemix-progress').waitFor();
    const ranking = page.getByTestId('casemix-ranking');
    await ranking.waitFor();
    const rows = ranking.locator('tbody tr');
    expect(await rows.count()).toBe(10);
    const first = await rows.first().locator('td').allInnerTexts();
    expect(first[0]).toBe('1');
    expect(Number(first[3])).toBeGreaterThan(0.5);
    await page.getByTestId('casemix-ranking-chart').locator('canvas').waitFor();
    await screenshot(page, 'casemix.png', { fullPage: true });

    await rows.filter({ hasText: '巴南区人民医院' }).click();
    const drgs = page.getByTestId('casemix-drgs');
    await drgs.locator('tbody tr').first().waitFor();
    const drgRow = drgs.locator('tbody tr').first();
    const drgCode = (await drgRow.locator('td').first().innerText()).trim();
    await drgRow.click();
    const cases = page.getByTestId('casemix-cases');
    await cases.locator('tbody tr').first().waitFor();
    expect(await cases.innerText()).toContain('住院号');
    expect(await page.getByTestId('casemix-drilldown').innerText()).toContain(drgCode);
    await cases.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await screenshot(page, 'casemix-cases.png', { fullPage: true });

    await page.getByRole('tab', { name: '月度趋势' }).click();
    await page.getByTestId('casemix-trend-chart').locator('canvas').waitFor();
  });
});
