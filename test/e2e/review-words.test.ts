// Browser test of what a reviewer reads: tasks the parser could not attribute marked 待核实 with the reason and
// a filter; a large plan's document fetched page by page as it scrolls, a task's line shown on click; DRG
// schemes and presets by their Chinese names, never their codes.
// Needs the web build in dist/web (`node scripts/build.mjs --web`) and Debian's Chromium.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { largePlanText } from '../helpers/large-plan';
import { logIn, startBrowserTest, type BrowserTest } from './browser';

const qinghe = readFileSync(
  new URL('../core/plan/fixtures/qinghe-2019-city-portal.txt', import.meta.url),
  'utf8',
);

let session: BrowserTest;
let page: Page;

beforeAll(async () => {
  session = await startBrowserTest({ height: 900, timeoutMs: 20_000 });
  page = session.page;
  await logIn(session, '/plans', /\/plans$/);
});

afterAll(async () => {
  await session?.close();
});

async function upload(name: string, text: string): Promise<void> {
  await page.goto(`${session.server.url}/plans`);
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.waitForURL(/\/plans\/\d+$/, { timeout: 90_000 });
}

describe('审核时看到的字', () => {
  it('marks the tasks to check as 待核实 with the reason, counts them in the tab, filters them', async () => {
    await upload('qinghe-2019.txt', qinghe);
    const tab = page.getByRole('tab', { name: /^任务 \(\d+，待核实 2\)$/ });
    await tab.click();
    const rows = page.locator('tr[data-task-ref]');
    const all = await rows.count();
    expect(all).toBeGreaterThan(2);
    const marks = page.getByTestId('needs-review');
    expect(await marks.count()).toBe(2);
    expect(await marks.first().innerText()).toContain('待核实');
    expect(await marks.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('原文没有写明责任单位')]),
    );
    await page.getByRole('checkbox', { name: /只看待核实/ }).check();
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole('checkbox', { name: /只看待核实/ }).uncheck();
    await expect.poll(() => rows.count()).toBe(all);
  });

  it('reads a large plan page by page: the end of the document arrives when scrolled to', async () => {
    const text = largePlanText(3 * 1024 * 1024);
    const lineCount = text.split('\n').length;
    await upload('large-plan.txt', text);
    const documentPane = page.getByTestId('document');
    await documentPane.locator('[data-line="40"]').waitFor();
    const last = documentPane.locator(`[data-line="${lineCount}"]`);
    expect(await last.count()).toBe(0);
    expect(await documentPane.locator('[data-line]').count()).toBeLessThan(2000);

    await documentPane.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
    // The pages near the bottom are fetched and drawn; estimated heights above settle as they do.
    await expect
      .poll(
        async () => {
          await documentPane.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
          return last.count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);

    // 在原文中查找 finds a line far from the screen: its page is fetched and the line is shown.
    const lines = text.split('\n');
    const annexLine = lines.findLastIndex((line) => line.startsWith('附件')) + 1;
    const annexTitle = lines[annexLine - 1] ?? '';
    await documentPane.evaluate((pane) => pane.scrollTo({ top: 0 }));
    await page.getByLabel('在原文中查找').fill(annexTitle.replace(/^附件\d+：/, ''));
    await page.getByLabel('在原文中查找').press('Enter');
    const foundLine = documentPane.locator(`.doc-line-highlight[data-line="${annexLine}"]`);
    await foundLine.waitFor();
    await expect.poll(() => foundLine.isVisible()).toBe(true);
    expect(await page.getByTestId('find-position').innerText()).toContain('第 1 / 1 处');

    // Back to a task near the top: clicking it fetches its page again if needed and shows its lines.
    await page.getByRole('tab', { name: /^任务/ }).click();
    await page.locator('tr[data-task-ref]').first().click();
    const highlighted = documentPane.locator('.doc-line-highlight').first();
    await highlighted.waitFor();
    await expect.poll(() => highlighted.isVisible()).toBe(true);
    const box = await highlighted.boundingBox();
    const pane = await documentPane.boundingBox();
    expect(box && pane && box.y >= pane.y && box.y < pane.y + pane.height).toBe(true);
  });

  it('names DRG schemes and presets in Chinese', async () => {
    await page.goto(`${session.server.url}/simulate/drg/scheme`);
    const select = page.getByTestId('scheme-select');
    await select.waitFor();
    expect(await select.innerText()).toContain('CHS-DRG 1.1（国家版）');
    await page.getByTestId('scheme-tree').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('chs-drg-1.1');
    await select.click();
    await page.locator('.ant-select-item-option', { hasText: '重庆 2022' }).waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`${session.server.url}/simulate/scenarios`);
    await page.getByTestId('preset-banan-2017').click();
    await page.getByRole('button', { name: '创建并编辑' }).click();
    await page.waitForURL(/\/simulate\/scenarios\/\d+$/);
    await page.goto(`${session.server.url}/simulate/scenarios`);
    const list = page.locator('.ant-table-row').first();
    await list.waitFor();
    expect(await list.innerText()).toContain('巴南区全面推开公立医院综合改革（2017）');
    expect(await page.locator('.ant-table').first().innerText()).not.toContain('banan-2017');
  });
});
