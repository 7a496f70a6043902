// How often units report on a ledger, as data: phases in order, each lasting some months from the ledger's
// start (the last one open-ended), e.g. daily for the first month and weekly from the second. The reporting
// period of a day, its due date (the period's last working day) and the periods of a span are derived here.
import { addDays, dateOfDay, dayNumber, isWorkday } from '../shared/workdays';

export const periodKinds = ['day', 'week', 'month'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export const periodKindNames: Record<PeriodKind, string> = {
  day: '日报',
  week: '周报',
  month: '月报',
};

export interface CadencePhase {
  every: PeriodKind;
  /** How many months from the phase's start it lasts; absent on the last phase (open-ended). */
  months?: number;
}

export interface ReportingCadence {
  /** The first day reports are due (the plan's launch or issue date). */
  start: string;
  phases: CadencePhase[];
}

export interface ReportingPeriod {
  kind: PeriodKind;
  /** First and last calendar day the period covers. */
  start: string;
  end: string;
  /** When the report is due: the period's last working day (the next working day when it has none). */
  due: string;
  /** e.g. "2017-07-03 日报", "2017年第27周（7月3日—7月9日）周报", "2017年7月 月报". */
  label: string;
}

/** The date `months` calendar months after `date`, kept within the month (31 January + 1 month = 28 February). */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The first Monday on or after a date. */
const mondayFrom = (date: string): string => {
  const day = dayNumber(date);
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday 0 … Sunday 6
  return dateOfDay(weekday === 0 ? day : day + 7 - weekday);
};

/** The first first-of-month on or after a date. */
const monthFrom = (date: string): string =>
  date.endsWith('-01') ? date : addMonths(`${date.slice(0, 7)}-01`, 1);

interface Segment {
  phase: CadencePhase;
  from: string;
  /** First day of the next phase; null for the last, open-ended one. */
  until: string | null;
}

/**
 * The phases as date spans. A weekly or monthly phase starts with a whole week (Monday) or month: the phase
 * before it runs on until then, so no period straddles two phases.
 */
function segments(cadence: ReportingCadence): Segment[] {
  const out: Segment[] = [];
  let from = cadence.start;
  cadence.phases.forEach((phase, index) => {
    const next = cadence.phases[index + 1];
    if (phase.months === undefined || next === undefined) {
      out.push({ phase, from, until: null });
      return;
    }
    const end = addMonths(from, phase.months);
    const until =
      next.every === 'week' ? mondayFrom(end) : next.every === 'month' ? monthFrom(end) : end;
    out.push({ phase, from, until });
    from = until;
  });
  return out;
}

/** The phase in force on a date, or null before the cadence starts. */
export function phaseOn(cadence: ReportingCadence, date: string): CadencePhase | null {
  if (date < cadence.start) return null;
  const found = segments(cadence).find(
    (segment) => date >= segment.from && (segment.until === null || date < segment.until),
  );
  return found?.phase ?? cadence.phases.at(-1) ?? null;
}

function lastWorkdayIn(start: string, end: string): string {
  for (let day = dayNumber(end); day >= dayNumber(start); day--) {
    if (isWorkday(dateOfDay(day))) return dateOfDay(day);
  }
  let day = dayNumber(end) + 1;
  while (!isWorkday(dateOfDay(day))) day++;
  return dateOfDay(day);
}

/** ISO week number and its year (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(date: string): { year: number; week: number } {
  const day = dayNumber(date);
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday 0 … Sunday 6
  const thursday = day - weekday + 3;
  const year = Number(dateOfDay(thursday).slice(0, 4));
  const firstThursday = dayNumber(`${year}-01-04`);
  const firstMonday = firstThursday - ((((firstThursday + 3) % 7) + 7) % 7);
  return { year, week: Math.floor((day - weekday - firstMonday) / 7) + 1 };
}

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** The period of a given kind that contains a date. */
export function periodOfKind(kind: PeriodKind, date: string): ReportingPeriod {
  if (kind === 'day') {
    return { kind, start: date, end: date, due: lastWorkdayIn(date, date), label: `${date} 日报` };
  }
  if (kind === 'week') {
    const day = dayNumber(date);
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    const start = dateOfDay(monday);
    const end = dateOfDay(monday + 6);
    const { year, week } = isoWeek(date);
    return {
      kind,
      start,
      end,
      due: lastWorkdayIn(start, end),
      label: `${year}年第${week}周（${monthDay(start)}—${monthDay(end)}）周报`,
    };
  }
  const start = `${date.slice(0, 7)}-01`;
  const end = addDays(addMonths(start, 1), -1);
  return {
    kind,
    start,
    end,
    due: lastWorkdayIn(start, end),
    label: `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月 月报`,
  };
}

/**
 * The reporting period a date falls in, or null before the cadence starts. A daily phase has no period on a
 * day off: the period is then the last working day's (reports for it may still come in).
 */
export function periodOn(cadence: ReportingCadence, date: string): ReportingPeriod | null {
  const phase = phaseOn(cadence, date);
  if (phase === null) return null;
  if (phase.every === 'day' && !isWorkday(date)) {
    let day = dayNumber(date);
    while (!isWorkday(dateOfDay(day)) && dateOfDay(day) > cadence.start) day--;
    return isWorkday(dateOfDay(day)) ? periodOfKind('day', dateOfDay(day)) : null;
  }
  return periodOfKind(phase.every, date);
}

/** Every period from the cadence's start up to and including the one containing `until`, oldest first. */
export function periodsUntil(cadence: ReportingCadence, until: string): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  let date = cadence.start;
  while (date <= until) {
    const phase = phaseOn(cadence, date);
    if (phase === null) break;
    if (phase.every === 'day' && !isWorkday(date)) {
      date = addDays(date, 1);
      continue;
    }
    const period = periodOfKind(phase.every, date);
    const last = periods.at(-1);
    if (!last || last.start !== period.start || last.kind !== period.kind) periods.push(period);
    date = addDays(period.end, 1);
  }
  return periods;
}

/** A cadence in words for the UI: "首月每日报送，此后每周报送". */
export function describeCadence(cadence: ReportingCadence): string {
  const every: Record<PeriodKind, string> = { day: '每日', week: '每周', month: '每月' };
  const parts: string[] = [];
  let monthsSoFar = 0;
  cadence.phases.forEach((phase, index) => {
    const when =
      index === 0
        ? phase.months === undefined
          ? ''
          : phase.months === 1
            ? '首月'
            : `前${phase.months}个月`
        : monthsSoFar > 0
          ? `第${monthsSoFar + 1}个月起`
          : '此后';
    parts.push(`${when}${every[phase.every]}报送`);
    monthsSoFar += phase.months ?? 0;
  });
  return `${parts.join('，')}（自 ${cadence.start} 起）`;
}

/** The cadence when the plan states none: monthly from the start (the office may change it). */
export const defaultCadence = (start: string): ReportingCadence => ({
  start,
  phases: [{ every: 'month' }],
});
