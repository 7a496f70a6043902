// Input checks before grouping, split as the reference grouper (OpenDRG) splits them: what it refuses
// (no or invalid gender, a newborn without birth weight, no diagnosis) is 信息校验不通过 and gets no group;
// every other finding is a data-quality warning (数据质量提示) next to a group computed as the reference does.
import type { CompiledScheme } from './compile';
import { chapterGender } from './gender';
import { principalAgeConflict } from './age-fit';
import type { DrgCase } from './types';

const NONE: readonly string[] = Object.freeze([]);

/** A newborn: age 0 years and at most 28 days (an empty field counts as 0, as in the rules). */
export const isNewborn = (drgCase: DrgCase): boolean =>
  (drgCase.age ?? 0) === 0 && (drgCase.ageDay ?? 0) <= 28;

export interface CaseFindings {
  /** What the reference refuses: the case gets no group. */
  refusals: readonly string[];
  /** Data-quality warnings: the case groups as the reference groups it, and the warning goes with it. */
  warnings: readonly string[];
}

const CLEAN: CaseFindings = Object.freeze({ refusals: NONE, warnings: NONE });

/** The reasons the reference grouper refuses the case; empty when it passes. */
function refusalsOf(drgCase: DrgCase): string[] | null {
  let refusals: string[] | null = null;
  const refuse = (reason: string) => (refusals ??= []).push(reason);
  const { gender } = drgCase;
  if (gender === null) refuse('性别为空');
  else if (gender !== 1 && gender !== 2) refuse(`性别“${gender}”无效，应为 1（男）或 2（女）`);
  // OpenDRG reads an empty weight as 0 and refuses a newborn whose weight is 0.
  if (isNewborn(drgCase) && !(drgCase.weight !== null && drgCase.weight > 0)) {
    refuse('新生儿（年龄 0 岁、日龄不超过 28 天）缺少出生体重');
  }
  if (drgCase.diagnoses.length === 0) refuse('诊断列表为空，至少需要主诊断');
  return refusals;
}

/**
 * Findings the reference groups through: an unknown code stays where it is and matches no list of the
 * scheme (so an unknown principal diagnosis or main procedure still holds that place, as in the reference);
 * a principal diagnosis of the other sex or an implausible age is left to the scheme's own conditions.
 */
function warningsOf(scheme: CompiledScheme, drgCase: DrgCase): string[] | null {
  let warnings: string[] | null = null;
  const warn = (reason: string) => (warnings ??= []).push(reason);
  const { diagnoses, procedures, gender } = drgCase;
  for (let i = 0; i < diagnoses.length; i++) {
    const code = diagnoses[i] as string;
    if (scheme.isKnownDiagnosis(code)) continue;
    warn(
      i === 0
        ? `主诊断编码 ${code} 不在诊断目录（ICD-10 医保版 2.0）中，不匹配任何主诊断表，请核对`
        : `诊断编码 ${code} 不在诊断目录（ICD-10 医保版 2.0）中，不参与分组`,
    );
  }
  for (let i = 0; i < procedures.length; i++) {
    const code = procedures[i] as string;
    if (scheme.isKnownProcedure(code)) continue;
    warn(
      i === 0
        ? `主手术操作编码 ${code} 不在手术操作目录（ICD-9-CM-3 医保版 2.0）中，仍居主手术位置、不匹配任何手术表，请核对`
        : `手术操作编码 ${code} 不在手术操作目录（ICD-9-CM-3 医保版 2.0）中，不参与分组`,
    );
  }
  const principal = diagnoses[0];
  if (principal === undefined) return warnings;
  if (gender === 1 || gender === 2) {
    const expected = scheme.genderSpecific.get(principal) ?? chapterGender(principal);
    if (expected !== undefined && expected !== gender) {
      warn(
        `主诊断 ${scheme.describeDiagnosis(principal)} 只适用于${expected === 1 ? '男' : '女'}性，` +
          `与性别（${gender === 1 ? '男' : '女'}）不符`,
      );
    }
  }
  const age = principalAgeConflict(principal, drgCase.age);
  if (age !== null) warn(`主诊断 ${scheme.describeDiagnosis(principal)} ${age}`);
  return warnings;
}

/** What the input checks found; both lists empty when the case is clean. */
export function checkCase(scheme: CompiledScheme, drgCase: DrgCase): CaseFindings {
  const refusals = refusalsOf(drgCase);
  const warnings = warningsOf(scheme, drgCase);
  if (refusals === null && warnings === null) return CLEAN;
  return { refusals: refusals ?? NONE, warnings: warnings ?? NONE };
}
