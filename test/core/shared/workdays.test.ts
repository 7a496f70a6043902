// The working-day calendar against the State Council's holiday notices (国务院办公厅关于部分节假日安排的通知)
// of 2017, 2020 (with the Spring Festival extension of 国办发明电〔2020〕1号) and 2022–2026.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  dateOfDay,
  dayNumber,
  holidayName,
  isWorkday,
  knownYears,
  unknownYears,
  workdaysBetween,
  workdaysLeft,
} from '../../../src/core/shared/workdays';

/** Each notice's holiday runs (first, last day off) and the weekend days made working days. */
const NOTICES: { holiday: string; off: [string, string]; makeUp: string[] }[] = [
  { holiday: '春节', off: ['2017-01-27', '2017-02-02'], makeUp: ['2017-01-22', '2017-02-04'] },
  { holiday: '清明', off: ['2017-04-02', '2017-04-04'], makeUp: ['2017-04-01'] },
  { holiday: '端午', off: ['2017-05-28', '2017-05-30'], makeUp: ['2017-05-27'] },
  { holiday: '国庆节', off: ['2017-10-01', '2017-10-08'], makeUp: ['2017-09-30'] },
  // 2020: 24–30 January in the notice, extended to 2 February; 1 February stopped being a working day.
  { holiday: '春节', off: ['2020-01-24', '2020-02-02'], makeUp: ['2020-01-19'] },
  { holiday: '劳动节', off: ['2020-05-01', '2020-05-05'], makeUp: ['2020-04-26', '2020-05-09'] },
  { holiday: '国庆节', off: ['2020-10-01', '2020-10-08'], makeUp: ['2020-09-27', '2020-10-10'] },
  { holiday: '春节', off: ['2022-01-31', '2022-02-06'], makeUp: ['2022-01-29', '2022-01-30'] },
  { holiday: '国庆节', off: ['2022-10-01', '2022-10-07'], makeUp: ['2022-10-08', '2022-10-09'] },
  { holiday: '春节', off: ['2023-01-21', '2023-01-27'], makeUp: ['2023-01-28', '2023-01-29'] },
  { holiday: '国庆节', off: ['2023-09-29', '2023-10-06'], makeUp: ['2023-10-07', '2023-10-08'] },
  { holiday: '春节', off: ['2024-02-10', '2024-02-17'], makeUp: ['2024-02-04', '2024-02-18'] },
  { holiday: '国庆节', off: ['2024-10-01', '2024-10-07'], makeUp: ['2024-09-29', '2024-10-12'] },
  { holiday: '春节', off: ['2025-01-28', '2025-02-04'], makeUp: ['2025-01-26', '2025-02-08'] },
  { holiday: '国庆节', off: ['2025-10-01', '2025-10-08'], makeUp: ['2025-09-28', '2025-10-11'] },
  { holiday: '春节', off: ['2026-02-15', '2026-02-23'], makeUp: ['2026-02-14', '2026-02-28'] },
];

const days = (first: string, last: string): string[] => {
  const out: string[] = [];
  for (let day = dayNumber(first); day <= dayNumber(last); day++) out.push(dateOfDay(day));
  return out;
};

describe('working days follow the holiday notices', () => {
  for (const notice of NOTICES) {
    it(`${notice.off[0].slice(0, 4)} ${notice.holiday}: ${notice.off.join(' 至 ')} 放假, ${notice.makeUp.join('、')} 上班`, () => {
      for (const day of days(...notice.off)) {
        expect(isWorkday(day), day).toBe(false);
        // a combined break (中秋 and 国庆 in 2017, 2020, 2023, 2025) names either festival on its days
        expect([notice.holiday, '中秋'], day).toContain(holidayName(day));
      }
      for (const day of notice.makeUp) expect(isWorkday(day), day).toBe(true);
      const before = dateOfDay(dayNumber(notice.off[0]) - 1);
      const after = dateOfDay(dayNumber(notice.off[1]) + 1);
      expect(isWorkday(after) || notice.makeUp.length === 0 || isWorkday(before)).toBe(true);
    });
  }

  it('2017 National Day week: the Friday before is followed by the make-up Saturday, then 9 October', () => {
    expect(addWorkdays('2017-09-29', 1)).toBe('2017-09-30');
    expect(addWorkdays('2017-09-30', 1)).toBe('2017-10-09');
    expect(workdaysBetween('2017-10-01', '2017-10-31')).toBe(17);
    expect(workdaysLeft('2017-09-29', '2017-10-09')).toBe(2);
  });

  it('2020 Spring Festival extension: no working day from 24 January to 2 February', () => {
    expect(workdaysBetween('2020-01-24', '2020-02-02')).toBe(0);
    expect(addWorkdays('2020-01-23', 1)).toBe('2020-02-03');
    expect(addWorkdays('2020-02-03', -1)).toBe('2020-01-23');
  });

  it('counts whole years as the notices give them', () => {
    // 2017: 365 days − 105 weekend days − 11 holiday weekdays + 4 make-up weekend days… = 249 (year total)
    expect(workdaysBetween('2017-01-01', '2017-12-31')).toBe(249);
    expect(workdaysBetween('2024-01-01', '2024-12-31')).toBe(251);
  });
});

describe('arithmetic', () => {
  const known = knownYears();
  const dayArb = fc
    .integer({
      min: dayNumber(`${known.first - 2}-01-01`),
      max: dayNumber(`${known.last + 2}-12-31`),
    })
    .map(dateOfDay);

  it('adding n working days and counting back agree', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 400 }), (date, n) => {
        const later = addWorkdays(date, n);
        expect(isWorkday(later)).toBe(true);
        expect(workdaysBetween(dateOfDay(dayNumber(date) + 1), later)).toBe(n);
        expect(workdaysLeft(date, later)).toBe(n);
        expect(workdaysLeft(later, date)).toBe(-n);
      }),
    );
  });

  it('counting a range equals counting day by day, inside and outside the covered years', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 900 }), (from, length) => {
        const to = dateOfDay(dayNumber(from) + length);
        const byDay = days(from, to).filter(isWorkday).length;
        expect(workdaysBetween(from, to)).toBe(byDay);
      }),
    );
  });

  it('says which years the holiday data does not cover', () => {
    expect(known.first).toBeLessThanOrEqual(2017);
    expect(known.last).toBeGreaterThanOrEqual(2026);
    expect(unknownYears('2025-03-01', `${known.last + 1}-06-30`)).toEqual([known.last + 1]);
    expect(unknownYears('2017-01-01', '2026-12-31')).toEqual([]);
  });

  it('refuses text that is not a calendar date', () => {
    expect(() => isWorkday('2017-02-30')).toThrow(RangeError);
    expect(() => addWorkdays('2017/10/01', 1)).toThrow(RangeError);
  });
});
