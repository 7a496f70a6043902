// Numbering markers of Chinese government documents: 一、 （一） 1. （1） ① 附件1 — recognised in
// full-width and half-width forms, with the value and a normalized ref used to build section keys.

export type NumberingStyle =
  'part' | 'chinese' | 'paren-chinese' | 'arabic' | 'paren-arabic' | 'circled' | 'annex';

export interface NumberingMarker {
  style: NumberingStyle;
  /** The marker as written, e.g. "（十一）", "1.", "附件2". */
  ref: string;
  /** Normalized marker for keys: "二", "（一）", "1", "（1）", "①", "附件1". */
  key: string;
  /** Numeric value (附件 without a number: 1). */
  value: number;
  /** The text after the marker, trimmed. */
  rest: string;
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral from 一 to 九十九, or null when it is not one. */
export function chineseNumeralValue(numeral: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(numeral)) return null;
  const tenAt = numeral.indexOf('十');
  if (tenAt < 0) return numeral.length === 1 ? (DIGITS[numeral] ?? null) : null;
  if (numeral.indexOf('十', tenAt + 1) >= 0) return null;
  const before = numeral.slice(0, tenAt);
  const after = numeral.slice(tenAt + 1);
  if (before.length > 1 || after.length > 1) return null;
  const tens = before === '' ? 1 : (DIGITS[before] ?? 0);
  const units = after === '' ? 0 : (DIGITS[after] ?? 0);
  if (tens < 1 || (before !== '' && tens === 1)) return null;
  return tens * 10 + units;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIGIT = '[0-9０-９]{1,3}';
const PATTERNS: { style: NumberingStyle; re: RegExp }[] = [
  { style: 'annex', re: new RegExp(`^附\\s*件\\s*(${DIGIT}|${CN})?(?:\\s*[：:]|\\s*$|\\s+)`) },
  // "第一部分", "第二章" — the parts of longer plans.
  { style: 'part', re: new RegExp(`^第\\s*(${CN}|${DIGIT})\\s*(部分|章)[、，,．.：:\\s]*`) },
  { style: 'chinese', re: new RegExp(`^(${CN})\\s*[、，,．.]\\s*`) },
  { style: 'paren-chinese', re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、，,．.]?\\s*`) },
  { style: 'paren-arabic', re: new RegExp(`^[（(]\\s*(${DIGIT})\\s*[）)]\\s*[、，,．.]?\\s*`) },
  // "1." "1．" "1、" — but not a decimal number such as "1.5张".
  { style: 'arabic', re: new RegExp(`^(${DIGIT})\\s*(?:[.．](?![0-9０-９])|、)\\s*`) },
  { style: 'circled', re: new RegExp(`^([${CIRCLED}])\\s*`) },
];

function valueOf(style: NumberingStyle, raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return style === 'annex' ? 1 : null;
  if (style === 'circled') return CIRCLED.indexOf(raw) + 1;
  if (/^[0-9０-９]+$/.test(raw)) return Number(toHalfWidthDigits(raw));
  return chineseNumeralValue(raw);
}

function keyOf(style: NumberingStyle, raw: string, value: number): string {
  switch (style) {
    case 'part':
      return `第${value}`;
    case 'chinese':
      return raw;
    case 'paren-chinese':
      return `（${raw}）`;
    case 'arabic':
      return String(value);
    case 'paren-arabic':
      return `（${value}）`;
    case 'circled':
      return raw;
    case 'annex':
      return `附件${value}`;
  }
}

/** The numbering marker at the start of a line or paragraph, or null. */
export function parseNumbering(text: string): NumberingMarker | null {
  const trimmed = text.trim();
  for (const { style, re } of PATTERNS) {
    const m = re.exec(trimmed);
    if (!m) continue;
    const raw = m[1] ?? '';
    const value = valueOf(style, raw);
    if (value === null) continue;
    const rest = trimmed.slice(m[0].length).trim();
    // "一、二、三级医院…" is an enumeration of numerals, not a numbered heading.
    if (style === 'chinese' && new RegExp(`^${CN}[、，,]`).test(rest)) return null;
    // A bare numeral heading like "一、" with nothing after it is still a marker; a chinese numeral
    // followed by ordinary text without a separator ("一是…") never matches the patterns above.
    return {
      style,
      ref: m[0].trim(),
      key: keyOf(style, raw, value) + (style === 'part' ? (m[2] ?? '') : ''),
      value,
      rest,
    };
  }
  return null;
}

/** True when the text starts with a numbering marker. */
export function startsWithNumbering(text: string): boolean {
  return parseNumbering(text) !== null;
}
