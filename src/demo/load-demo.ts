// The demo step: the demo units, the five plan documents shipped in demo/documents imported and published, demo
// accounts, and the demo scenario. Idempotent. Only on the embedded database, unless asked for on a server (--demo).
import { readdirSync, readFileSync } from 'node:fs';
import { conflict } from '../core/shared/errors';
import { roleNames } from '../core/shared/roles';
import { packagePath } from '../package-root';
import { readPlanDocument } from '../documents/read-document';
import { createAccount } from '../server/auth/accounts';
import { publishPlan } from '../store/plan-revisions';
import { findPlanByContent, importPlan } from '../store/plans';
import type { Store } from '../store/sql';
import { findUserByName } from '../store/users';
import { demoAccounts } from './accounts';
import { ensureUnits } from '../store/units';
import { DEMO_UNITS } from './units';
import { loadDemoScenario, type DemoScenarioReport } from './load-demo-scenario';

const documentsFolder = packagePath('src/demo/documents/');

export interface DemoReport {
  plans: Array<{ id: number; fileName: string; title: string | null; created: boolean }>;
  accounts: Array<{ username: string; password: string; role: string; created: boolean }>;
  scenario: DemoScenarioReport | null;
}

/**
 * Demo accounts share the published password yigai-demo: they belong in the embedded database of a try-out,
 * never in a PostgreSQL server (a real office's database) unless the operator asks for them with --demo.
 */
export const demoAllowed = (store: Store, onServer: boolean): boolean =>
  store.engine === 'pglite' || onServer;

export const demoRefusedOnServer =
  '数据库是 PostgreSQL 服务器（正式使用的数据库）：不导入演示数据，也不创建演示账号（演示账号的密码 yigai-demo 是公开的）。' +
  '确需在这台服务器上演示时，加 --demo 再运行。';

export interface LoadDemoOptions {
  /** Load the demo into a PostgreSQL server too (the --demo option); default false. */
  onServer?: boolean;
}

export async function loadDemo(store: Store, options: LoadDemoOptions = {}): Promise<DemoReport> {
  if (!demoAllowed(store, options.onServer ?? false)) throw conflict(demoRefusedOnServer);
  const report: DemoReport = { plans: [], accounts: [], scenario: null };
  await ensureUnits(store, DEMO_UNITS);
  for (const account of demoAccounts) {
    const exists = (await findUserByName(store, account.username)) !== null;
    if (!exists) await createAccount(store, null, account);
    report.accounts.push({
      username: account.username,
      password: account.password,
      role: roleNames[account.role],
      created: !exists,
    });
  }
  const office = await findUserByName(store, 'office');
  const files = readdirSync(documentsFolder)
    .filter((name) => /\.(txt|docx|pdf)$/.test(name))
    .sort();
  for (const fileName of files) {
    const content = new Uint8Array(readFileSync(documentsFolder + fileName));
    const existing = await findPlanByContent(store, content);
    if (existing !== null) {
      report.plans.push({ ...existing, fileName, created: false });
      continue;
    }
    const read = await readPlanDocument(content, fileName);
    const detail = await importPlan(store, office?.actor ?? null, {
      fileName,
      format: read.format,
      encoding: read.encoding,
      content,
      text: read.text,
      warnings: read.warnings,
      ...(read.decoding ? { decoding: read.decoding } : {}),
    });
    if (office) await publishPlan(store, office.actor, detail.id, { baseVersion: detail.version });
    report.plans.push({ id: detail.id, fileName, title: detail.plan.title, created: true });
  }
  report.scenario = await loadDemoScenario(store);
  return report;
}
