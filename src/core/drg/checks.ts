// Input checks run before grouping: a case that fails any of them is 信息校验不通过 and gets no group.
// Every reason is a Chinese sentence naming the field or code at fault.
import type { CompiledScheme } from './compile';
import { chapterGender } from './gender';
import type { DrgCase } from './types';

const NO_PROBLEMS: readonly string[] = Object.freeze([]);

/** A newborn: age 0 years and at most 28 days (an empty field counts as 0, as in the rules). */
export const isNewborn = (drgCase: DrgCase): boolean =>
  (drgCase.age ?? 0) === 0 && (drgCase.ageDay ?? 0) <= 28;

/** The reasons the case cannot be grouped; empty when it passes. */
export function checkCase(scheme: CompiledScheme, drgCase: DrgCase): readonly string[] {
  let problems: string[] | null = null;
  const fail = (reason: string) => (problems ??= []).push(reason);

  const { gender } = drgCase;
  if (gender === null) fail('性别为空');
  else if (gender !== 1 && gender !== 2) fail(`性别“${gender}”无效，应为 1（男）或 2（女）`);
  if (isNewborn(drgCase) && !(drgCase.weight !== null && drgCase.weight > 0)) {
    fail('新生儿（年龄 0 岁、日龄不超过 28 天）缺少出生体重');
  }
  if (drgCase.diagnoses.length === 0) fail('诊断列表为空，至少需要主诊断');
  for (const code of drgCase.diagnoses) {
    if (!scheme.isKnownDiagnosis(code))
      fail(`诊断编码 ${code} 不在诊断目录（ICD-10 医保版 2.0）中`);
  }
  for (const code of drgCase.procedures) {
    if (!scheme.isKnownProcedure(code))
      fail(`手术操作编码 ${code} 不在手术操作目录（ICD-9-CM-3 医保版 2.0）中`);
  }
  const principal = drgCase.diagnoses[0];
  if (principal !== undefined && (gender === 1 || gender === 2)) {
    const expected = scheme.genderSpecific.get(principal) ?? chapterGender(principal);
    if (expected !== undefined && expected !== gender) {
      fail(
        `主诊断 ${scheme.describeDiagnosis(principal)} 只适用于${expected === 1 ? '男' : '女'}性，` +
          `与性别（${gender === 1 ? '男' : '女'}）不符`,
      );
    }
  }
  return problems ?? NO_PROBLEMS;
}
