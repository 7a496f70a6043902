// Browser test of the DRG pages: log in, group a case in the form and read its trace, upload the sample
// file and check the downloaded .xlsx, open an ADRG's rules. Needs the web build in dist/web
// (`npx vite build --config vite.config.ts`) and Debian's Chromium.
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, resultPath, screenshot, startBrowserTest, type BrowserTest } from './browser';

const sampleFile = fileURLToPath(
  new URL('../../data/drg/samples/input_DRG_Python.txt', import.meta.url),
);

let session: BrowserTest;
let page: Page;

beforeAll(async () => {
  session = await startBrowserTest({ height: 900, timeoutMs: 15_000, acceptDownloads: true });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** Types into a catalogue picker and chooses the option that shows `option`. */
async function pick(label: string, typed: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

describe('DRG 分组', () => {
  it('groups a case in the form and shows the trace', async () => {
    await logIn(session, '/simulate/drg/group', /\/simulate\/drg\/group$/);

    await page.getByLabel('女').check();
    await page.getByLabel('年龄').fill('88');
    await page.getByLabel('住院天数').fill('94');
    await pick('主要诊断', 'K22.301', '食管破裂');
    await pick('其他诊断（按顺序）', '腮腺区肿物', 'K11.901');
    await page.keyboard.type('E11.900');
    await page.locator('.ant-select-item-option', { hasText: '2型糖尿病' }).first().click();
    await page.keyboard.press('Escape'); // a multiple picker stays open for the next code
    await pick('主要手术操作', '96.0800x005', '鼻十二指肠营养管置入术');
    await page.getByRole('button', { name: '分组', exact: true }).click();

    const trace = page.getByTestId('drg-trace');
    await trace.waitFor();
    expect(await page.getByTestId('drg-code').innerText()).toBe(
      'GZ13 其他消化系统诊断，伴并发症或合并症',
    );
    const steps = await trace.locator('li').allInnerTexts();
    expect(steps[0]).toContain('符合 MDCG 入组条件');
    expect(steps.join('\n')).toContain('K11.901（腮腺区肿物）属于 CC');
    await screenshot(page, 'drg.png');
  });

  it('uploads the sample file and downloads the grouped .xlsx', async () => {
    await page.getByRole('tab', { name: '批量分组' }).click();
    const download = page.waitForEvent('download');
    await page.locator('input[type=file]').setInputFiles(sampleFile);
    const file = await download;
    expect(file.suggestedFilename()).toBe('input_DRG_Python-DRG分组结果.xlsx');
    const saved = resultPath('drg-results.xlsx');
    await file.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const sheet = workbook.getWorksheet('分组结果');
    expect(sheet?.rowCount).toBe(31);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '22058878',
      '分组成功',
      'MDCG',
      'GZ1',
      'GZ13',
      '其他消化系统诊断，伴并发症或合并症',
      '',
    ]);
    expect(await page.getByTestId('status-counts').innerText()).toContain('分组成功 30 例');
    await page.getByTestId('status-pie').locator('canvas').waitFor();
    await screenshot(page, 'drg-batch.png');
  });

  it('shows an ADRG’s rules in Chinese with its code lists', async () => {
    await page.getByRole('tab', { name: '分组方案' }).click();
    await page.getByPlaceholder('按编码或名称筛选，例如 GZ1 或 消化').fill('GZ1');
    await page.keyboard.press('Enter');
    await page.getByText('GZ1 其他消化系统诊断', { exact: true }).click();
    const rules = page.getByTestId('adrg-rules');
    await rules.waitFor();
    const entry = /入组条件\s*主诊断属于 (L\d+) 表（\d+ 个编码）/.exec(await rules.innerText());
    expect(entry).not.toBeNull();
    const list = entry?.[1] ?? '';
    await rules.locator('.ant-collapse-header', { hasText: `${list} 表：` }).click();
    const table = page.getByTestId(`code-list-${list}`);
    await table.getByPlaceholder('按编码开头或名称筛选').fill('K22.301');
    await page.keyboard.press('Enter');
    await table.getByText('食管破裂', { exact: true }).waitFor();
  });
});
