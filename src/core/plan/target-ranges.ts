// Ranges and lists in goal phrases: a change "从20%提升到25%左右" (both ends kept), a band
// "控制在15%—20%" / "15—20%", and "分别达到75%、80%" (one goal per figure, the operator shared).
import type { TargetRange } from './types';

const NUMBER = '(\\d+(?:\\.\\d+)?)';
const SP = '[ \\t\\u00a0\\u3000]*';
/** "从20%" / "由2016年的20%" right before a goal verb; the unit is that of the goal. */
const CHANGE_FROM = new RegExp(
  `(?:从|由)${SP}(?:((?:19|20)\\d{2})${SP}年(?:底|末|年底|年末)?${SP}的?${SP})?${NUMBER}${SP}(%|％|个百分点|元|天|日|家|个|张|人)?${SP}$`,
);
/** The dash of a band: 15%—20%, 15%～20%, 15%至20%, 15%-20%. */
const BAND_DASH = `${SP}(?:[-－—–～~〜]+|至)${SP}`;
const BAND_AFTER = new RegExp(`^${BAND_DASH}${NUMBER}${SP}(%|％)?`);
const BAND_BEFORE = new RegExp(`${NUMBER}${BAND_DASH}$`);

/** The start of a change written before the goal verb, and where it begins in `left`. */
export function changeFrom(
  leftOfVerb: string,
): { from: number; fromYear?: number; index: number } | null {
  const m = CHANGE_FROM.exec(leftOfVerb);
  if (!m) return null;
  const from = Number(m[2]);
  if (!Number.isFinite(from)) return null;
  return { from, ...(m[1] !== undefined ? { fromYear: Number(m[1]) } : {}), index: m.index };
}

/** The upper end of a band written after the first figure ("15%—20%"), with how far it reaches. */
export function bandAfter(after: string, unit: string): { to: number; length: number } | null {
  const m = BAND_AFTER.exec(after);
  if (!m) return null;
  const secondUnit = m[2] === '％' ? '%' : m[2];
  if (secondUnit !== undefined && secondUnit !== unit) return null;
  return { to: Number(m[1]), length: m[0].length };
}

/** The lower end of a band written without its unit before the figure ("15—20%"). */
export function bandBefore(before: string): { from: number; index: number } | null {
  const m = BAND_BEFORE.exec(before);
  if (!m) return null;
  return { from: Number(m[1]), index: m.index };
}

export function range(kind: TargetRange['kind'], from: number, to: number): TargetRange {
  return { kind, from, to };
}

/** Between two figures of one "分别" list: "、", "和", "及", "与" (a comma starts a new goal). */
export const LIST_JOIN = /^[ \t\u00a0\u3000]*(?:、|和|及|与|以及)[ \t\u00a0\u3000]*$/;

/** Whether the words before a goal verb announce a list of figures ("分别达到", "分别控制在"). */
export function announcesList(leftOfVerb: string, gap: string): boolean {
  return /分别\s*$/.test(leftOfVerb) || /分别/.test(gap);
}

/**
 * The subject of each figure of a "分别" list: "门诊和住院次均费用增幅" with two figures gives
 * "门诊次均费用增幅" and "住院次均费用增幅" — the subject's leading enumeration, each part with the
 * words shared after the last part. Null when the subject does not list as many parts.
 */
export function listSubjects(subject: string, count: number): string[] | null {
  const parts = subject.split(/、|和|及|与/).filter((part) => part !== '');
  if (parts.length !== count || count < 2) return null;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  // Where the last part's own name ends: after the first part's last word if it recurs
  // ("城乡居民医保" … "职工医保政策范围内…" → "职工医保"), else after as many characters as the first part.
  const lastWord = first.slice(-2);
  const recur = last.indexOf(lastWord);
  // A last part no longer than the first shares nothing ("执业医师数和注册护士数").
  const cut = recur > 0 ? recur + lastWord.length : first.length;
  const shared = cut > 0 && cut < last.length ? last.slice(cut) : '';
  return [...parts.slice(0, -1).map((part) => part + shared), last];
}
