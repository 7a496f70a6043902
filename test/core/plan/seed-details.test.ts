// Details of the seed plans' tasks beyond the tables: counts, page-break joins, inherited deadlines, 分别负责.
import { describe, expect, it } from 'vitest';
import { loadSeedPlan } from './seed-plan';

const kaizhou = loadSeedPlan('kaizhou-2020-h2-reform-task-division.txt');
const harbin = loadSeedPlan('harbin-2017-urban-public-hospital-reform.txt');
const ziyang = loadSeedPlan('ziyang-2017-comprehensive-reform-pilot.txt');
const yuzhong = loadSeedPlan('yuzhong-2022-high-quality-development.txt');
const banan = loadSeedPlan('banan-2017-public-hospital-reform.txt');

describe('tasks of the seed plans', () => {
  it('counts: Kaizhou 26, Harbin 25, Ziyang 32, Yuzhong 24 + 4 guarantees, Banan none', () => {
    expect(kaizhou.tasks).toHaveLength(26);
    expect(harbin.tasks).toHaveLength(25);
    expect(ziyang.tasks).toHaveLength(32);
    expect(yuzhong.tasks.filter((t) => t.key.startsWith('二/'))).toHaveLength(24);
    expect(yuzhong.tasks.filter((t) => t.key.startsWith('三/'))).toHaveLength(4);
    // Banan assigns work through its annexes (work groups, schedule), not per paragraph.
    expect(banan.tasks).toEqual([]);
  });

  it('keeps the clause as written inside the whole item text', () => {
    for (const plan of [kaizhou, harbin, ziyang, yuzhong]) {
      for (const task of plan.tasks) {
        expect(task.text.startsWith(task.ref)).toBe(true);
        expect(task.text).toContain(task.attribution);
        expect(task.sectionPath.length).toBeGreaterThan(0);
      }
    }
    expect(kaizhou.tasks[25]?.text.endsWith('(区卫生健康委负责)')).toBe(true);
  });

  it('joins a Ziyang item broken by page breaks, with its clause on a paragraph of its own', () => {
    const task = ziyang.tasks.find((t) => t.key === '二/（六）/4');
    expect(task?.source).toEqual({ line: 101, endLine: 105 });
    expect(task?.text).toContain('支持疗效独特的医疗机构中药制剂在市内');
    expect(task?.attribution.startsWith('〔市经济和信息化委')).toBe(true);
    expect(ziyang.tasks.find((t) => t.key === '二/（七）/4')?.source).toEqual({
      line: 117,
      endLine: 121,
    });
  });

  it('marks inherited deadlines and keeps the phrase they came from', () => {
    expect(kaizhou.tasks[0]?.deadline).toEqual({
      dueText: '2020年下半年',
      due: '2020-12-31',
      inherited: true,
    });
    expect(kaizhou.tasks[2]).toMatchObject({ dueText: '2020年底前', due: '2020-12-31' });
    expect(kaizhou.tasks[2]?.deadline.inherited).toBeUndefined();
    expect(harbin.tasks[0]).toMatchObject({
      dueText: '到2017年年底',
      due: '2017-12-31',
      deadline: { inherited: true },
    });
    expect(harbin.tasks[2]).toMatchObject({ dueText: '2017年8月底前', due: '2017-08-31' });
    expect(harbin.tasks[17]).toMatchObject({ dueText: '到2020年', due: '2020-12-31' });
    expect(yuzhong.tasks[0]).toMatchObject({ dueText: '到2025年', due: '2025-12-31' });
    expect(yuzhong.tasks[17]).toMatchObject({ dueText: '2022年底前', due: '2022-12-31' });
    expect(ziyang.tasks[8]).toMatchObject({ dueText: '2017 年底前', due: '2017-12-31' });
  });

  it('marks 分别负责 tasks', () => {
    expect(kaizhou.tasks.filter((t) => t.eachLeadsOwnPart).map((t) => t.ref)).toEqual([
      '(三)',
      '(五)',
      '(六)',
      '(七)',
      '(十一)',
      '(十二)',
      '(十三)',
      '(十七)',
      '(十八)',
      '(二十)',
      '(二十一)',
      '(二十二)',
      '(二十三)',
      '(二十四)',
    ]);
    expect(harbin.tasks.filter((t) => t.eachLeadsOwnPart).map((t) => t.ref)).toEqual([
      '12.',
      '14.',
      '19.',
      '24.',
    ]);
  });
});
