// Browser test of 权重表 and DRG 付费测算: import the built-in Yancheng table, run DRG payment on a small demo
// bill dataset with a progress bar, see the hospital comparison and one hospital's DRGs. Needs the web build in
// dist/web (`npx vite build --config vite.config.ts`) and Debian's Chromium.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, screenshot, startBrowserTest, type BrowserTest } from './browser';
import { demoBills } from './demo-bills';

let session: BrowserTest;
let page: Page;

beforeAll(async () => {
  session = await startBrowserTest({
    filesDir: mkdtempSync(path.join(tmpdir(), 'yigai-e2e-')),
    height: 1000,
    timeoutMs: 20_000,
  });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** Opens an antd select by its form label and picks the first option containing `text`. */
async function choose(testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option', { hasText: text }).first().click();
}

describe('DRG 付费测算', () => {
  it('imports the Yancheng table and compares DRG with fee-for-service per hospital', async () => {
    await logIn(session, '/simulate/drg/weights', /\/simulate\/drg\/weights$/);

    await page.getByRole('button', { name: '导入内置盐城权重表' }).click();
    await page.getByLabel('一级医院系数（可不填）').fill('0.8');
    await page.getByTestId('builtin-submit').click();
    const tables = page.getByTestId('weight-tables');
    await tables.getByRole('cell', { name: '盐城市', exact: true }).waitFor();
    await tables.getByRole('button', { name: '查看' }).first().click();
    await page.getByTestId('weight-search').locator('input').fill('GZ1');
    await page.getByTestId('weight-search').locator('input').press('Enter');
    await page.getByTestId('weight-table-view').getByText('GZ13').first().waitFor();

    await demoBills(page, session.server.url, { lines: 8000, seed: 11 });
    await page.getByRole('tab', { name: 'DRG 付费测算' }).click();
    await page.waitForURL(/\/simulate\/drg\/payment$/);
    await choose('payment-dataset', '演示账单');
    await choose('payment-table', '盐城市 2023 年');
    await page.getByTestId('payment-run').click();
    await page.getByTestId('job-progress').waitFor();

    const table = page.getByTestId('hospital-table');
    await table.waitFor({ timeout: 90_000 });
    await page.getByTestId('hospital-chart').locator('canvas').waitFor();
    const rows = table.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    expect(await table.innerText()).toContain('巴南区人民医院');

    // one hospital's gain or loss by DRG
    await rows.filter({ hasText: '巴南区人民医院' }).locator('.ant-table-row-expand-icon').click();
    const groups = page.getByTestId('groups-BN02');
    await groups.locator('tbody tr.ant-table-row').first().waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'drg-payment.png', { fullPage: true });
  });

  it('derives a weight table from the same bills and shows the method', async () => {
    await page.getByRole('tab', { name: '权重表' }).click();
    await page.getByRole('button', { name: '由账单测算' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('账单数据集').click();
    await page.locator('.ant-select-item-option', { hasText: '演示账单' }).first().click();
    await dialog.getByLabel('统筹区').fill('巴南区');
    await dialog.getByLabel('基础费率（元）').fill('6000');
    expect(await dialog.getByLabel('年度权数').inputValue()).toBe('1:2:7');
    await dialog.getByTestId('derive-submit').click();
    await dialog.getByTestId('method-steps').waitFor({ timeout: 90_000 });
    expect(await dialog.getByTestId('method-steps').innerText()).toContain('1:2:7');
    await screenshot(page, 'drg-weights-derive.png');
  });
});
