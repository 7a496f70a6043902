// The presets are what the parser reads from their plans: presets-from-plans.ts must equal a fresh parse of
// each seed (regenerate with `npx vitest run -u test/core/plan/mechanisms-presets.test.ts`), and the scenarios
// built from it keep the values, assumptions and source lines the hand-written presets had.
import { describe, expect, it } from 'vitest';
import {
  leafPaths,
  PRESET_IDS,
  preset,
  type PresetId,
  type Provenance,
} from '../../../src/core/simulate/presets';
import type { Scenario } from '../../../src/core/simulate/scenario';
import before from './fixtures/presets-before.json';
import { generated } from './preset-source';

interface Before {
  scenario: Scenario;
  provenance: Record<string, Provenance>;
}
const old = before as unknown as Record<PresetId, Before>;

const valueAt = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, key) =>
        at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined,
      value,
    );

/**
 * Where the parser quotes another line than the hand-written preset did, both lines state the value: Banan
 * says 中药饮片除外 on line 31 and again on 36, Harbin on 61 and 73; Banan's “医保基金可承受” on line 31 had no
 * quote at all.
 */
const MOVED: Record<string, number | undefined> = {
  'banan-2017 markup.exemptCategories': 31,
  'banan-2017 conditions.fundMaxIncrease': 31,
  'harbin-2017 markup.exemptCategories': 61,
};

describe('presets are what the parser reads from their plans', () => {
  it('presets-from-plans.ts is the parse of the three seed documents', async () => {
    await expect(await generated()).toMatchFileSnapshot(
      '../../../src/core/simulate/presets-from-plans.ts',
    );
  });

  describe.each(PRESET_IDS)('%s', (id) => {
    const now = preset(id);
    const then = old[id];

    it('has every value the hand-written preset had, field by field', () => {
      const paths = leafPaths(then.scenario);
      expect(leafPaths(now.scenario)).toEqual(paths);
      for (const path of paths) {
        expect(valueAt(now.scenario, path), path).toEqual(valueAt(then.scenario, path));
      }
    });

    it('marks the same values as assumptions, from the same lines', () => {
      expect(Object.keys(now.provenance).sort()).toEqual(Object.keys(then.provenance).sort());
      for (const [path, was] of Object.entries(then.provenance)) {
        const is = now.provenance[path] as Provenance;
        expect(is.assumption === true, `${path} assumption`).toBe(was.assumption === true);
        const line = `${id} ${path}` in MOVED ? MOVED[`${id} ${path}`] : was.source?.line;
        expect(is.source?.line, `${path} line`).toBe(line);
        if (is.assumption) expect(is.note.length, `${path} note`).toBeGreaterThan(3);
      }
    });
  });
});
