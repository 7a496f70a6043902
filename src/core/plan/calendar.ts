// Pure calendar arithmetic for deadlines: ISO date strings, last day of a month, quarters, and
// Chinese numerals in dates and counts. No clock: every year comes from the text or the caller.

/** YYYY-MM-DD for a year, month (1–12) and day; null when the date does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > lastDayOfMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Number of days in a month (Gregorian). */
export function lastDayOfMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any time-zone shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, lastDayOfMonth(year, month));
}

export function yearEnd(year: number): string | null {
  return isoDate(year, 12, 31);
}

/** Last day of quarter 1–4. */
export function quarterEnd(year: number, quarter: number): string | null {
  return monthEnd(year, quarter * 3);
}

/** Year of an ISO date string, or null. */
export function yearOf(iso: string | null): number | null {
  if (iso === null) return null;
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(iso);
  return m ? Number(m[1]) : null;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  // 〇 is often typed as a circle.
  '○': 0,
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
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Value of a number written in Arabic digits or Chinese numerals ("12", "十二", "一百", "二〇二〇"). */
export function numberValue(raw: string): number | null {
  const s = raw.replace(/\s+/g, '');
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (s === '' || !/^[〇○零一二两三四五六七八九十百千万]+$/.test(s)) return null;
  // Digit-by-digit years such as 二〇二〇.
  if (!/[十百千万]/.test(s)) {
    return Number([...s].map((c) => String(CN_DIGITS[c] ?? 0)).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = CN_UNITS[c] as number;
    if (unit === 10000) {
      total += (section + digit) * unit;
      section = 0;
    } else {
      section += (digit === 0 ? 1 : digit) * unit;
    }
    digit = 0;
  }
  return total + section + digit;
}

/** Replace full-width digits and Chinese-numeral years (二〇二〇年) by ASCII digits, keeping every index. */
export function asciiDigits(text: string): string {
  const halfWidth = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return halfWidth.replace(/[〇○零一二三四五六七八九]{4}(?=\s*年)/g, (y) =>
    String(numberValue(y)).padStart(4, '0'),
  );
}
