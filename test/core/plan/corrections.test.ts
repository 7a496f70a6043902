// Corrections apply to stable keys, compose in order, and report the ones that no longer fit instead of failing.
import { describe, expect, it } from 'vitest';
import { applyCorrections, describeCorrection } from '../../../src/core/plan/corrections';
import type { Plan, Task } from '../../../src/core/plan/types';

function task(key: string, lead: string[], co: string[], line: number): Task {
  return {
    key,
    ref: key,
    title: `任务${key}`,
    text: `任务${key}的内容。`,
    lead,
    co,
    attribution: '',
    eachLeadsOwnPart: false,
    dueText: '2020年底前',
    due: '2020-12-31',
    deadline: { dueText: '2020年底前', due: '2020-12-31' },
    sectionPath: [],
    source: { line, endLine: line },
  };
}

const plan: Plan = {
  title: '某区方案',
  noticeTitle: null,
  issuer: '某区人民政府办公室',
  docNumber: null,
  issuedOn: '2020-10-27',
  sections: [],
  tasks: [
    task('一', ['区卫健委'], ['区财政局'], 10),
    task('二', ['区医保局'], ['区卫健委'], 12),
    task('三', ['区财政局'], [], 14),
  ],
  baselines: [],
  furniture: [],
  targets: [
    {
      key: 'L20#1',
      text: '药占比降到30%以下',
      subject: '药占比',
      op: '<',
      value: 30,
      unit: '%',
      due: '2017-12-31',
      dueText: '2017年底',
      scope: null,
      indicator: '药占比（不含中药饮片）',
      taskKey: null,
      source: { line: 20 },
    },
  ],
  workGroups: [],
  schedule: [],
  units: [{ name: '区卫健委', canonical: '区卫生健康委员会', lines: [10] }],
  warnings: [],
  lineCount: 30,
};

describe('applyCorrections', () => {
  it('changes only the named task and keeps the parse untouched', () => {
    const { plan: next, stale } = applyCorrections(plan, [
      {
        op: 'setTask',
        taskKey: '二',
        fields: { lead: ['区医保局', '区卫健委'], co: [], due: '2020-11-30', dueText: '11月底前' },
      },
    ]);
    expect(stale).toEqual([]);
    expect(next.tasks[1]).toMatchObject({
      lead: ['区医保局', '区卫健委'],
      co: [],
      due: '2020-11-30',
      dueText: '11月底前',
    });
    expect(next.tasks[1]?.deadline.inherited).toBe(false);
    expect(plan.tasks[1]?.lead).toEqual(['区医保局']);
  });

  it('a task the parser could not attribute needs no review once a person names its lead units', () => {
    const unattributed: Task = {
      ...task('四', [], [], 16),
      needsReview: true,
      reviewReason: '原文没有写明责任单位，牵头单位为空，请补填',
    };
    const withOpen = { ...plan, tasks: [...plan.tasks, unattributed] };
    const onlyTitle = applyCorrections(withOpen, [
      { op: 'setTask', taskKey: '四', fields: { title: '新标题' } },
    ]).plan.tasks[3];
    expect(onlyTitle).toMatchObject({ title: '新标题', needsReview: true });
    const named = applyCorrections(withOpen, [
      { op: 'setTask', taskKey: '四', fields: { lead: ['区卫健委'] } },
    ]).plan.tasks[3];
    expect(named?.lead).toEqual(['区卫健委']);
    expect(named?.needsReview).toBeUndefined();
    expect(named?.reviewReason).toBeUndefined();
  });

  it('merges tasks into the first: leads united, a lead is never also a cooperating unit, lines spanned', () => {
    const { plan: next } = applyCorrections(plan, [{ op: 'mergeTasks', taskKeys: ['一', '二'] }]);
    expect(next.tasks.map((t) => t.key)).toEqual(['一', '三']);
    expect(next.tasks[0]).toMatchObject({
      lead: ['区卫健委', '区医保局'],
      co: ['区财政局'],
      source: { line: 10, endLine: 12 },
    });
  });

  it('splits a task into parts with their own units and deadlines, in place', () => {
    const { plan: next } = applyCorrections(plan, [
      {
        op: 'splitTask',
        taskKey: '一',
        parts: [
          { title: '甲', lead: ['区卫健委'], co: [], dueText: null, due: null },
          { title: '乙', lead: ['区财政局'], co: ['区卫健委'], dueText: '全程', due: null },
        ],
      },
    ]);
    expect(next.tasks.map((t) => t.key)).toEqual(['一#1', '一#2', '二', '三']);
    expect(next.tasks[1]).toMatchObject({
      title: '乙',
      lead: ['区财政局'],
      deadline: { ongoing: true },
    });
  });

  it('reports corrections whose task is gone as stale and still applies the rest', () => {
    const { plan: next, stale } = applyCorrections(plan, [
      { op: 'deleteTask', taskKey: '三' },
      { op: 'setTask', taskKey: '三', fields: { title: 'x' } },
      { op: 'setTarget', targetKey: 'L20#1', fields: { op: '<=' } },
      { op: 'setUnitCanonical', name: '区卫健委', canonical: null },
      { op: 'setUnitCanonical', name: '不存在的单位', canonical: 'x' },
    ]);
    expect(stale).toEqual([1, 4]);
    expect(next.tasks).toHaveLength(2);
    expect(next.targets[0]?.op).toBe('<=');
    expect(next.units[0]?.canonical).toBeNull();
  });

  it('describes each correction in Chinese for the revision list', () => {
    expect(describeCorrection({ op: 'mergeTasks', taskKeys: ['一', '二'] })).toBe(
      '合并任务 一、二',
    );
  });
});
