// Browser tests' bill data: a demo bill dataset generated through the API with the page's session.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Starts the generation and waits until the dataset is ready (or fails the test). */
export async function demoBills(
  page: Page,
  serverUrl: string,
  settings: { lines: number; seed: number },
): Promise<void> {
  const started = await page.request.post(`${serverUrl}/api/bill-datasets/demo`, {
    data: settings,
  });
  expect(started.status()).toBe(202);
  const { job } = (await started.json()) as { job: { id: string } };
  for (let i = 0; i < 600; i++) {
    const polled = (await (await page.request.get(`${serverUrl}/api/jobs/${job.id}`)).json()) as {
      status: string;
    };
    if (polled.status === 'done') return;
    if (polled.status === 'failed') throw new Error('demo bills failed');
    await page.waitForTimeout(200);
  }
  throw new Error('demo bills did not finish');
}
