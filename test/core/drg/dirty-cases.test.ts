// Dirty records on all three shipped schemes, against the reference grouper's semantics (OpenDRG groups a
// record with codes it does not know, and leaves the sex of a principal diagnosis to the scheme's conditions):
// a dirty case groups as its cleaned twin, plus one warning per finding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupCase } from '../../../src/core/drg/group';
import { caseGenerator } from '../../../src/core/drg/random-cases';
import { GROUP_STATUS, type DrgCase, type DrgRules } from '../../../src/core/drg/types';
import { loadDrgCatalogues, loadDrgRules, loadDrgScheme } from '../../../src/store/drg-schemes';

const schemes = ['chs-drg-1.1', 'chongqing-2022', 'harbin-2022'] as const;
const catalogues = loadDrgCatalogues();
const diagnosisPool = Object.keys(catalogues.diagnoses);

/** Codes a data-entry slip leaves in a field: digits, a truncated code, a code from no catalogue. */
const strayCode = fc.oneof(
  fc.constantFrom('1', '2', '0', '-', '无', 'NULL'),
  fc.integer({ min: 3, max: 999 }).map(String),
  fc.stringMatching(/^[A-Z]\d{2}\.\d{3}x9\d{2}$/),
);

const codesOf = (result: ReturnType<typeof groupCase>) => ({
  status: result.status,
  mdc: result.mdc,
  adrg: result.adrg,
  drg: result.drg,
});

/** Inserts `strays` into `codes` at positions after the first (the principal or main code stays first). */
function insertAfterFirst(
  codes: readonly string[],
  strays: readonly string[],
  at: readonly number[],
) {
  const out = [...codes];
  strays.forEach((code, i) => {
    const from = out.length === 0 ? 0 : 1;
    const position = from + ((at[i] ?? 0) % (out.length - from + 1));
    out.splice(position, 0, code);
  });
  return out;
}

describe.each(schemes)('%s on dirty records', (name) => {
  const rules = loadDrgRules(name) as DrgRules;
  const scheme = loadDrgScheme(name);
  const clean = (seed: number): DrgCase => {
    const generator = caseGenerator(rules, scheme, seed, diagnosisPool);
    for (;;) {
      const drgCase = generator.next();
      const result = groupCase(scheme, drgCase, { trace: false });
      if (result.messages.length === 0 && result.warnings.length === 0) return drgCase;
    }
  };
  const unknown = (code: string, catalogue: 'diagnosis' | 'procedure') =>
    catalogue === 'diagnosis' ? !scheme.isKnownDiagnosis(code) : !scheme.isKnownProcedure(code);
  const listed = new Set<string>([
    ...rules.SS_VALID,
    ...Object.values(rules.lists).flatMap((list) =>
      Array.isArray(list) ? list : Object.keys(list),
    ),
  ]);
  /** A real catalogue procedure that no list of the scheme names: what the reference sees in a stray. */
  const unlistedProcedure = Object.keys(catalogues.procedures).find((code) => !listed.has(code));

  it('groups a case with stray codes after the first as its clean twin, one warning per stray', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(strayCode, { maxLength: 3 }),
        fc.array(strayCode, { maxLength: 3 }),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        (seed, diagnosisStrays, procedureStrays, at) => {
          const twin = clean(seed);
          const dx = diagnosisStrays.filter((code) => unknown(code, 'diagnosis'));
          const px = procedureStrays.filter((code) => unknown(code, 'procedure'));
          const dirty: DrgCase = {
            ...twin,
            diagnoses: insertAfterFirst(twin.diagnoses, dx, at),
            procedures: insertAfterFirst(twin.procedures, px, at.slice(3)),
          };
          const result = groupCase(scheme, dirty, { trace: false });
          expect(codesOf(result)).toEqual(codesOf(groupCase(scheme, twin, { trace: false })));
          expect(result.warnings).toHaveLength(dx.length + px.length);
          for (const code of [...dx, ...px])
            expect(result.warnings.some((warning) => warning.includes(`编码 ${code} 不在`))).toBe(
              true,
            );
          expect(groupCase(scheme, dirty, { trace: false, strict: true }).status).toBe(
            dx.length + px.length > 0 ? GROUP_STATUS.invalid : result.status,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('groups a stray main procedure as the reference does: a procedure in the main place that no list names', () => {
    expect(unlistedProcedure).toBeDefined();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), strayCode, (seed, stray) => {
        fc.pre(unknown(stray, 'procedure'));
        const twin = clean(seed);
        const dirty = { ...twin, procedures: [stray, ...twin.procedures] };
        const asReference = {
          ...twin,
          procedures: [unlistedProcedure as string, ...twin.procedures],
        };
        const result = groupCase(scheme, dirty, { trace: false });
        expect(codesOf(result)).toEqual(codesOf(groupCase(scheme, asReference, { trace: false })));
        expect(result.warnings[0]).toContain(`主手术操作编码 ${stray} 不在`);
      }),
      { numRuns: 100 },
    );
  });

  it('groups a principal diagnosis of the other sex by the scheme’s conditions, with a warning', () => {
    // The MDCs that admit only one gender (e.g. MDCM male, MDCN female reproductive system).
    const mdcOfGender = new Map<number, Set<string>>([
      [1, new Set()],
      [2, new Set()],
    ]);
    for (const mdc of rules.mdcs) {
      const parts = 'and' in mdc.cond ? mdc.cond.and : [mdc.cond];
      for (const part of parts)
        if ('cmp' in part && part.cmp[0] === 'gender' && part.cmp[1] === '==')
          mdcOfGender.get(part.cmp[2])?.add(mdc.mdc);
    }
    const specific = [...scheme.genderSpecific.entries()];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(...specific),
        (seed, [principal, gender]) => {
          const twin = clean(seed);
          const other = gender === 1 ? 2 : 1;
          const dirty = {
            ...twin,
            gender: other,
            diagnoses: [principal, ...twin.diagnoses.slice(1)],
          };
          const result = groupCase(scheme, dirty, { trace: false });
          expect(result.status).not.toBe(GROUP_STATUS.invalid);
          expect(mdcOfGender.get(gender)?.has(result.mdc)).toBe(false);
          expect(result.warnings.some((warning) => warning.includes('与性别'))).toBe(true);
          expect(groupCase(scheme, dirty, { trace: false, strict: true }).status).toBe(
            GROUP_STATUS.invalid,
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
