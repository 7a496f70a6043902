// Browser test of a UI that fits the role: anyone reads published plans at /public; the public role lands there;
// a department sees no bill data, uploads or imports; the office manages the unit registry.
// Needs the web build in dist/web and Debian's Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_UNITS, HEALTH_COMMISSION_UNIT } from '../../src/demo/units';
import { createAccount } from '../../src/server/auth/accounts';
import { publishPlan } from '../../src/store/plan-revisions';
import { importPlan } from '../../src/store/plans';
import { ensureUnits } from '../../src/store/units';
import { logIn, screenshot, startBrowserTest, type BrowserTest } from './browser';

let session: BrowserTest;
let page: Page;

const text =
  '关于推进公立医院改革的实施方案\n一、重点任务\n（一）推进药品耗材集中采购。（牵头单位：区医保局）\n';

beforeAll(async () => {
  session = await startBrowserTest({ height: 900, timeoutMs: 15_000 });
  page = session.page;
  const { store } = session.server;
  await ensureUnits(store, DEMO_UNITS);
  for (const [username, role, unitCode] of [
    ['citizen', 'public', null],
    ['dept', 'department', HEALTH_COMMISSION_UNIT],
  ] as const) {
    await createAccount(store, null, {
      username,
      displayName: username,
      password: 'password-1',
      role,
      unitCode,
    });
  }
  const plan = await importPlan(store, null, {
    fileName: 'plan.txt',
    format: 'txt',
    encoding: 'utf-8',
    content: new TextEncoder().encode(text),
    text,
  });
  const office = {
    id: 1,
    username: 'admin',
    displayName: 'admin',
    role: 'office',
    unitCode: 'OFFICE',
    unitName: '医改办',
  } as const;
  await publishPlan(store, office, plan.id, { baseVersion: plan.version });
});

afterAll(async () => {
  await session?.close();
});

async function logInAs(username: string, landing: RegExp): Promise<void> {
  await page.goto(`${session.server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('password-1');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(landing);
}

async function logOut(): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL(/\/(login|public)$/);
}

describe('rights in the web', () => {
  it('shows published plans to anyone at /public, and the public role lands there', async () => {
    await page.goto(`${session.server.url}/public`);
    await page.getByTestId('public-plans').locator('a').first().click();
    await page.waitForURL(/\/public\/plans\/\d+$/);
    await page.getByTestId('public-tasks').getByText('推进药品耗材集中采购').waitFor();
    expect(await page.getByRole('button', { name: '登录' }).count()).toBe(1);

    await logInAs('citizen', /\/public$/);
    expect(await page.getByTestId('current-user').innerText()).toBe('citizen');
    expect(await page.getByText('进入工作台').count()).toBe(0);
    await logOut();
  });

  it('shows a department only what it may use', async () => {
    await logInAs('dept', /\/plans$/);
    const menu = page.locator('.ant-layout-sider .ant-menu');
    await menu.locator('.ant-menu-item').first().waitFor();
    expect(await menu.locator('.ant-menu-item').allInnerTexts()).toEqual(['方案', '台账', '测算']);
    expect(await page.getByText('导入方案').count()).toBe(0);
    await menu.getByText('测算').click();
    await page.waitForURL(/\/simulate\/drg\/group$/);
    const area = page.getByRole('menu', { name: '测算导航' });
    expect(await area.getByText('账单数据').count()).toBe(0);
    await page.goto(`${session.server.url}/simulate/drg/weights`);
    await page.getByTestId('weight-tables').waitFor();
    expect(await page.getByRole('button', { name: /导入文件/ }).count()).toBe(0);
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
    await screenshot(page, 'roles-department.png');
    await logOut();
  });

  it('lets the office manage the unit registry', async () => {
    await logIn(session, '/units', /\/units$/);
    const row = page.getByTestId('units-table').locator('tr', { hasText: 'BN02' });
    await row.getByText('巴南区人民医院').waitFor();
    expect(await row.innerText()).toContain('三级');
    await row.getByRole('button', { name: '编辑' }).click();
    const dialog = page.locator('.ant-modal', { hasText: '修改单位' });
    await dialog.getByLabel('单位名称').fill('重庆市巴南区人民医院');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('units-table').getByText('重庆市巴南区人民医院').waitFor();
    await screenshot(page, 'roles-units.png');
  });
});
