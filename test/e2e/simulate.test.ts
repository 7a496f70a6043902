// Browser test of 测算: generate demo bills with the progress bar, create a scenario from the Banan preset,
// run it, read the conditions, the waterfall and the disease table, and download the .xlsx and .docx.
// Needs the web build in dist/web (`npx vite build --config vite.config.ts`) and Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server';

const results = fileURLToPath(new URL('../../test-results/', import.meta.url));

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let page: Page;
let filesDir: string;

beforeAll(async () => {
  filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-simulate-'));
  server = await startTestServer({ filesDir });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  page.setDefaultTimeout(20_000);
  mkdirSync(results, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (filesDir) rmSync(filesDir, { recursive: true, force: true });
});

/** Opens an antd Select by its label and picks the option whose text contains `option`. */
async function choose(label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

describe('改革测算', () => {
  it('generates demo bills with a progress bar', async () => {
    await page.goto(`${server.url}/simulate`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel('用户名').fill(server.admin.username);
    await page.getByLabel('密码').fill(server.admin.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/simulate\/runs$/);

    await page.getByRole('menuitem', { name: '账单数据' }).click();
    await page.waitForURL(/\/simulate\/datasets$/);
    await page.locator('#demo-lines').fill('20000');
    await page.getByRole('button', { name: '生成演示账单' }).click();
    await page.getByTestId('job-progress').first().waitFor();
    await page.screenshot({ path: `${results}simulate-datasets-progress.png` });

    const row = page.locator('[data-testid=dataset-table] tr', {
      hasText: '演示账单（20,000 行）',
    });
    await row.getByText('可用').waitFor({ timeout: 90_000 });
    expect(await row.innerText()).toContain('20,000');
    await page.getByText('账单文件格式').click();
    await page.getByTestId('bill-format').getByText('encounter_id').waitFor();
    await page.screenshot({ path: `${results}simulate-datasets.png`, fullPage: true });
  });

  it('shows which columns are missing when an uploaded file has the wrong ones', async () => {
    const bad = path.join(filesDir, '错误的账单.csv');
    writeFileSync(bad, 'encounter_id,amount_fen\nE1,100\n');
    await page.locator('input[type=file]').setInputFiles(bad);
    const failure = page.getByTestId('dataset-failure');
    await failure.waitFor({ timeout: 30_000 });
    const text = await failure.innerText();
    expect(text).toContain('缺少列');
    expect(text).toContain('person_id');
    await page.getByTestId('bill-format').waitFor();
    await page.screenshot({ path: `${results}simulate-datasets-failed.png`, fullPage: true });
  });

  it('downloads the Chinese template and reads it back saved in GBK, saying how it read the file', async () => {
    const link = page.getByTestId('template-links').getByText('CSV（中文表头，金额以元计）');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const templatePath = path.join(filesDir, 'template.csv');
    await download.saveAs(templatePath);
    const template = readFileSync(templatePath, 'utf8').replace(/^\ufeff/, '');
    expect(template.startsWith('就诊流水号,人员编号,')).toBe(true);
    // As Excel on a Chinese Windows saves a CSV: GBK, no BOM.
    const gbk = path.join(filesDir, '医院导出-GBK.csv');
    writeFileSync(gbk, iconv.encode(template, 'gbk'));
    await page.locator('input[type=file]').first().setInputFiles(gbk);
    const intake = page.getByTestId('dataset-intake');
    await intake.waitFor({ timeout: 30_000 });
    const text = await page.getByTestId('dataset-scan').innerText();
    expect(text).toContain('GBK（GB18030）');
    expect(text).toContain('中文表头');
    expect(text).toMatch(/可用于测算 3 行|共 3 行明细/);
    await page.screenshot({ path: `${results}simulate-datasets-gbk.png`, fullPage: true });
  });

  it('creates a scenario from the Banan preset and shows where values come from', async () => {
    await page.getByRole('menuitem', { name: '测算方案' }).click();
    await page.getByTestId('preset-banan-2017').click();
    await page.getByRole('button', { name: '创建并编辑' }).click();
    await page.waitForURL(/\/simulate\/scenarios\/\d+$/);
    await page.getByTestId('scenario-title').waitFor();
    expect(await page.getByTestId('assumption-mark').count()).toBeGreaterThan(0);
    expect(await page.getByLabel('补偿率须达到').inputValue()).toBe('90.00');
    await page.screenshot({ path: `${results}simulate-scenario.png`, fullPage: true });
  });

  it('edits the scenario, checks the JSON and saves a new version with a note', async () => {
    await page.getByText('医保报销政策', { exact: true }).click();
    await page.getByRole('tab', { name: '改革后报销政策' }).click();
    const rules = page.getByTestId('rules-after');
    await rules.waitFor();
    await rules.locator('.ant-table-row-expand-icon').first().click();
    await rules.getByRole('button', { name: '添加定额项目' }).first().waitFor();
    await page.screenshot({ path: `${results}simulate-scenario-rules.png`, fullPage: true });

    await page.getByLabel('补偿率须达到').fill('85');
    await page.getByRole('tab', { name: '高级（JSON）' }).click();
    const json = page.getByLabel('测算方案 JSON');
    expect(await json.inputValue()).toContain('"floorRate": 8500');
    await json.press('Control+End');
    await json.press('Backspace');
    await page.getByTestId('json-problems').waitFor();
    await json.press('Control+End');
    await json.type('}');
    await page.getByText('JSON 有效，已应用到表单').waitFor();
    await page.screenshot({ path: `${results}simulate-scenario-json.png` });

    await page.getByRole('tab', { name: '主要参数' }).click();
    await page.getByText('调价表', { exact: true }).click();
    const schedule = page.getByTestId('price-schedule');
    await schedule.waitFor();
    const itemCount = async () =>
      Number(/调价表共 (\d+) 项/.exec(await page.getByText(/调价表共 \d+ 项/).innerText())?.[1]);
    const itemsBefore = await itemCount();
    await page.getByRole('button', { name: '从 Excel/CSV 导入' }).click();
    const header = '项目编码,医院等级,新价格（元）,执行日期,截止日期,医保类别';
    const upload = (name: string, lines: string[]) =>
      page.locator('.ant-modal input[type=file]').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from([header, ...lines].join('\n'), 'utf8'),
      });
    await upload('调价表-有误.csv', [
      'E2E-BED,三级,45.5,2017-09-01,,甲',
      'E2E-NURSE,四级,12.345,2017-13-01,,',
    ]);
    const failure = page.getByTestId('upload-error');
    await failure.getByText('第 3 行', { exact: false }).first().waitFor();
    expect(await failure.innerText()).toContain('医院等级');
    await page.screenshot({ path: `${results}simulate-price-import-error.png` });
    await upload('调价表.csv', ['E2E-BED,三级,45.5,2017-09-01,,甲']);
    await page.getByTestId('upload-error').waitFor({ state: 'detached' });
    await page.getByTestId('price-import-mode').waitFor({ state: 'detached' });
    await page.getByText(`调价表共 ${itemsBefore + 1} 项`).waitFor();
    await page.getByLabel('按项目编码查找').fill('E2E-BED');
    await schedule.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await schedule.locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.screenshot({ path: `${results}simulate-price-schedule.png`, fullPage: true });
    await page.getByLabel('按项目编码查找').fill('');

    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByLabel('修改说明').fill('补偿率按 85% 试算');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('第 2 版', { exact: true }).first().waitFor();
    await page.getByRole('tab', { name: /版本记录/ }).click();
    const versions = page.getByTestId('scenario-versions');
    await versions.getByText('补偿率按 85% 试算').waitFor();
    expect(await versions.locator('tbody tr.ant-table-row').count()).toBe(2);
  });

  it('runs the scenario and shows the conditions, waterfall and disease table', async () => {
    await page.getByRole('button', { name: '按此测算方案测算' }).click();
    await page.waitForURL(/\/simulate\/runs\?scenario=\d+$/);
    await choose('账单数据', '演示账单（20,000 行） — ');
    await page.getByRole('button', { name: '开始测算' }).click();
    await page.getByTestId('job-progress').waitFor();
    await page.screenshot({ path: `${results}simulate-run-progress.png` });
    await page.waitForURL(/\/simulate\/runs\/\d+$/, { timeout: 120_000 });

    const conditions = page.getByTestId('conditions');
    await conditions.waitFor();
    const text = await conditions.innerText();
    for (const title of ['公立医院良性运行', '医保基金可承受', '群众整体负担不增加'])
      expect(text).toContain(title);
    expect(text).toMatch(/满足/);
    await page.getByTestId('waterfall-chart').locator('canvas').waitFor();
    await page.getByTestId('oop-chart').locator('canvas').waitFor();
    const diseases = page.getByTestId('disease-table').locator('tbody tr.ant-table-row');
    expect(await diseases.count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${results}simulate-result.png`, fullPage: true });
    await conditions.screenshot({ path: `${results}simulate-conditions.png` });
    await page.getByTestId('waterfall').screenshot({ path: `${results}simulate-waterfall.png` });
    await page.getByTestId('waterfall').getByText('全部医院').click();
    await page.getByTestId('waterfall').locator('canvas').nth(9).waitFor();
    await page
      .getByTestId('waterfall')
      .screenshot({ path: `${results}simulate-waterfall-all.png` });
    await page.getByTestId('oop-distribution').screenshot({ path: `${results}simulate-oop.png` });
    await page.getByTestId('disease-table').screenshot({ path: `${results}simulate-diseases.png` });
  });

  it('downloads the result as .xlsx and the analysis report as .docx', async () => {
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    const xlsx = `${results}simulate-result.xlsx`;
    await xlsxDownload.saveAs(xlsx);
    expect(statSync(xlsx).size).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    const firstSheet = workbook.worksheets[0];
    expect(firstSheet?.rowCount ?? 0).toBeGreaterThan(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出测算分析报告（Word）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/测算分析报告\.docx$/);
    const docx = `${results}simulate-report.docx`;
    await download.saveAs(docx);
    expect(statSync(docx).size).toBeGreaterThan(0);
    const listing = execFileSync('unzip', ['-l', docx], { encoding: 'utf8' });
    expect(listing).toContain('word/document.xml');
    expect(listing).toMatch(/word\/media\/.+\.png/);
  });

  it('lists the run with its headline figures', async () => {
    await page.getByRole('menuitem', { name: '改革测算' }).click();
    const list = page.getByTestId('run-list');
    await list.getByText('/3 满足').waitFor();
    await list.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${results}simulate-runs.png`, fullPage: true });
  });
});
