// Browser test of the plan flow: log in, import the Kaizhou plan, review and correct a task, re-parse, publish.
// Needs the web build in dist/web (`npx vite build --config vite.config.ts`) and Debian's Chromium.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { logIn, screenshot, startBrowserTest, type BrowserTest } from './browser';

const kaizhou = fileURLToPath(
  new URL('../../src/demo/documents/kaizhou-2020-h2-reform-task-division.txt', import.meta.url),
);

let session: BrowserTest;
let page: Page;

beforeAll(async () => {
  session = await startBrowserTest({ height: 900, timeoutMs: 15_000 });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** Task （三） of the Kaizhou plan; the document writes its number with half-width brackets. */
const taskThree = () => page.locator('tr[data-task-ref="(三)"], tr[data-task-ref="（三）"]');

/** The confirm dialog that is open now (antd modal.confirm). */
const confirmDialog = () => page.locator('.ant-modal-confirm');

async function openTab(name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

async function waitForMessage(text: string): Promise<void> {
  await page.locator('.ant-message-notice', { hasText: text }).first().waitFor();
}

async function leadTags(row: Locator): Promise<string[]> {
  return row.locator('td').nth(3).locator('.ant-tag').allInnerTexts();
}

describe('方案审核', () => {
  it('imports, corrects, re-parses and publishes a plan', async () => {
    await logIn(session, '/plans', /\/plans$/);
    expect(await page.getByTestId('current-role').innerText()).toBe('医改办');

    await page.locator('input[type=file]').setInputFiles(kaizhou);
    await page.waitForURL(/\/plans\/\d+$/, { timeout: 60_000 });
    await page.getByRole('tab', { name: '任务 (26)' }).waitFor();

    await openTab(/^任务/);
    expect(await page.locator('tr[data-task-ref]').count()).toBe(26);

    // Clicking a task shows its paragraph in the document.
    await taskThree().locator('td').nth(2).click();
    const highlighted = page.locator('.doc-line-highlight');
    await highlighted.first().waitFor();
    expect(await highlighted.first().innerText()).toContain('健全公共卫生应急物资保障体系');
    await page.waitForTimeout(600);
    const pane = await page.getByTestId('document').boundingBox();
    const line = await highlighted.first().boundingBox();
    expect(pane && line && line.y >= pane.y && line.y < pane.y + pane.height).toBe(true);

    // The portal's furniture above the notice (导航, the repeated title, 字体) is hidden until asked for.
    const documentPane = page.getByTestId('document');
    expect(await documentPane.locator('[data-line="1"]').count()).toBe(0);
    const furnitureSwitch = page.getByRole('switch', { name: '显示网页栏目等非正文内容' });
    await furnitureSwitch.click();
    const firstLine = documentPane.locator('[data-line="1"].doc-line-furniture');
    await firstLine.waitFor();
    expect(await firstLine.innerText()).toContain('导航');
    await furnitureSwitch.click();
    await firstLine.waitFor({ state: 'detached' });

    // Edit its lead units: add 区应急局.
    await taskThree().getByRole('button', { name: '编辑' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '编辑任务' });
    await dialog.getByLabel('牵头单位').click();
    await page.keyboard.type('区应急局');
    await page.keyboard.press('Enter');
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await waitForMessage('已保存任务');
    expect(await leadTags(taskThree())).toContain('区应急局');

    await openTab(/^修订记录/);
    const corrections = page.getByTestId('corrections');
    expect(await corrections.innerText()).toContain('区应急局');

    // Re-parse keeps the correction.
    await page.getByRole('button', { name: '重新解析' }).click();
    await confirmDialog().getByRole('button', { name: '重新解析' }).click();
    await waitForMessage('已重新解析');
    await openTab(/^任务/);
    expect(await leadTags(taskThree())).toContain('区应急局');

    // Publish.
    await page.getByRole('button', { name: '发布' }).click();
    await confirmDialog().getByRole('button', { name: '发布' }).click();
    await waitForMessage('方案已发布');
    expect(await page.getByTestId('plan-status').innerText()).toBe('已发布');

    await taskThree().locator('td').nth(2).click();
    await page
      .locator('.ant-message-notice')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 });
    await page.waitForTimeout(500);
    await screenshot(page, 'plan-review.png');
  });
});
