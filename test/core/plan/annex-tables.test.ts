// Annex tables in shapes the seeds do not use: one row per line, another column order, groups
// named differently, a plan year other than the seeds'.
import { describe, expect, it } from 'vitest';
import { extractSchedule } from '../../../src/core/plan/schedule';
import type { PlanWarning } from '../../../src/core/plan/types';
import { extractWorkGroups } from '../../../src/core/plan/work-groups';

const ctx = { issuedOn: '2021-03-01', defaultYear: 2021 };

describe('schedule tables', () => {
  it('reads rows written one per line with tabs between the cells, in any column order', () => {
    const lines = [
      '附件',
      '重点任务进度安排',
      '序号\t主要任务\t完成时间\t责任单位',
      '1\t制定实施方案\t3月底前\t县卫健委、县医保局',
      '2\t启动改革\t2021年4月1日\t县卫健委',
      '3\t督导检查\t持续\t县医改办',
    ];
    const warnings: PlanWarning[] = [];
    expect(extractSchedule(lines, ctx, warnings)).toEqual([
      {
        seq: 1,
        dueText: '3月底前',
        due: '2021-03-31',
        ongoing: false,
        task: '制定实施方案',
        owners: ['县卫健委', '县医保局'],
        source: { line: 4, endLine: 4 },
      },
      {
        seq: 2,
        dueText: '2021年4月1日',
        due: '2021-04-01',
        ongoing: false,
        task: '启动改革',
        owners: ['县卫健委'],
        source: { line: 5, endLine: 5 },
      },
      {
        seq: 3,
        dueText: '持续',
        due: null,
        ongoing: true,
        task: '督导检查',
        owners: ['县医改办'],
        source: { line: 6, endLine: 6 },
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('warns about a row with a missing cell and a deadline it cannot read', () => {
    const lines = [
      '\t序号',
      '\t完成时限',
      '\t主要任务',
      '\t责任组',
      '',
      '\t1',
      '\t待定',
      '\t制定方案',
      '',
      '\t2',
      '\t5月10日',
      '\t宣传组',
    ];
    const warnings: PlanWarning[] = [];
    const rows = extractSchedule(lines, ctx, warnings);
    expect(rows.map((r) => [r.seq, r.due])).toEqual([
      [1, null],
      [2, '2021-05-10'],
    ]);
    expect(warnings.map((w) => w.line)).toEqual([6, 6, 10]);
  });
});

describe('work groups', () => {
  it('merges a labelled section and a composition table by group name', () => {
    const lines = [
      '（一）医疗服务价格改革专班',
      '牵头单位：县医保局',
      '成员单位：县卫健委、县财政局。',
      '工作职责：制定调价方案；开展调价评估。',
      '附件2',
      '\t工作组\t责任人\t组成人员',
      '\t一、医疗服务价格改革专班',
      '\t组长',
      '\t李 明 县医保局局长',
      '\t副组长',
      '\t王小红 县卫健委副主任',
      '\t成员',
      '\t县医保局、县卫健委、县财政局',
    ];
    expect(extractWorkGroups(lines, [])).toEqual([
      {
        name: '医疗服务价格改革专班',
        leadUnits: ['县医保局'],
        memberUnits: ['县卫健委', '县财政局'],
        leader: '李明 县医保局局长',
        deputies: ['王小红 县卫健委副主任'],
        duties: ['制定调价方案', '开展调价评估'],
        dutySummary: '制定调价方案；开展调价评估。',
        staffUnits: ['县医保局', '县卫健委', '县财政局'],
        source: { line: 1, endLine: 4 },
      },
    ]);
  });

  it('does not take ordinary numbered headings for work groups', () => {
    expect(
      extractWorkGroups(
        ['（一）加强组织领导', '各部门要落实责任。', '（二）工作组', '负责协调。'],
        [],
      ),
    ).toEqual([]);
  });
});
