// The Chinese working-day calendar: weekends, statutory holidays and the make-up working days (调休上班) the
// State Council announces each year, from the `chinese-days` data. Dates are Asia/Shanghai calendar dates as
// YYYY-MM-DD text; nothing here reads the clock. A date in a year the data does not cover is counted by
// weekdays only, and `unknownYears` tells the UI to say that holidays of that year are not known yet.
import chineseDays from 'chinese-days';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date; throws on text that is not a real YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a date: ${date}`);
  return time / DAY_MS;
}

export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Monday to Friday (1970-01-01, day 0, was a Thursday). */
const isWeekday = (day: number): boolean => {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
};

/** Weekdays in [from, to) by whole weeks and the few days left over. */
function weekdaysIn(from: number, to: number): number {
  if (to <= from) return 0;
  const weeks = Math.floor((to - from) / 7);
  let count = weeks * 5;
  for (let day = from + weeks * 7; day < to; day++) if (isWeekday(day)) count++;
  return count;
}

/** The holiday named in the data for a date ("国庆节"), or null for an ordinary day. */
const holidayOf = (date: string): string | null => {
  const parts = chineseDays.getDayDetail(date).name.split(',');
  return parts.length >= 2 ? (parts[1] ?? null) : null;
};

interface Table {
  first: number;
  /** One past the last day covered. */
  end: number;
  /** prefix[i]: working days in [first, first + i). */
  prefix: Int32Array;
  work: Uint8Array;
}

let table: Table | undefined;

/**
 * The covered years as a table, read from the data once: National Day (1 October) is a statutory holiday
 * every year, so a year whose 1 October carries no holiday name is not in the data.
 */
function calendar(): Table {
  if (table) return table;
  const known: number[] = [];
  for (let year = 1990; year <= 2100; year++) {
    if (holidayOf(`${year}-10-01`) !== null) known.push(year);
  }
  const first = dayNumber(`${Math.min(...known)}-01-01`);
  const end = dayNumber(`${Math.max(...known)}-12-31`) + 1;
  const work = new Uint8Array(end - first);
  const prefix = new Int32Array(end - first + 1);
  for (let i = 0; i < work.length; i++) {
    work[i] = chineseDays.isWorkday(dateOfDay(first + i)) ? 1 : 0;
    prefix[i + 1] = (prefix[i] ?? 0) + (work[i] ?? 0);
  }
  table = { first, end, prefix, work };
  return table;
}

/** Working days in [calendar start, day), extended beyond the data by weekdays (negative before it). */
function countBefore(day: number): number {
  const { first, end, prefix } = calendar();
  if (day < first) return -weekdaysIn(day, first);
  if (day <= end) return prefix[day - first] ?? 0;
  return (prefix[end - first] ?? 0) + weekdaysIn(end, day);
}

/** The first and last year whose holiday notice the calendar data holds. */
export function knownYears(): { first: number; last: number } {
  const { first, end } = calendar();
  return {
    first: Number(dateOfDay(first).slice(0, 4)),
    last: Number(dateOfDay(end - 1).slice(0, 4)),
  };
}

/** The holiday a date belongs to (Chinese name), for a holiday or a make-up working day; null otherwise. */
export function holidayName(date: string): string | null {
  dayNumber(date);
  return holidayOf(date);
}

/** A working day: Monday to Friday unless a statutory holiday, or a weekend made a working day. */
export function isWorkday(date: string): boolean {
  const day = dayNumber(date);
  const { first, end, work } = calendar();
  return day >= first && day < end ? work[day - first] === 1 : isWeekday(day);
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workdaysBetween(from: string, to: string): number {
  const first = dayNumber(from);
  const last = dayNumber(to);
  return last < first ? 0 : countBefore(last + 1) - countBefore(first);
}

/**
 * The date `n` working days after `date` (before it for negative `n`); `date` itself is not counted, so
 * adding 1 to a Friday gives the next working day. n = 0 gives `date` when it is a working day, else the
 * next working day.
 */
export function addWorkdays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  let day = dayNumber(date);
  if (n === 0) {
    while (!isWorkday(dateOfDay(day))) day++;
    return dateOfDay(day);
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorkday(dateOfDay(day))) left--;
  }
  return dateOfDay(day);
}

/**
 * Working days left until a deadline, counted from the day after `today` up to and including `due`; 0 on the
 * deadline itself, negative (working days late) after it.
 */
export function workdaysLeft(today: string, due: string): number {
  const now = dayNumber(today);
  const deadline = dayNumber(due);
  if (deadline >= now) return countBefore(deadline + 1) - countBefore(now + 1);
  return -(countBefore(now + 1) - countBefore(deadline + 1));
}

/** Calendar days from one date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `n` calendar days after `date`. */
export function addDays(date: string, n: number): string {
  return dateOfDay(dayNumber(date) + n);
}

/** The years from one date to another that the calendar data does not cover (for a note in the UI). */
export function unknownYears(from: string, to: string): number[] {
  const { first, last } = knownYears();
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    if (year < first || year > last) years.push(year);
  }
  return years;
}
