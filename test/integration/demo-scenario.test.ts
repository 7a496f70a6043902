// The demo step stores "巴南区演示方案（示例调价表）" once, authored by the demo office account, on both
// databases; its price schedule reads as an assumption with the demo note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo';
import { DEMO_PRICE_NOTE, DEMO_SCENARIO_NAME } from '../../src/demo/scenario/demo-scenario';
import { scenarioProvenance } from '../../src/server/routes/scenario-provenance';
import { listAudit } from '../../src/store/audit';
import { getScenario, listScenarios } from '../../src/store/scenarios';
import type { Store } from '../../src/store/sql';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

describe.each(databases)('demo scenario on $name', (database) => {
  let store: Store;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ store, drop } = await database.open());
  });
  afterAll(async () => {
    await drop();
  });

  it('is created once, by the office account, with its prices marked as assumed', async () => {
    const first = await loadDemo(store, { onServer: true });
    expect(first.scenario).toMatchObject({ name: DEMO_SCENARIO_NAME, created: true });
    const again = await loadDemo(store, { onServer: true });
    expect(again.scenario).toEqual({ ...first.scenario, created: false });
    const named = (await listScenarios(store)).filter((s) => s.name === DEMO_SCENARIO_NAME);
    expect(named).toHaveLength(1);

    const id = first.scenario?.id ?? 0;
    const stored = await getScenario(store, id);
    expect(stored).toMatchObject({ basedOn: 'banan-2017', username: 'office', version: 1 });
    expect(stored.scenario.priceSchedule.length).toBeGreaterThan(50);
    const provenance = scenarioProvenance(stored.basedOn, stored.scenario);
    expect(provenance['priceSchedule']).toMatchObject({
      assumption: true,
      note: expect.stringContaining(DEMO_PRICE_NOTE) as unknown,
    });
    expect(provenance['compensation.floorRate']).toMatchObject({ source: { line: 44 } });
    const trail = await listAudit(store, 'scenario', String(id));
    expect(trail.map((entry) => [entry.action, entry.username])).toEqual([
      ['scenario.create', 'office'],
    ]);
  });
});
