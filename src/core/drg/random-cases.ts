// Seeded generator of realistic inpatient cases for a scheme, for benchmarks and property tests: codes
// are drawn from the scheme's own lists (an MDC's principal diagnoses, an ADRG's procedures), so most group.
import type { CompiledScheme } from './compile';
import { chapterGender } from './gender';
import type { Condition, DrgCase, DrgRules } from './types';

/** A small fast PRNG (mulberry32): the same seed gives the same cases on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type ListUse = 'pdxIn' | 'mainProcIn' | 'anyProcIn' | 'anyDxIn';

/** The lists a condition draws from, taking the first branch of every `or` and skipping `not`. */
function listsOf(
  condition: Condition,
  out: Array<[ListUse, string]> = [],
): Array<[ListUse, string]> {
  if ('and' in condition) for (const part of condition.and) listsOf(part, out);
  else if ('or' in condition && condition.or[0]) listsOf(condition.or[0], out);
  else if ('pdxIn' in condition) out.push(['pdxIn', condition.pdxIn]);
  else if ('mainProcIn' in condition) out.push(['mainProcIn', condition.mainProcIn]);
  else if ('anyProcIn' in condition) out.push(['anyProcIn', condition.anyProcIn]);
  else if ('anyDxIn' in condition) out.push(['anyDxIn', condition.anyDxIn]);
  return out;
}

export interface CaseGenerator {
  next(): DrgCase;
}

/** Cases for `rules` (compiled as `scheme`); about 1% lack a gender (refused), 1% carry an unknown code (warned). */
export function caseGenerator(
  rules: DrgRules,
  scheme: CompiledScheme,
  seed: number,
  diagnosisPool: readonly string[],
): CaseGenerator {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const codes = (name: string): readonly string[] => {
    const list = name === 'SS_VALID' ? rules.SS_VALID : rules.lists[name];
    if (list === undefined) return [];
    return Array.isArray(list) ? list : Object.keys(list);
  };
  const complications = [...Object.keys(rules.MCC), ...Object.keys(rules.CC)];
  const mdcs = rules.mdcs.map((mdc) => ({
    mdc: mdc.mdc,
    lists: listsOf(mdc.cond),
    adrgs: mdc.steps.flatMap((step) =>
      'adrg' in step && rules.adrg[step.adrg]
        ? [listsOf((rules.adrg[step.adrg] as { cond: Condition }).cond)]
        : [],
    ),
    trauma: mdc.multiTrauma ? codes(mdc.multiTrauma.regionOf) : [],
  }));
  let serial = 0;

  return {
    next(): DrgCase {
      const mdc = pick(mdcs);
      const adrg = mdc.adrgs.length > 0 ? pick(mdc.adrgs) : [];
      let principal = '';
      const procedures: string[] = [];
      const secondary: string[] = [];
      for (const [use, name] of [...mdc.lists, ...adrg]) {
        const list = codes(name);
        if (list.length === 0) continue;
        if (use === 'pdxIn') principal = pick(list);
        else if (use === 'mainProcIn') procedures.unshift(pick(list));
        else if (use === 'anyProcIn') procedures.push(pick(list));
        else secondary.push(pick(list));
      }
      if (principal === '') principal = pick(diagnosisPool);
      for (let n = Math.floor(random() * 7); n > 0; n--)
        secondary.push(pick(random() < 0.6 ? complications : diagnosisPool));
      if (mdc.trauma.length > 0) secondary.push(pick(mdc.trauma), pick(mdc.trauma));
      const expected = scheme.genderSpecific.get(principal) ?? chapterGender(principal);
      const newborn = mdc.mdc === 'MDCP';
      const age = newborn ? 0 : 1 + Math.floor(random() * 90);
      serial += 1;
      const drgCase: DrgCase = {
        id: String(serial),
        gender: expected ?? (random() < 0.5 ? 1 : 2),
        age,
        ageDay: newborn ? Math.floor(random() * 29) : age * 365 + Math.floor(random() * 365),
        weight: newborn ? 500 + Math.floor(random() * 3500) : null,
        dept: '',
        inHospitalTime: 1 + Math.floor(random() * 30),
        leavingType: 1,
        diagnoses: [principal, ...secondary],
        procedures,
      };
      const flaw = random();
      if (flaw < 0.01) drgCase.gender = null;
      else if (flaw < 0.02) drgCase.diagnoses = [principal, 'X99.999x999'];
      return drgCase;
    },
  };
}
