// The demo step for scenarios: "巴南区演示方案（示例调价表）" — banan-2017 with an example price schedule, so a
// demo run shows price gains and a top-up — stored under the demo office account when absent. Idempotent.
import { presetName } from '../core/simulate/preset-names';
import { listScenarios, createScenario } from '../store/scenarios';
import type { Store } from '../store/sql';
import { findUserByName } from '../store/users';
import { DEMO_PRICE_NOTE, DEMO_SCENARIO_NAME, demoScenario } from './scenario/demo-scenario';

export interface DemoScenarioReport {
  id: number;
  name: string;
  created: boolean;
}

/** Creates the demo scenario unless one of its name exists; null without the demo office account. */
export async function loadDemoScenario(store: Store): Promise<DemoScenarioReport | null> {
  const existing = (await listScenarios(store)).find((s) => s.name === DEMO_SCENARIO_NAME);
  if (existing) return { id: existing.id, name: existing.name, created: false };
  const office = await findUserByName(store, 'office');
  if (!office) return null;
  const stored = await createScenario(store, office.actor, {
    name: DEMO_SCENARIO_NAME,
    basedOn: 'banan-2017',
    scenario: demoScenario(),
    note: `由预置测算方案“${presetName('banan-2017')}”创建，附${DEMO_PRICE_NOTE}`,
  });
  return { id: stored.id, name: stored.name, created: true };
}
