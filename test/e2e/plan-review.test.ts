// Browser test of the plan flow: log in, import the Kaizhou plan, review and correct a task, re-parse, publish;
// then 新建修订, a stale edit refused with 刷新, 修订对比, publish revision 2 and 撤回; and create a scenario from
// the mechanisms the plan states.
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

/** The publish dialog of revision `number`. */
const publishDialog = (number: number) =>
  page.locator('.ant-modal', { hasText: `发布修订 ${number}？` });

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
    await publishDialog(1).getByRole('button', { name: '发布' }).click();
    await waitForMessage('方案已发布');
    expect(await page.getByTestId('plan-status').innerText()).toBe('已发布');
    expect(await page.getByRole('button', { name: '重新解析' }).count()).toBe(0);

    await taskThree().locator('td').nth(2).click();
    await page
      .locator('.ant-message-notice')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 });
    await page.waitForTimeout(500);
    await screenshot(page, 'plan-review.png');
  });

  it('revises the published plan, refuses a stale edit, shows the diff, publishes and withdraws', async () => {
    const planId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('button', { name: '新建修订' }).click();
    await waitForMessage('已新建修订');
    expect(await page.getByTestId('revision-select').innerText()).toContain('修订 2（草稿）');

    // Someone else changes task (三) after this page loaded it.
    const api = `${session.server.url}/api/plans/${planId}`;
    const loaded = (await (await page.request.get(api)).json()) as {
      version: number;
      plan: { tasks: Array<{ key: string; ref: string }> };
    };
    const three = loaded.plan.tasks.find((task) => task.ref.includes('三'));
    const behind = await page.request.post(`${api}/corrections`, {
      headers: { 'If-Match': `"${loaded.version}"` },
      data: { op: 'setTask', taskKey: three?.key, fields: { co: ['区财政局'] } },
    });
    expect(behind.status()).toBe(200);

    await openTab(/^任务/);
    await taskThree().getByRole('button', { name: '编辑' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '编辑任务' });
    await dialog.getByLabel('牵头单位').click();
    await page.keyboard.type('区医保局');
    await page.keyboard.press('Enter');
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    const conflict = page.getByTestId('plan-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(/医改办管理员 于 .+ 修改了任务.+的配合单位/);
    await screenshot(page, 'plan-stale-edit.png');
    await conflict.getByRole('button', { name: '刷新' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await taskThree().innerText()).toContain('区财政局');

    // Now the edit goes through on the refreshed plan.
    await taskThree().getByRole('button', { name: '编辑' }).click();
    await dialog.getByLabel('牵头单位').click();
    await page.keyboard.type('区医保局');
    await page.keyboard.press('Enter');
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await waitForMessage('已保存任务');
    expect(await leadTags(taskThree())).toContain('区医保局');

    await openTab(/^修订对比/);
    const diff = page.getByTestId('revision-diff');
    await diff.getByText('任务：新增 0，删除 0，修改 1').waitFor();
    expect(await diff.innerText()).toContain('牵头单位');
    expect(await diff.innerText()).toContain('配合单位');
    await screenshot(page, 'plan-revision-diff.png');

    await page.getByRole('button', { name: '发布' }).click();
    await publishDialog(2).getByRole('button', { name: '发布' }).click();
    await waitForMessage('方案已发布');
    expect(await page.getByTestId('revision-select').innerText()).toContain('修订 2（当前发布）');

    await page.getByRole('button', { name: '撤回' }).click();
    const withdraw = page.locator('.ant-modal', { hasText: '撤回这份方案' });
    await withdraw.getByLabel('撤回理由').fill('已被新的实施方案取代');
    await withdraw.getByRole('button', { name: '撤回' }).click();
    await waitForMessage('方案已撤回');
    expect(await page.getByTestId('plan-status').innerText()).toBe('已撤回');
    expect(await page.getByTestId('withdrawn-note').innerText()).toContain('已被新的实施方案取代');
  });

  it('creates a scenario from the plan, showing what the plan states and what is to fill', async () => {
    await page.getByRole('button', { name: '根据方案创建测算方案' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '根据方案创建测算方案' });
    const read = dialog.getByTestId('plan-mechanisms');
    await read.waitFor();
    expect(await read.innerText()).toContain('区人民医院、区中医院');
    expect(await read.innerText()).toContain('城乡居民医保人均财政补助增加 30 元');
    await dialog.getByRole('button', { name: '创建并编辑' }).click();
    await page.waitForURL(/\/simulate\/scenarios\/\d+$/);
    await page.getByTestId('based-on-plan').waitFor();
    await openTab(/^取值依据/);
    const table = page.getByTestId('provenance-table');
    await table.waitFor();
    expect(await table.innerText()).toContain('方案未写取消加成后的补偿办法');
  });
});
