// The bulk simulator equals core's simulate() to the fen on random bills and scenarios (the three presets
// included): every total, grouping, distribution, compensation and condition the bulk path reports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDuckDB } from '../../src/analytics/duckdb';
import { simulateBills, type BulkSimulationResult } from '../../src/analytics/simulate-bulk';
import type { Encounter } from '../../src/core/simulate/bills';
import { preset, PRESET_IDS } from '../../src/core/simulate/presets';
import type { Scenario } from '../../src/core/simulate/scenario';
import { simulate, type SimulationResult } from '../../src/core/simulate/simulate';
import { encountersArb, hospitals, scenarioArb } from './simulate-bulk-arbitraries';
import { writeBills } from './simulate-bulk-file';

const folder = mkdtempSync(path.join(tmpdir(), 'yigai-simulate-bulk-'));
afterAll(() => {
  closeDuckDB();
  rmSync(folder, { recursive: true, force: true });
});

let runs = 0;

async function compare(scenario: Scenario, encounters: Encounter[]): Promise<void> {
  runs += 1;
  const file = path.join(folder, `bills-${runs}.${runs % 2 === 0 ? 'parquet' : 'csv'}`);
  await writeBills(file, encounters, hospitals);
  const core: SimulationResult = simulate({ scenario, hospitals, encounters });
  const bulk: BulkSimulationResult = await simulateBills({ bills: file, scenario, hospitals });
  const { encounters: settled, ...expected } = core;
  const { lines, encounters: count, rejected, ...actual } = bulk;
  expect(rejected).toEqual({ lines: 0, encounters: 0, reasons: [] });
  expect(count).toBe(settled.length);
  expect(lines).toBe(encounters.reduce((sum, e) => sum + e.lines.length, 0));
  expect(actual).toEqual(expected);
}

describe('bulk simulation equals core simulate() to the fen', () => {
  it('on random scenarios', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, encountersArb, (scenario, encounters) =>
        compare(scenario, encounters),
      ),
      { numRuns: 70 },
    );
  }, 120_000);

  it('with base-year compensation bases computed from the bills', async () => {
    const baseArb = fc.constantFrom<Scenario['compensationBase']>(
      { kind: 'base-year-markup', year: 2016 },
      { kind: 'base-year-drug-spending', year: 2016, share: 1500 },
      { kind: 'base-year-markup', year: 2019 },
    );
    await fc.assert(
      fc.asyncProperty(
        scenarioArb,
        baseArb,
        encountersArb,
        (scenario, compensationBase, encounters) =>
          compare({ ...scenario, compensationBase }, encounters),
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it.each(PRESET_IDS)(
    'on preset %s',
    async (id) => {
      await fc.assert(
        fc.asyncProperty(encountersArb, (encounters) => compare(preset(id).scenario, encounters)),
        { numRuns: 15 },
      );
    },
    60_000,
  );
});
