// `yigai calendar workdays` and `yigai calendar add` as a user runs them: the Chinese working-day calendar,
// `--json` for scripts, a note when a year's holidays are not in the data, one clear line for a wrong date.
import { describe, expect, it } from 'vitest';
import { yigai } from './yigai-process';

describe('yigai calendar', () => {
  it('counts the working days of October 2017 (National Day week, make-up day before it)', async () => {
    const run = await yigai(['calendar', 'workdays', '2017-09-30', '2017-10-31', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      from: '2017-09-30',
      to: '2017-10-31',
      workdays: 18,
      note: null,
    });
  });

  it('adds working days across the 2020 Spring Festival extension', async () => {
    const run = await yigai(['calendar', 'add', '2020-01-23', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('2020-01-23 之后第 1 个工作日：2020-02-03');
  });

  it('says when a year is beyond the holiday data', async () => {
    const run = await yigai(['calendar', 'add', '2026-12-30', '3', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { result: string; note: string };
    expect(result.result).toBe('2027-01-04');
    expect(result.note).toContain('2027 年按周一至周五计算');
  });

  it('refuses a date that is not one, in one line', async () => {
    const run = await yigai(['calendar', 'workdays', '2017-02-30', '2017-03-31']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      '错误：开始日期“2017-02-30”不是日期，请写成 YYYY-MM-DD，例如 2017-10-09。',
    );
  });
});
