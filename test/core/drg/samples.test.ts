// The shipped samples: the 24 labelled cases group to their labels and all 30 match the reference output.
import { describe, expect, it } from 'vitest';
import { groupCase } from '../../../src/core/drg/group';
import { loadDrgScheme } from '../../../src/store/drg-schemes';
import { referenceResults, sampleCases } from './helpers';

const scheme = loadDrgScheme('chs-drg-1.1');
const samples = sampleCases();
const reference = referenceResults();

describe('CHS-DRG 1.1 on the sample cases', () => {
  it('has 30 cases, 24 of them labelled, all in the reference output', () => {
    expect(samples).toHaveLength(30);
    expect(samples.filter((s) => s.label !== '')).toHaveLength(24);
    for (const { drgCase } of samples) expect(reference.has(drgCase.id)).toBe(true);
  });

  it.each(samples.filter((s) => s.label !== '').map((s) => [s.drgCase.id, s] as const))(
    'case %s groups to its label',
    (_id, { drgCase, label }) => {
      expect(groupCase(scheme, drgCase).drg).toBe(label);
    },
  );

  it.each(samples.map((s) => [s.drgCase.id, s.drgCase] as const))(
    'case %s matches the reference grouper',
    (id, drgCase) => {
      const want = reference.get(id) as Record<string, string>;
      const result = groupCase(scheme, drgCase);
      expect({
        status: result.status,
        mdc: result.mdc,
        adrg: result.adrg,
        drg: result.drg,
        drgName: result.drgName,
      }).toEqual({
        status: want.status,
        mdc: want.mdc,
        adrg: want.adrg,
        drg: want.drg,
        drgName: want.drg_name,
      });
    },
  );

  it.each(samples.map((s) => [s.drgCase.id, s.drgCase] as const))(
    'case %s: the trace names the complication and exclusion table the reference names',
    (id, drgCase) => {
      const messages = (reference.get(id)?.messages ?? '').split('|');
      const texts = groupCase(scheme, drgCase).trace.map((step) => step.text);
      for (const message of messages) {
        const counted = /^诊断(\S+)属于(MCC|CC)，排除表(\d+)$/.exec(message);
        if (counted) {
          const [, code, kind, table] = counted;
          expect(
            texts.some(
              (t) =>
                t.startsWith(`次要诊断 ${code}`) &&
                t.includes(`属于 ${kind}（排除表 ${table}），计入`),
            ),
          ).toBe(true);
        }
        const principal = /^主诊断(\S+)排除表(\d+)$/.exec(message);
        if (principal) {
          const [, code, table] = principal;
          expect(
            texts.some((t) => t.startsWith(`主诊断 ${code}`) && t.includes(`的排除表为 ${table}`)),
          ).toBe(true);
        }
      }
    },
  );
});

// OpenDRG publishes reference outputs for CHS-DRG 1.1 only (no result file exists for its Chongqing 2022
// or Harbin 2022 groupers), so on those schemes the samples are held to the reference's semantics: every
// sample passes the checks the reference makes, and a stray code in a secondary place changes nothing.
describe.each(['chs-drg-1.1', 'chongqing-2022', 'harbin-2022'] as const)(
  '%s on the sample cases made dirty',
  (name) => {
    const local = loadDrgScheme(name);
    it.each(samples.map((s) => [s.drgCase.id, s.drgCase] as const))(
      'case %s: stray codes "1" and "2" after the principal and main codes give the same group, with warnings',
      (_id, drgCase) => {
        const clean = groupCase(local, drgCase, { trace: false });
        expect(clean.messages).toEqual([]);
        const dirty = groupCase(
          local,
          {
            ...drgCase,
            diagnoses: [...drgCase.diagnoses, '1'],
            procedures:
              drgCase.procedures.length === 0
                ? ['2']
                : [drgCase.procedures[0] as string, '2', ...drgCase.procedures.slice(1)],
          },
          { trace: false },
        );
        expect({ ...dirty, warnings: [] }).toEqual({ ...clean, warnings: [] });
        expect(dirty.warnings.length - clean.warnings.length).toBe(2);
        if (name === 'chs-drg-1.1') expect(dirty.drg).toBe(reference.get(drgCase.id)?.drg);
      },
    );
  },
);
