// Browser test of accounts: the first admin changes the printed password, creates an account (password shown once),
// reads 操作记录, opens the API documentation; the new account must change its password at first login.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startBrowserTest, type BrowserTest } from './browser';

let session: BrowserTest;
let page: Page;

beforeAll(async () => {
  session = await startBrowserTest({ height: 900, timeoutMs: 15_000, keepFirstLogin: true });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

async function logInAs(username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function changePassword(current: string, next: string): Promise<void> {
  await page.getByText('请先修改密码').waitFor();
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('再次输入新密码').fill(next);
  await page.getByRole('button', { name: '修改密码并进入' }).click();
}

describe('账号管理', () => {
  it('makes the first admin change the password, then manages accounts and reads the audit trail', async () => {
    const { server } = session;
    await page.goto(`${server.url}/plans`);
    await page.waitForURL(/\/login$/);
    await logInAs(server.admin.username, server.admin.password);
    await changePassword(server.admin.password, 'office-chosen-password');
    await page.waitForURL(/\/plans$/);

    await page.getByRole('menuitem', { name: '账号管理' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '新建账号' });
    await dialog.getByLabel('用户名').fill('wang');
    await dialog.getByLabel('姓名或称呼').fill('王科长');
    await dialog.getByLabel('所属单位').click();
    await page.keyboard.type('卫生健康');
    await page.locator('.ant-select-item-option', { hasText: '巴南区卫生健康委员会' }).click();
    await dialog.getByRole('button', { name: '创建' }).click();
    const shown = page.getByTestId('once-password');
    await shown.waitFor();
    const password = (await shown.innerText()).trim();
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    await screenshot(page, 'accounts-password-once.png');
    await page.getByRole('button', { name: '我已记下，关闭' }).click();
    const row = page.locator('tr', { hasText: 'wang' });
    await row.getByText('待改密码').waitFor();
    expect(await row.innerText()).toContain('巴南区卫生健康委员会');
    await screenshot(page, 'accounts.png');

    await page.getByRole('menuitem', { name: '操作记录' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await page.locator('td', { hasText: '新建账号' }).first().waitFor();
    expect(await page.locator('.ant-table-tbody').innerText()).toContain('修改密码');
    await screenshot(page, 'audit.png');

    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui .information-container').waitFor();
    await page.goto(`${server.url}/plans`);

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/login$/);
    await logInAs('wang', password);
    await changePassword(password, 'wang-own-password');
    await page.waitForURL(/\/plans$/);
    expect(await page.getByTestId('current-user').innerText()).toBe('王科长');
    expect(session.cspViolations).toEqual([]);
  });
});
