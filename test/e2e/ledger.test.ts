// Browser test of the ledger's main flow on the Kaizhou plan: publishing made its ledger; the health
// commission's account reports progress with a PDF and asks for closure; the office returns it with a reason;
// the department asks again; the office closes it. The ledger page and the item's history show each step.
// Needs the web build in dist/web and Debian's Chromium.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shanghaiDate } from '../../src/core/shared/calendar-date';
import { HEALTH_COMMISSION_UNIT } from '../../src/demo/units';
import { createAccount } from '../../src/server/auth/accounts';
import { publishPlan } from '../../src/store/plan-revisions';
import { importPlan } from '../../src/store/plans';
import { findUserByName } from '../../src/store/users';
import { screenshot, startBrowserTest, type BrowserTest } from './browser';

const kaizhou = readFileSync('src/demo/documents/kaizhou-2020-h2-reform-task-division.txt', 'utf8');

let session: BrowserTest;
let page: Page;
let folder: string;
let evidence: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'yigai-ledger-e2e-'));
  evidence = path.join(folder, '疾控改革方案印发文件.pdf');
  writeFileSync(evidence, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  session = await startBrowserTest({ height: 1000, timeoutMs: 15_000, filesDir: folder });
  page = session.page;
  const { store, admin } = session.server;
  await createAccount(store, null, {
    username: 'wjw',
    displayName: '卫健委联络员',
    password: 'password-1',
    role: 'department',
    unitCode: HEALTH_COMMISSION_UNIT,
  });
  const plan = await importPlan(store, null, {
    fileName: 'kaizhou.txt',
    format: 'txt',
    encoding: 'utf-8',
    content: new TextEncoder().encode(kaizhou),
    text: kaizhou,
  });
  const office = (await findUserByName(store, admin.username))?.actor;
  if (!office) throw new Error('no admin');
  await publishPlan(store, office, plan.id, { baseVersion: plan.version });
});

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function logInAs(username: string, password: string): Promise<void> {
  await page.goto(`${session.server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/(plans|ledger)/);
}

async function logOut(): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL(/\/(login|public)$/);
}

/** Waits until the item's state tag reads `name` (the page reloads the item after each move). */
const stateIs = (name: string) =>
  page
    .getByTestId('item-state')
    .filter({ hasText: new RegExp(`^${name}$`) })
    .waitFor();

async function move(button: string, reason?: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.locator('.ant-modal', { hasText: button });
  if (reason) await dialog.locator('textarea').fill(reason);
  await dialog.getByRole('button', { name: '确定' }).click();
  await page
    .locator('.ant-message-notice', { hasText: `已${button}` })
    .first()
    .waitFor();
}

describe('台账', () => {
  let itemAddress = '';

  it('a department reports progress with evidence and asks for closure', async () => {
    await logInAs('wjw', 'password-1');
    await page.getByRole('menuitem', { name: '台账' }).click();
    await page.waitForURL(/\/ledger$/);
    await page.getByRole('link', { name: /下半年重点工作任务分工/ }).click();
    await page.waitForURL(/\/ledger\/\d+$/);
    await page.getByText('共 26 项').waitFor();
    await page.getByLabel('只看本单位').check();
    await page.getByText(/^共 \d+ 项$/).waitFor();
    await page
      .getByTestId('missing-units')
      .getByText(/巴南区卫生健康委员会：\d+ 项未报/)
      .waitFor();
    await page.locator('.ant-table-row a').first().click();
    await page.waitForURL(/\/ledger\/items\/\d+$/);
    itemAddress = new URL(page.url()).pathname;
    await stateIs('未启动');
    // 申请销号 waits for evidence
    expect(await page.getByRole('button', { name: '申请销号' }).isDisabled()).toBe(true);

    const form = page.getByTestId('report-form');
    await form.getByLabel('进展情况').fill('已制定疾控体系改革工作方案，报区政府审定');
    await form.getByLabel('存在问题').fill('人员编制尚未落实');
    await form.getByLabel('下步打算').fill('12 月报区编委审议');
    await form.getByLabel('完成进度（%）').fill('80');
    await form.locator('input[type=file]').setInputFiles(evidence);
    await page
      .locator(
        '.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)',
      )
      .first()
      .waitFor();
    await form.getByRole('button', { name: '报送' }).click();
    await page.locator('.ant-message-notice', { hasText: '已报送' }).first().waitFor();
    await page.getByText('进展情况：已制定疾控体系改革工作方案，报区政府审定').waitFor();
    await stateIs('推进中');
    await page.getByRole('link', { name: '疾控改革方案印发文件.pdf' }).first().waitFor();

    await move('申请销号');
    await stateIs('申请销号');
    await logOut();
  });

  it('the office returns the request, the department asks again, the office closes it', async () => {
    await logInAs(session.server.admin.username, session.server.admin.password);
    await page.goto(`${session.server.url}${itemAddress}`);
    await move('退回销号申请', '请补充区编委的批复文件');
    await stateIs('推进中');
    await page.getByText('销号申请被退回：请补充区编委的批复文件').waitFor();
    await logOut();

    await logInAs('wjw', 'password-1');
    await page.goto(`${session.server.url}${itemAddress}`);
    await move('申请销号', '已补充批复');
    await logOut();

    await logInAs(session.server.admin.username, session.server.admin.password);
    await page.goto(`${session.server.url}${itemAddress}`);
    await move('同意销号');
    await stateIs('已销号');
    for (const note of ['退回销号申请：申请销号 → 推进中', '同意销号：申请销号 → 已销号']) {
      await page.getByText(note, { exact: false }).first().waitFor();
    }
    await screenshot(page, 'ledger-item-closed.png', { fullPage: true });

    await page.getByRole('link', { name: /下半年重点工作任务分工/ }).click();
    await page.waitForURL(/\/ledger\/\d+$/);
    await page.getByTestId('ledger-states').waitFor();
    await page.locator('.ant-table-row .ant-tag', { hasText: '已销号' }).first().waitFor();
    const closed = await page.locator('.ant-table-row .ant-tag', { hasText: '已销号' }).count();
    expect(closed).toBe(1);
    await screenshot(page, 'ledger.png', { fullPage: true });
    await logOut();
  });

  it('the office issues a 督办单; unanswered past its date it escalates; the late reply is marked', async () => {
    await logInAs(session.server.admin.username, session.server.admin.password);
    await page.goto(
      `${session.server.url}${itemAddress.replace(/\d+$/, (id) => String(Number(id) + 1))}`,
    );
    await page.getByTestId('issue-notice').click();
    const dialog = page.locator('.ant-modal', { hasText: '督办 / 催办' });
    await dialog.getByLabel('督办要求').fill('请于期限内报送传染病监测预警系统建设进展');
    const picker = dialog.getByLabel('回复期限');
    await picker.click();
    await picker.fill(shanghaiDate(new Date()));
    // Enter takes the typed date and, as in any form, sends it
    await picker.press('Enter');
    await page.locator('.ant-message-notice', { hasText: '已发出督办单' }).first().waitFor();
    await page
      .getByTestId('notices')
      .getByText('要求：请于期限内报送传染病监测预警系统建设进展')
      .waitFor();

    // a week later, no reply: move the date back, as a week's wait would
    await session.server.store.query(`update ledger_notices set reply_by = reply_by - 7`);
    await page.getByRole('link', { name: /下半年重点工作任务分工/ }).click();
    await page.getByTestId('late-notices').getByText('督办回复逾期 1 件').waitFor();
    await page.getByTestId('notification-bell').click();
    await page
      .locator('.ant-drawer')
      .getByText(/至今未回复/)
      .waitFor();
    await page.keyboard.press('Escape');
    await logOut();

    await logInAs('wjw', 'password-1');
    await page.getByTestId('notification-bell').click();
    await page
      .locator('.ant-drawer')
      .getByText(/发出督办单：请于期限内报送/)
      .first()
      .click();
    await page.waitForURL(/\/ledger\/items\/\d+$/);
    await page.getByPlaceholder('填写办理情况').fill('监测预警平台已完成招标');
    await page.getByRole('button', { name: '回复' }).click();
    await page.locator('.ant-message-notice', { hasText: '已回复' }).first().waitFor();
    await page
      .getByTestId('notices')
      .getByText(/办理情况：监测预警平台已完成招标/)
      .waitFor();
    expect(await page.getByTestId('notices').getByText('回复逾期').count()).toBe(1);
    await screenshot(page, 'ledger-supervision.png', { fullPage: true });
  });
});
