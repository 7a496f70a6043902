// Invariants on random cases built from real catalogue and scheme codes: every result is a DRG of the
// scheme or a failure status; grouping is deterministic and independent of batch order; the candidate
// index changes nothing against trying every MDC and ADRG in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../src/core/drg/candidates';
import type { CompiledScheme } from '../../../src/core/drg/compile';
import { groupCase } from '../../../src/core/drg/group';
import {
  GROUP_STATUS,
  UNGROUPABLE_DRG,
  type DrgCase,
  type DrgRules,
} from '../../../src/core/drg/types';
import { loadDrgCatalogues, loadDrgRules, loadDrgScheme } from '../../../src/store/drg-schemes';

const schemes = ['chs-drg-1.1', 'chongqing-2022', 'harbin-2022'] as const;
const catalogues = loadDrgCatalogues();

function caseArbitrary(rules: DrgRules): fc.Arbitrary<DrgCase> {
  const principalPool = rules.mdcs.flatMap((mdc) =>
    'and' in mdc.cond ? mdc.cond.and.flatMap((part) => ('pdxIn' in part ? [part.pdxIn] : [])) : [],
  );
  const codesOf = (name: string) => {
    const list = rules.lists[name];
    return list === undefined ? [] : Array.isArray(list) ? list : Object.keys(list);
  };
  const principals = [...new Set(principalPool.flatMap(codesOf))];
  const secondaries = [...Object.keys(rules.MCC), ...Object.keys(rules.CC)];
  const diagnosisCodes = Object.keys(catalogues.diagnoses);
  const procedureCodes = [...rules.SS_VALID, ...Object.keys(catalogues.procedures)];
  const diagnosis = fc.oneof(
    fc.constantFrom(...principals),
    fc.constantFrom(...secondaries),
    fc.constantFrom(...diagnosisCodes),
  );
  const nullable = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null, freq: 8 });
  return fc.record({
    id: fc.uuid(),
    gender: fc.constantFrom(1, 2, 1, 2, null, 9),
    age: nullable(fc.integer({ min: 0, max: 100 })),
    ageDay: nullable(fc.integer({ min: 0, max: 36500 })),
    weight: nullable(fc.integer({ min: 0, max: 5000 })),
    dept: fc.constant(''),
    inHospitalTime: nullable(fc.integer({ min: 0, max: 120 })),
    leavingType: nullable(fc.integer({ min: 1, max: 9 })),
    diagnoses: fc.array(diagnosis, { minLength: 0, maxLength: 12 }),
    procedures: fc.array(fc.constantFrom(...procedureCodes), { maxLength: 6 }),
  });
}

/** The scheme with an index that admits every MDC and step, each tried by its full condition. */
function tryingEverything(scheme: CompiledScheme): CompiledScheme {
  const everything = (count: number) =>
    new CandidateIndex(Array.from({ length: count }, () => null));
  return {
    ...scheme,
    mdcCandidates: everything(scheme.mdcs.length),
    mdcs: scheme.mdcs.map((mdc) => ({
      ...mdc,
      testAdmitted: mdc.test,
      candidates: everything(mdc.steps.length),
      steps: mdc.steps.map((step) =>
        step.kind === 'adrg'
          ? { ...step, adrg: { ...step.adrg, testAdmitted: step.adrg.test } }
          : step,
      ),
    })),
  };
}

describe.each(schemes)('%s on random cases', (name) => {
  const scheme = loadDrgScheme(name);
  const rules = loadDrgRules(name) as DrgRules;
  const arbitrary = caseArbitrary(rules);

  it('groups exactly as trying every MDC and ADRG in order, trace included', () => {
    const everything = tryingEverything(scheme);
    fc.assert(
      fc.property(arbitrary, fc.boolean(), (drgCase, trace) => {
        expect(groupCase(scheme, drgCase, { trace })).toEqual(
          groupCase(everything, drgCase, { trace }),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('returns a DRG of the scheme or a failure status', () => {
    fc.assert(
      fc.property(arbitrary, (drgCase) => {
        const result = groupCase(scheme, drgCase, { trace: false });
        if (result.status === GROUP_STATUS.success) {
          expect(scheme.drgNames.has(result.drg)).toBe(true);
          expect(result.adrg).toBe(result.drg.slice(0, 3));
          expect(result.mdc).toBe(`MDC${result.drg[0]}`);
        } else if (result.status === GROUP_STATUS.ambiguous) {
          expect(result.drg).toMatch(/^[A-Z]QY$/);
        } else if (result.status === GROUP_STATUS.invalid) {
          expect(result.drg).toBe('');
          expect(result.messages.length).toBeGreaterThan(0);
        } else {
          expect(result.status).toBe(GROUP_STATUS.ungroupable);
          expect(result.drg === UNGROUPABLE_DRG || !scheme.drgNames.has(result.drg)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic, with or without the trace', () => {
    fc.assert(
      fc.property(arbitrary, (drgCase) => {
        const first = groupCase(scheme, drgCase);
        expect(groupCase(scheme, drgCase)).toEqual(first);
        expect({ ...groupCase(scheme, drgCase, { trace: false }), trace: first.trace }).toEqual(
          first,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the batch: no state leaks from one case to the next', () => {
    fc.assert(
      fc.property(
        fc.array(arbitrary, { minLength: 2, maxLength: 30 }),
        fc.integer(),
        (cases, seed) => {
          const alone = new Map(cases.map((c) => [c.id, groupCase(scheme, c)]));
          const shuffled = [...cases].sort(
            (a, b) => (a.id.charCodeAt(seed & 7) ^ seed) - (b.id.charCodeAt(seed & 7) ^ seed),
          );
          for (const c of [...shuffled].reverse())
            expect(groupCase(scheme, c)).toEqual(alone.get(c.id));
          for (const c of shuffled)
            expect(groupCase(scheme, c, { trace: false }).drg).toBe(alone.get(c.id)?.drg);
        },
      ),
      { numRuns: 60 },
    );
  });
});
