// Reporting cadences: the period of a day, its due date (the period's last working day), the periods so far,
// and the cadence a plan states in its own words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  describeCadence,
  periodOn,
  periodsUntil,
  type ReportingCadence,
} from '../../../src/core/ledger/cadence';
import { cadenceFromPlan } from '../../../src/core/ledger/cadence-from-plan';

const banan: ReportingCadence = {
  start: '2017-09-15',
  phases: [{ every: 'day', months: 1 }, { every: 'week' }],
};

describe('reporting periods', () => {
  it('are daily in the first month and weekly from the second', () => {
    expect(periodOn(banan, '2017-09-14')).toBeNull();
    expect(periodOn(banan, '2017-09-15')).toMatchObject({
      kind: 'day',
      start: '2017-09-15',
      due: '2017-09-15',
    });
    // a Sunday in the daily phase belongs to the Friday before
    expect(periodOn(banan, '2017-09-17')).toMatchObject({ kind: 'day', start: '2017-09-15' });
    // the make-up Saturday 30 September is a reporting day
    expect(periodOn(banan, '2017-09-30')).toMatchObject({ kind: 'day', start: '2017-09-30' });
    expect(periodOn(banan, '2017-10-16')).toMatchObject({
      kind: 'week',
      start: '2017-10-16',
      end: '2017-10-22',
      due: '2017-10-20',
    });
  });

  it('moves a weekly report due in a week without working days to the next working day', () => {
    const weekly: ReportingCadence = { start: '2017-01-01', phases: [{ every: 'week' }] };
    // 2–8 October 2017: the whole week is the National Day holiday
    expect(periodOn(weekly, '2017-10-04')).toMatchObject({
      start: '2017-10-02',
      due: '2017-10-09',
    });
    expect(periodOn(weekly, '2017-10-04')?.label).toBe('2017年第40周（10月2日—10月8日）周报');
  });

  it('lists every period from the start, daily then weekly, without gaps or repeats', () => {
    const periods = periodsUntil(banan, '2017-10-31');
    const daily = periods.filter((p) => p.kind === 'day');
    const weekly = periods.filter((p) => p.kind === 'week');
    // 15 September to 15 October (a Sunday): the working days of that month, then whole weeks
    expect(daily.map((p) => p.start)).toContain('2017-09-30');
    expect(daily.map((p) => p.start)).not.toContain('2017-10-02');
    expect(daily.at(-1)?.start).toBe('2017-10-13');
    expect(weekly[0]?.start).toBe('2017-10-16');
    expect(weekly.at(-1)?.start).toBe('2017-10-30');
    expect(new Set(periods.map((p) => `${p.kind} ${p.start}`)).size).toBe(periods.length);
  });

  it('adds months within the month', () => {
    expect(addMonths('2017-01-31', 1)).toBe('2017-02-28');
    expect(addMonths('2016-12-15', 2)).toBe('2017-02-15');
  });

  it('says the cadence in words', () => {
    expect(describeCadence(banan)).toBe('首月每日报送，第2个月起每周报送（自 2017-09-15 起）');
  });
});

describe('the cadence a plan states', () => {
  it('reads Banan’s daily reports at launch and weekly ones from the second month', () => {
    const text = readFileSync('src/demo/documents/banan-2017-public-hospital-reform.txt', 'utf8');
    const stated = cadenceFromPlan(text.split('\n'));
    expect(stated?.phases).toEqual([{ every: 'day', months: 1 }, { every: 'week' }]);
    expect(stated?.line).toBe(80);
  });

  it('reads other ways plans say it', () => {
    expect(cadenceFromPlan(['各牵头单位每月5日前将上月工作进展报区医改办。'])?.phases).toEqual([
      { every: 'month' },
    ]);
    expect(cadenceFromPlan(['实行周报告制度，三个月后改为每月报送一次。'])?.phases).toEqual([
      { every: 'week', months: 3 },
      { every: 'month' },
    ]);
    expect(cadenceFromPlan(['建立改革任务台账，定期督促工作进展。'])).toBeNull();
    // a frequency that is not about reporting
    expect(cadenceFromPlan(['医务人员每日查房两次。'])).toBeNull();
  });
});
