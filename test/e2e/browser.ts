// Browser tests' common start: the whole server, Debian's Chromium with the flags a container needs, one page;
// logging in through the login page; screenshots and saved files under test-results/. A page that breaks the
// Content-Security-Policy fails the test at close.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server';

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

export interface BrowserTest {
  server: TestServer;
  page: Page;
  /** What the Content-Security-Policy blocked so far (should stay empty). */
  cspViolations: string[];
  close(): Promise<void>;
}

/** Starts the server (with `filesDir` for uploaded files when given) and a Chromium page in Chinese. */
export async function startBrowserTest(options: {
  filesDir?: string;
  height: number;
  timeoutMs: number;
  acceptDownloads?: boolean;
  /** Keep the first admin's must-change-password step (tests of the first login). */
  keepFirstLogin?: boolean;
}): Promise<BrowserTest> {
  const server = await startTestServer({
    ...(options.filesDir !== undefined ? { filesDir: options.filesDir } : {}),
    ...(options.keepFirstLogin ? { keepFirstLogin: true } : {}),
  });
  const browser = await chromium.launch({
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
  const page = await browser.newPage({
    viewport: { width: 1440, height: options.height },
    locale: 'zh-CN',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  page.setDefaultTimeout(options.timeoutMs);
  const cspViolations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /CSP violation|Content Security Policy/.test(text)) {
      cspViolations.push(text);
    }
  });
  return {
    server,
    page,
    cspViolations,
    async close() {
      await browser.close();
      await server.close();
      if (cspViolations.length > 0) {
        throw new Error(`the Content-Security-Policy blocked:\n${cspViolations.join('\n')}`);
      }
    },
  };
}

/** Opens `address`, is sent to the login page, logs in as the admin and lands back on `landing`. */
export async function logIn(test: BrowserTest, address: string, landing: RegExp): Promise<void> {
  const { page, server } = test;
  await page.goto(`${server.url}${address}`);
  await page.waitForURL(/\/login$/);
  await page.getByLabel('用户名').fill(server.admin.username);
  await page.getByLabel('密码').fill(server.admin.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(landing);
}

/** Where a file the test keeps (a screenshot, a download) goes: test-results/<name>. */
export function resultPath(name: string): string {
  mkdirSync(resultsDir, { recursive: true });
  return path.join(resultsDir, name);
}

/** A screenshot of the page as test-results/<name>. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await page.screenshot({ path: resultPath(name), fullPage: options.fullPage ?? false });
}
