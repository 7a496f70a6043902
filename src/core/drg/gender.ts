// Which principal diagnoses belong to one gender only, for the input check "principal diagnosis
// inconsistent with gender". Read from the scheme itself wherever it says so, plus three ICD-10 ranges.
import type { Condition, DrgRules } from './types';

export type Gender = 1 | 2;

/**
 * The scheme's own knowledge: an MDC whose condition is "principal diagnosis in list L and gender == g"
 * (CHS-DRG's MDCM male and MDCN female reproductive system) makes L's codes specific to g. A code found
 * in the lists of both genders (genital tuberculosis, pelvic injuries…) is specific to neither.
 */
export function genderSpecificDiagnoses(rules: DrgRules): Map<string, Gender> {
  const codesOf: Record<Gender, Set<string>> = { 1: new Set(), 2: new Set() };
  for (const mdc of rules.mdcs) {
    const parts: Condition[] = 'and' in mdc.cond ? mdc.cond.and : [mdc.cond];
    let list: string | undefined;
    let gender: Gender | undefined;
    for (const part of parts) {
      if ('pdxIn' in part) list = part.pdxIn;
      if (
        'cmp' in part &&
        part.cmp[0] === 'gender' &&
        part.cmp[1] === '==' &&
        (part.cmp[2] === 1 || part.cmp[2] === 2)
      ) {
        gender = part.cmp[2];
      }
    }
    const codes = list === undefined ? undefined : rules.lists[list];
    if (gender === undefined || codes === undefined) continue;
    for (const code of Array.isArray(codes) ? codes : Object.keys(codes)) codesOf[gender].add(code);
  }
  const specific = new Map<string, Gender>();
  for (const gender of [1, 2] as const) {
    const other = codesOf[gender === 1 ? 2 : 1];
    for (const code of codesOf[gender]) if (!other.has(code)) specific.set(code, gender);
  }
  return specific;
}

/**
 * ICD-10 ranges that are one gender's by definition, for codes the scheme does not place:
 * chapter XV O00–O99 pregnancy and childbirth and N70–N98 female pelvic and genital disorders (female),
 * N40–N51 diseases of the male genital organs (male).
 */
export function chapterGender(code: string): Gender | undefined {
  const letter = code.charCodeAt(0);
  if (letter === 79 /* O */) return 2;
  if (letter !== 78 /* N */) return undefined;
  const number = Number(code.slice(1, 3));
  if (number >= 70 && number <= 98) return 2;
  if (number >= 40 && number <= 51) return 1;
  return undefined;
}
