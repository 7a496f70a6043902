import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/parse';

const HEAD = [
  '某县人民政府办公室',
  '某县改革实施方案',
  '一、总体目标',
  '到2021年底，基本建立新机制。',
  '二、重点任务',
];

describe('tasks of a made-up plan', () => {
  it('gives a clause standing as its own paragraph to the item right before it, and keeps the item without one as a task to review', () => {
    const plan = parsePlan(
      [
        ...HEAD,
        '1. 推进甲项改革。加快推进，2021年6月底前完成。',
        '2. 推进乙项改革。加快推进。',
        '',
        '（责任单位：县卫健局、县财政局，排在第一位的为牵头部门，下同）',
        '3. 推进丙项改革。稳步推进。（县医保局、县卫健局负责）',
      ].join('\n'),
    );
    expect(
      plan.tasks.map((t) => [t.key, t.title, t.lead, t.co, t.due, t.deadline.inherited ?? false]),
    ).toEqual([
      ['二/1', '推进甲项改革', [], [], '2021-06-30', false],
      ['二/2', '推进乙项改革', ['县卫健局'], ['县财政局'], '2021-12-31', true],
      ['二/3', '推进丙项改革', ['县医保局'], ['县卫健局'], '2021-12-31', true],
    ]);
    expect(plan.tasks.map((t) => t.needsReview ?? false)).toEqual([true, false, false]);
    expect(plan.tasks.map((t) => t.reviewReason ?? null)).toEqual([
      '原文没有写明责任单位，牵头单位为空，请补填',
      null,
      null,
    ]);
    expect(plan.tasks[1]?.source).toEqual({ line: 7, endLine: 9 });
    expect(plan.warnings).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringContaining('推进甲项改革') }),
    ]);
  });

  it('takes the latest deadline written in the item', () => {
    const plan = parsePlan(
      [...HEAD, '1. 建设平台。2021年6月底前试点，2022年底前全覆盖。（牵头单位：县卫健局）'].join(
        '\n',
      ),
    );
    expect(plan.tasks[0]).toMatchObject({ dueText: '2022年底前', due: '2022-12-31' });
    expect(plan.tasks[0]?.deadline.inherited).toBeUndefined();
  });

  it('warns about a clause it cannot read, with its line', () => {
    const plan = parsePlan(
      [
        ...HEAD,
        '1. 建设平台。内容。（牵头单位：）',
        '2. 建设网络。内容。（牵头单位：县卫健局）',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.key, t.lead, t.needsReview ?? false])).toEqual([
      ['二/1', [], true],
      ['二/2', ['县卫健局'], false],
    ]);
    expect(plan.warnings.map((w) => w.line)).toContain(6);
  });

  it('never throws', () => {
    for (const text of [
      '',
      '\uFEFF',
      '一、',
      '（',
      '附件',
      '1.\n\n（责任单位：',
      '\t\t\t',
      '关于\n通知',
    ]) {
      expect(() => parsePlan(text)).not.toThrow();
    }
  });
});

describe('a time limit written inside the clause', () => {
  it('is the task deadline', () => {
    const plan = parsePlan(
      [...HEAD, '1. 建设平台。内容。（牵头单位：县卫健局；完成时限：2022年6月底前）'].join('\n'),
    );
    expect(plan.tasks[0]).toMatchObject({ lead: ['县卫健局'], due: '2022-06-30' });
    expect(plan.warnings).toEqual([]);
  });
});

describe('clauses written without brackets', () => {
  it('reads "责任单位：…" at the end of an item or on a line of its own', () => {
    const plan = parsePlan(
      [
        ...HEAD,
        '1. 建设平台。加快建设。责任单位：县卫健局、县财政局。',
        '2. 建设网络。加快建设。',
        '牵头单位：县医保局；配合单位：县卫健局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.key, t.lead, t.co])).toEqual([
      ['二/1', ['县卫健局', '县财政局'], []],
      ['二/2', ['县医保局'], ['县卫健局']],
    ]);
  });

  it('leaves a work group roster to the work groups', () => {
    const plan = parsePlan(
      [...HEAD, '（一）综合协调组', '牵头部门：县医改办', '成员部门：县卫健局、县财政局。'].join(
        '\n',
      ),
    );
    expect(plan.tasks).toEqual([]);
  });
});
