// The demo step: the five plan documents shipped in demo/documents imported and published, demo accounts, and
// the demo scenario. Idempotent.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { roleNames } from '../core/shared/roles';
import { readPlanDocument } from '../documents/read-document';
import { createAccount } from '../server/auth/accounts';
import { findPlanByContent, importPlan, publishPlan } from '../store/plans';
import type { Store } from '../store/sql';
import { findUserByName } from '../store/users';
import { demoAccounts } from './accounts';
import { loadDemoScenario, type DemoScenarioReport } from './load-demo-scenario';

const documentsFolder = fileURLToPath(new URL('./documents/', import.meta.url));

export interface DemoReport {
  plans: Array<{ id: number; fileName: string; title: string | null; created: boolean }>;
  accounts: Array<{ username: string; password: string; role: string; created: boolean }>;
  scenario: DemoScenarioReport | null;
}

export async function loadDemo(store: Store): Promise<DemoReport> {
  const report: DemoReport = { plans: [], accounts: [], scenario: null };
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
    if (office) await publishPlan(store, office.actor, detail.id);
    report.plans.push({ id: detail.id, fileName, title: detail.plan.title, created: true });
  }
  report.scenario = await loadDemoScenario(store);
  return report;
}
