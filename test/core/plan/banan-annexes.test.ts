// Banan's annexes: the 15 work groups (sections of Annex 1, the duties table, the composition
// table) and the 39-row schedule, as read from the document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/plan/lines';
import { extractSchedule } from '../../../src/core/plan/schedule';
import type { PlanWarning } from '../../../src/core/plan/types';
import { extractWorkGroups } from '../../../src/core/plan/work-groups';

const text = readFileSync(
  new URL('../../../src/demo/documents/banan-2017-public-hospital-reform.txt', import.meta.url),
  'utf8',
);
const lines = splitLines(text);
const ctx = { issuedOn: '2017-08-18', defaultYear: 2017 };

type GroupRow = [
  name: string,
  lead: string[],
  members: string[],
  leader: string,
  deputies: string[],
  duties: number,
];

const GROUPS: GroupRow[] = [
  [
    '综合协调组',
    ['区医改办'],
    ['区医改领导小组成员单位'],
    '王安锐 区政府督查室督查专员',
    ['黄曦 区医改办主任，区卫生计生委主任'],
    6,
  ],
  [
    '文件组',
    ['区卫生计生委'],
    ['区政府办', '区政府法制办', '区发改委', '区人力社保局', '区财政局', '区食药监分局'],
    '黄曦 区卫生计生委主任',
    ['张厚彬 区卫生计生委副主任'],
    4,
  ],
  [
    '医疗服务价格指导及医药价格监管组',
    ['区发改委'],
    ['区人力社保局', '区财政局', '区卫生计生委'],
    '刘敏 区发改委副主任',
    ['曹宗荣 区卫生计生委副主任'],
    4,
  ],
  [
    '医保工作组',
    ['区人力社保局'],
    ['区财政局', '区卫生计生委', '区民政局', '区发改委'],
    '刘莉 区人力社保局局长',
    ['胡进 区社保局局长'],
    8,
  ],
  [
    '财政保障组',
    ['区财政局'],
    ['区卫生计生委', '区发改委', '区人力社保局'],
    '马义华 区财政局局长',
    ['皮颖 区财政局副局长'],
    4,
  ],
  [
    '测算模拟组',
    ['区人力社保局'],
    ['区发改委', '区卫生计生委'],
    '刘莉 区人力社保局局长',
    ['胡进 区社保局局长', '曹宗荣 区卫生计生委副主任'],
    2,
  ],
  [
    '培训组',
    ['区医改办'],
    ['区卫生计生委', '区发改委', '区人力社保局', '区财政局', '区民政局'],
    '黄曦 区医改办主任，区卫生计生委主任',
    ['张厚彬 区卫生计生委副主任'],
    4,
  ],
  [
    '宣传舆情导控组',
    ['区委宣传部'],
    [
      '区网信办',
      '区外宣办',
      '区卫生计生委',
      '区发改委',
      '区人力社保局',
      '区财政局',
      '区公安分局',
      '区食药监分局',
    ],
    '陈浩 区委宣传部常务副部长',
    ['潘曙 区卫生计生协会副会长'],
    6,
  ],
  [
    '应急维稳组',
    ['区维稳办'],
    [
      '区公安分局',
      '区网信办',
      '区政府应急办',
      '区卫生计生委',
      '区发改委',
      '区人力社保局',
      '区财政局',
      '区民政局',
    ],
    '谭晓东 区政府党组成员、区维稳办主任',
    ['张智彪 区公安分局副局长', '龙超凡 区卫生计生委副主任'],
    5,
  ],
  [
    '现场督导组',
    ['区医改办', '区政府督查室'],
    ['区卫生计生委', '区发改委', '区人力社保局', '区民政局', '区国资办'],
    '黄曦 区卫生计生委主任',
    ['王安锐 区政府督查室督查专员'],
    3,
  ],
  [
    '监测评估组',
    ['区卫生计生委'],
    ['区发改委', '区人力社保局', '区财政局'],
    '张厚彬 区卫生计生委副主任',
    ['刘敏 区发改委副主任', '胡进 区社保局局长'],
    3,
  ],
  [
    '药品保障组',
    ['区食药监分局'],
    ['区卫生计生委', '区经信委', '区商务局', '区人力社保局', '区发改委'],
    '王龙光 区食药监分局局长',
    ['张厚彬 区卫生计生委副主任'],
    5,
  ],
  [
    '纪律保障组',
    ['区纪委'],
    ['各医改成员单位'],
    '李渐鸿 区监察局副局长',
    ['梁利 区纪委驻区卫生计生委纪检组组长'],
    4,
  ],
  [
    '专家组',
    ['区卫生计生委'],
    ['区政府法制办', '区发改委', '区人力社保局', '区财政局'],
    '张厚彬 区卫生计生委副主任',
    ['练德义 巴南区人民医院副院长'],
    3,
  ],
  [
    '后勤保障组',
    ['区卫生计生委'],
    [
      '区发改委',
      '区人力社保局',
      '区财政局',
      '区经信委',
      '区市政园林局',
      '区交委',
      '区公安分局',
      '区网信办',
    ],
    '曹宗荣 区卫生计生委副主任',
    ['皮颖 区财政局副局长'],
    4,
  ],
];

describe('Banan work groups', () => {
  const warnings: PlanWarning[] = [];
  const groups = extractWorkGroups(lines, warnings);

  it('has the 15 groups with lead and member units, leader, deputies and duties', () => {
    expect(
      groups.map((g): GroupRow => [
        g.name,
        g.leadUnits,
        g.memberUnits,
        g.leader ?? '',
        g.deputies,
        g.duties.length,
      ]),
    ).toEqual(GROUPS);
    expect(warnings).toEqual([]);
  });

  it('points each group at its Annex 1 heading and keeps the section text', () => {
    expect(groups[0]?.source.line).toBe(102);
    expect(groups[14]?.source.line).toBe(158);
    expect(groups[1]?.dutySummary).toBe('制定工作方案，完善保障制度，制定政策解读。');
  });

  it('reads numbered duties that run over lines or share one line, closing layout spaces', () => {
    const publicity = groups.find((g) => g.name === '宣传舆情导控组');
    expect(publicity?.duties[2]).toBe(
      '制定《重庆市巴南区全面推开公立医院综合改革舆情监测处置方案》，做好改革实施期间的舆情动态监测和处置。',
    );
    const simulation = groups.find((g) => g.name === '测算模拟组');
    expect(simulation?.duties[1]).toBe('完成区医改领导小组交办的其他任务。');
    const files = groups.find((g) => g.name === '文件组');
    expect(files?.duties[2]).toBe('研究解决改革实施中出现的政策问题，完善各类政策保障制度。');
  });

  it('keeps the composition table members apart, skipping empty list items', () => {
    const coordination = groups[0];
    expect(coordination?.staffUnits).toHaveLength(15);
    expect(coordination?.staffUnits).toContain('区残联');
    expect(groups.find((g) => g.name === '现场督导组')?.staffUnits).toEqual([
      '区卫生计生委',
      '区发改委',
      '区人力社保局',
    ]);
    expect(groups.find((g) => g.name === '专家组')?.staffUnits).toEqual([]);
  });
});

type ScheduleRow = [seq: number, dueText: string, due: string | null, owners: string[]];

const SCHEDULE: ScheduleRow[] = [
  [1, '8月8日', '2017-08-08', ['综合协调组']],
  [2, '8月8日', '2017-08-08', ['综合协调组']],
  [3, '8月9日', '2017-08-09', ['综合协调组']],
  [4, '8月10日', '2017-08-10', ['综合协调组']],
  [5, '8月10日', '2017-08-10', ['综合协调组']],
  [6, '8月11日', '2017-08-11', ['综合协调组']],
  [7, '8月11日前', '2017-08-11', ['文件组']],
  [8, '8月12日前', '2017-08-12', ['文件组']],
  [9, '8月13日前', '2017-08-13', ['培训组']],
  [10, '8月14日', '2017-08-14', ['文件组']],
  [11, '8月15日', '2017-08-15', ['综合协调组']],
  [12, '8月16日前', '2017-08-16', ['文件组']],
  [13, '8月17日', '2017-08-17', ['综合协调组']],
  [14, '8月18日前', '2017-08-18', ['培训组', '综合协调组']],
  [15, '8月20日前', '2017-08-20', ['文件组']],
  [16, '8月21日前', '2017-08-21', ['培训组']],
  [17, '8月22日前', '2017-08-22', ['测算模拟组']],
  [18, '8月23日前', '2017-08-23', ['综合协调组']],
  [19, '8月24日', '2017-08-24', ['综合协调组']],
  [20, '8月25日前', '2017-08-25', ['各相关工作组']],
  [21, '8月28日', '2017-08-28', ['综合协调组']],
  [22, '8月29日', '2017-08-29', ['宣传舆情导控组']],
  [23, '8月29日', '2017-08-29', ['文件组']],
  [24, '8月29日', '2017-08-29', ['现场督导组']],
  [25, '8月30日前', '2017-08-30', ['医保工作组']],
  [26, '8月31日', '2017-08-31', ['综合协调组']],
  [27, '9月1日', '2017-09-01', ['各相关工作组']],
  [28, '9月1日', '2017-09-01', ['各相关工作组']],
  [29, '9月1日8点', '2017-09-01', ['现场督导组']],
  [30, '全程', null, ['财政保障组']],
  [31, '全程', null, ['宣传舆情导控组']],
  [32, '全程', null, ['应急维稳组']],
  [33, '全程', null, ['现场督导组']],
  [34, '全程', null, ['监测评估组']],
  [35, '全程', null, ['药品保障组']],
  [36, '全程', null, ['医保工作组']],
  [37, '全程', null, ['医疗服务价格指导及医药价格监管组']],
  [38, '全程', null, ['纪律保障组']],
  [39, '全程', null, ['后勤保障组']],
];

describe('Banan schedule', () => {
  const warnings: PlanWarning[] = [];
  const schedule = extractSchedule(lines, ctx, warnings);

  it('has the 39 rows with deadline and responsible groups', () => {
    expect(schedule.map((r): ScheduleRow => [r.seq, r.dueText, r.due, r.owners])).toEqual(SCHEDULE);
    expect(schedule.map((r) => r.ongoing)).toEqual(SCHEDULE.map(([seq]) => seq >= 30));
    expect(warnings).toEqual([]);
  });

  it('reads rows whose cells are split over lines (15, 32, 35)', () => {
    expect(schedule[14]).toMatchObject({
      task: '各相关单位（包括区委宣传部、区维稳办、区公安分局等部门）制定出台相应配套方案',
      source: { line: 593, endLine: 596 },
    });
    expect(schedule[31]).toMatchObject({
      owners: ['应急维稳组'],
      source: { line: 678, endLine: 682 },
    });
    expect(schedule[34]?.task).toBe(
      '加强药品生产企业源头监管，确保药品供应保障和质量安全；落实药品“两票制”改革；做好药品价格的稳控工作；加强公立医院规范、合理用药管理。',
    );
  });

  it('removes word-processor artefacts from cells', () => {
    expect(schedule[6]?.task).toBe('拟定《巴南区全面推开公立医院综合改革实施方案（送审稿）》');
  });

  it('finds no schedule and no work groups in plans without such annexes', () => {
    const harbin = splitLines(
      readFileSync(
        new URL(
          '../../../src/demo/documents/harbin-2017-urban-public-hospital-reform.txt',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    expect(extractSchedule(harbin, ctx, [])).toEqual([]);
    expect(extractWorkGroups(harbin, [])).toEqual([]);
  });
});
