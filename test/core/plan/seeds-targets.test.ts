// Every quantitative target of each seed plan, as read from the documents: subject, operator,
// value, unit, deadline, scope and indicator, one explicit table per seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLines, toParagraphs } from '../../../src/core/plan/lines';
import { extractTargets } from '../../../src/core/plan/targets';
import type { PlanWarning, Target, Task } from '../../../src/core/plan/types';

type Row = [
  line: number,
  subject: string,
  op: Target['op'],
  value: number,
  unit: string,
  due: string | null,
  scope: string | null,
  indicator: string | null,
];

function targetsOf(file: string, issuedOn: string, tasks: Task[] = []): Target[] {
  const text = readFileSync(
    new URL(`../../../src/demo/documents/${file}`, import.meta.url),
    'utf8',
  );
  const warnings: PlanWarning[] = [];
  const ctx = { issuedOn, defaultYear: Number(issuedOn.slice(0, 4)) };
  return extractTargets(toParagraphs(splitLines(text)), tasks, ctx, warnings);
}

function rows(targets: Target[]): Row[] {
  return targets.map((t) => [
    t.source.line,
    t.subject,
    t.op,
    t.value,
    t.unit,
    t.due,
    t.scope,
    t.indicator,
  ]);
}

describe('Banan 2017 targets', () => {
  const targets = targetsOf('banan-2017-public-hospital-reform.txt', '2017-08-18');
  it('finds the cost, drug-share, materials, per-case, compensation and outpatient targets', () => {
    expect(rows(targets)).toEqual<Row[]>([
      [31, '医疗费用增长幅度', '<', 10, '%', '2017-12-31', null, '医疗费用增长幅度'],
      [31, '药占比（不含中药饮片）', '<', 30, '%', '2017-12-31', null, '药占比（不含中药饮片）'],
      [
        31,
        '百元医疗收入（不含药品收入）中消耗的卫生材料',
        '<',
        20,
        '元',
        '2017-12-31',
        null,
        '百元医疗收入（不含药品收入）中消耗的卫生材料',
      ],
      [42, '实行单病种付费的病种数', '>=', 100, '个', '2017-12-31', null, '按病种付费病种数'],
      [44, '补偿率', '>=', 90, '%', null, '区政府举办的公立医院', null],
      [60, '普通门诊号源', '>=', 50, '%', null, '二级公立医院', '普通门诊号源占比'],
      [60, '提供特需服务的比例', '<=', 10, '%', null, null, '特需医疗服务占比'],
    ]);
  });
  it('keeps the phrase as written, its deadline words and a key per line', () => {
    expect(targets[1]).toMatchObject({
      key: 'L31#2',
      text: '药占比（不含中药饮片）降到30%以下',
      dueText: '到2017年底',
    });
    expect(targets[6]?.text).toBe('提供特需服务的比例不得超过全部医疗服务的10%');
  });
  it('does not read policy amounts, counts of hospitals or dates as targets', () => {
    const texts = targets.map((t) => t.text).join('|');
    for (const notTarget of ['439项', '10家', '70%', '1次', '第2个月', '不足90%'])
      expect(texts).not.toContain(notTarget);
  });
});

describe('Harbin 2017 targets', () => {
  const targets = targetsOf('harbin-2017-urban-public-hospital-reform.txt', '2017-06-08');
  it('finds every target of the work goals and the tasks', () => {
    expect(rows(targets)).toEqual<Row[]>([
      [67, '医疗费用平均增长', '<', 10, '%', '2017-12-31', null, '医疗费用增长幅度'],
      [
        67,
        '体现医务人员技术劳务价值的医疗服务收入占医疗收入比重',
        '~',
        35,
        '%',
        '2017-12-31',
        null,
        '医疗服务收入占比',
      ],
      [75, '实行按病种收费的病种', '>=', 100, '个', '2017-12-31', null, '按病种付费病种数'],
      [99, '医疗费用平均增长幅度', '<', 10, '%', '2017-12-31', null, '医疗费用增长幅度'],
      [113, '医疗联合体', '>=', 50, '个', '2017-12-31', null, null],
      [113, '基层医疗集团', '>=', 1, '家', '2017-12-31', '各区', null],
      [115, '医生签约服务覆盖率', '>=', 30, '%', '2017-12-31', null, '家庭医生签约服务覆盖率'],
      [115, '签约服务覆盖率', '>=', 60, '%', '2017-12-31', '重点人群', '家庭医生签约服务覆盖率'],
      [123, '每千常住人口床位', '>=', 1.5, '张', '2020-12-31', null, null],
      [123, '提供特需服务的比例', '<=', 10, '%', null, null, '特需医疗服务占比'],
    ]);
  });
  it('does not read the 80/15/5 compensation split or 44 mutually recognised tests as targets', () => {
    expect(targets.filter((t) => [80, 15, 5, 44, 6].includes(t.value))).toEqual([]);
  });
  it('links a target to the task whose lines hold it', () => {
    const task = { key: '二/（五）/17', source: { line: 113 } } as Task;
    const withTask = targetsOf('harbin-2017-urban-public-hospital-reform.txt', '2017-06-08', [
      task,
    ]);
    expect(withTask.filter((t) => t.taskKey === '二/（五）/17').map((t) => t.key)).toEqual([
      'L113#1',
      'L113#2',
    ]);
  });
});

describe('Ziyang 2017 targets', () => {
  const targets = targetsOf('ziyang-2017-comprehensive-reform-pilot.txt', '2017-06-21');
  it('finds the targets of the tasks and of the phased schedule', () => {
    expect(rows(targets)).toEqual<Row[]>([
      [
        23,
        '个人卫生支出占卫生总费用的比例',
        '<',
        30,
        '%',
        '2017-12-31',
        null,
        '个人卫生支出占卫生总费用比例',
      ],
      [29, '标准化建设率', '>=', 95, '%', '2020-12-31', '妇幼保健机构', null],
      [55, '实行按病种付费的病种', '>=', 100, '个', '2017-12-31', null, '按病种付费病种数'],
      [79, '每千常住人口床位', '=', 1.5, '张', null, null, null],
      [
        97,
        '中药药品收入占药品收入的比例',
        '>',
        50,
        '%',
        null,
        '中医医院',
        '中药收入占药品收入比例',
      ],
      [
        97,
        '中药饮片收入占药品收入的比例',
        '>',
        20,
        '%',
        null,
        '中医医院',
        '中药饮片收入占药品收入比例',
      ],
      [99, '公立中医医院', '>=', 1, '所', null, '各县（区）', null],
      [131, '到县级医疗卫生机构支援', '>=', 6, '个月', null, '市级医疗卫生机构专业技术人员', null],
      [131, '到县级医疗卫生机构支援', '>=', 3, '个月', null, '市级医疗卫生机构专业技术人员', null],
      [133, '“乡聘村用”覆盖率', '>=', 90, '%', null, '贫困地区', null],
      [133, '每千人口乡村医生', '>=', 1, '名', null, '贫困地区', null],
      [147, '标准化建设率', '>=', 82, '%', '2017-12-31', '妇幼保健机构', null],
      [149, '标准化建设率', '>=', 95, '%', '2020-12-31', '妇幼保健机构', null],
      [
        151,
        '住院患者实现按病种付费',
        '>=',
        50,
        '%',
        '2017-12-31',
        '医保定点医院',
        '按病种付费住院人次占比',
      ],
      [155, '社会办医床位数和住院服务量占总量', '=', 25, '%', '2017-12-31', null, null],
      [155, '社会办医床位数和住院服务量占总量', '=', 30, '%', '2018-12-31', null, null],
      [159, '县域内就诊率', '~', 90, '%', '2017-12-31', null, '县域内就诊率'],
      [
        161,
        '中药药品收入占药品收入的比例',
        '>',
        50,
        '%',
        '2018-12-31',
        '中医医院',
        '中药收入占药品收入比例',
      ],
      [
        161,
        '中药饮片收入占药品收入的比例',
        '>',
        20,
        '%',
        '2018-12-31',
        '中医医院',
        '中药饮片收入占药品收入比例',
      ],
      [165, '个人医疗费用支出', '<', 10, '%', '2017-12-31', '建档立卡贫困人口', null],
    ]);
  });
  it('reads "2020 年以前" with a space and marks a deadline taken from the paragraph as inherited', () => {
    expect(targets[1]?.dueText).toBe('2020 年');
    expect(targets[17]).toMatchObject({ dueText: '2018 年', dueInherited: true });
    expect(targets[16]?.dueInherited).toBeUndefined();
  });
  it('points at the line after a page break that holds the phrase, keeping the paragraph key', () => {
    expect(targets[12]).toMatchObject({ key: 'L147#2', source: { line: 149 } });
    expect(targets[16]).toMatchObject({ key: 'L157#1', source: { line: 159 } });
    expect(targets[4]).toMatchObject({ key: 'L95#1', source: { line: 97 } });
  });
  it('keeps the unit as written: "不少于 6 个月" is 6 个月', () => {
    expect(targets[7]).toMatchObject({
      value: 6,
      unit: '个月',
      text: '到县级医疗卫生机构支援连续不少于 6 个月',
    });
  });
  it('does not read conditions, ranks or the 70/20/10 split as targets', () => {
    const texts = targets.map((t) => t.text).join('|');
    for (const notTarget of ['50 万', '100 张以上', '前 10 位', '70%', '第四档', '3 个县']) {
      expect(texts).not.toContain(notTarget);
    }
  });
});

describe('Yuzhong 2022 targets', () => {
  const targets = targetsOf('yuzhong-2022-high-quality-development.txt', '2022-04-26');
  it('finds the doctor-nurse ratio, the appointment rate and the expert contacts', () => {
    expect(rows(targets)).toEqual<Row[]>([
      [60, '医护比', '~', 2, '1:N', null, null, '医护比'],
      [72, '预约诊疗率', '>=', 50, '%', '2022-12-31', '三级医院', '预约诊疗率'],
      [82, '1名领导班子成员联系专家', '>=', 1, '名', null, null, null],
    ]);
  });
});

describe('Kaizhou 2020 targets', () => {
  it('has none: "增加30元" is a policy amount, not a goal', () => {
    expect(targetsOf('kaizhou-2020-h2-reform-task-division.txt', '2020-10-27')).toEqual([]);
  });
});
