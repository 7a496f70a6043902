// The demo scenario: banan-2017 unchanged but for the demo's markup-free hospitals and an example price
// schedule (raised 诊察/床位/护理/手术/中医, lowered 大型设备检查, every entry assumed), which on the demo bills
// leaves each government-run hospital's compensation by prices below Banan's 90%, so the top-up pays.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDuckDB } from '../../src/analytics/duckdb';
import { simulateBills } from '../../src/analytics/simulate-bulk';
import { ratioToBasisPoints } from '../../src/core/shared/money';
import { preset } from '../../src/core/simulate/presets';
import { scenarioProblems } from '../../src/core/simulate/scenario-schema';
import { BANAN_HOSPITALS, HOSPITALS_WITHOUT_MARKUP } from '../../src/demo/bills/hospitals';
import { DEMO_ITEMS_BY_CODE, priceAt } from '../../src/demo/bills/items';
import { writeDemoBills } from '../../src/demo/bills/write-parquet';
import {
  DEMO_PRICE_NOTE,
  DEMO_SCENARIO_NAME,
  demoScenario,
} from '../../src/demo/scenario/demo-scenario';
import { LOWERED_GROUPS, priceGroupOf } from '../../src/demo/scenario/price-groups';

const folder = mkdtempSync(path.join(tmpdir(), 'yigai-demo-scenario-'));
afterAll(() => {
  closeDuckDB();
  rmSync(folder, { recursive: true, force: true });
});

describe('demo scenario', () => {
  const scenario = demoScenario();

  it('is a valid scenario based on banan-2017, which stays as the plan says', () => {
    expect(scenarioProblems(scenario)).toEqual([]);
    expect(scenario.name).toBe(DEMO_SCENARIO_NAME);
    const banan = preset('banan-2017').scenario;
    expect(banan.priceSchedule).toEqual([]);
    expect({ ...scenario, name: banan.name, markup: banan.markup, priceSchedule: [] }).toEqual(
      banan,
    );
    expect(scenario.markup.hospitalsWithoutMarkup).toEqual(HOSPITALS_WITHOUT_MARKUP);
  });

  it('moves prices the way Banan 三（二） says, every entry an assumption', () => {
    expect(scenario.priceSchedule.length).toBeGreaterThan(50);
    const groups = new Set<string>();
    for (const entry of scenario.priceSchedule) {
      const item = DEMO_ITEMS_BY_CODE.get(entry.itemCode);
      if (!item || entry.level === 'all') throw new Error(`unexpected entry ${entry.itemCode}`);
      const group = priceGroupOf(item);
      if (!group) throw new Error(`${entry.itemCode} is in no price group`);
      groups.add(group);
      const lowered = (LOWERED_GROUPS as readonly string[]).includes(group);
      const before = priceAt(item, entry.level);
      expect(before).toBeGreaterThan(0);
      if (lowered) expect(entry.priceFen).toBeLessThan(before);
      else expect(entry.priceFen).toBeGreaterThan(before);
      expect(entry).toMatchObject({
        effectiveFrom: '2017-09-01',
        insuranceClass: 'A',
        assumption: DEMO_PRICE_NOTE,
      });
    }
    expect([...groups].sort()).toEqual(
      ['bed', 'consultation', 'large-equipment', 'nursing', 'surgery', 'tcm'].sort(),
    );
  });

  it('leaves government-run hospitals with a 2016 markup below 90% by prices, topped up', async () => {
    const bills = path.join(folder, 'bills.parquet');
    await writeDemoBills(bills, { lines: 200_000, seed: 2017 });
    const result = await simulateBills({ bills, scenario });
    // Hospitals that already sold drugs without markup have no 2016 markup base to compensate.
    const government = BANAN_HOSPITALS.filter(
      (h) => h.sponsor === 'government' && !scenario.markup.hospitalsWithoutMarkup.includes(h.id),
    ).map((h) => h.id);
    expect(government.length).toBeGreaterThanOrEqual(4);
    for (const id of government) {
      const hospital = result.hospitals.find((h) => h.hospitalId === id);
      if (!hospital?.compensationRate) throw new Error(`no compensation rate for ${id}`);
      const rate = ratioToBasisPoints(hospital.compensationRate);
      expect(rate, id).toBeGreaterThan(5000);
      expect(rate, id).toBeLessThan(9000);
      expect(hospital.requiredSubsidyFen, id).toBeGreaterThan(0);
      expect(hospital.reachesTarget, id).toBe(true);
    }
    expect(result.subsidy.payers.district).toBeGreaterThan(0);
  }, 60_000);
});
