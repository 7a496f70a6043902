import { describe, expect, it } from 'vitest';
import { lineAt, normalizeForMatch, splitLines, toParagraphs } from '../../../src/core/plan/lines';

describe('splitLines', () => {
  it('splits on every line ending, drops a BOM and keeps empty lines', () => {
    expect(splitLines('\uFEFFa\r\nb\rc\n\nd')).toEqual(['a', 'b', 'c', '', 'd']);
  });
});

describe('toParagraphs', () => {
  it('joins a sentence broken by a page break and keeps the original line numbers', () => {
    const lines = [
      '（一）健全全民预防保健制度',
      '',
      '1. 健全专业公共卫生体系。巩固和完善县级公立医院药品零差率销售改革，',
      '',
      '各级财政足额落实专项补助资金。〔市财政局负责〕',
      '',
      '2. 完善机制。推进疾病预防控制机构标准化建设，加强专业队伍建设，提升监测、检测能力和专业公共卫生机构',
      '',
      '指导、基层医疗卫生机构执行的工作机制。',
    ];
    expect(toParagraphs(lines)).toEqual([
      { text: '（一）健全全民预防保健制度', startLine: 1, endLine: 1 },
      {
        text: '1. 健全专业公共卫生体系。巩固和完善县级公立医院药品零差率销售改革，各级财政足额落实专项补助资金。〔市财政局负责〕',
        startLine: 3,
        endLine: 5,
        joins: [{ offset: 35, line: 5 }],
      },
      {
        text: '2. 完善机制。推进疾病预防控制机构标准化建设，加强专业队伍建设，提升监测、检测能力和专业公共卫生机构指导、基层医疗卫生机构执行的工作机制。',
        startLine: 7,
        endLine: 9,
        joins: [{ offset: 51, line: 9 }],
      },
    ]);
  });

  it('tells the original line of a character of a joined paragraph', () => {
    const [paragraph] = toParagraphs(['一句话没有说完，', '', '', '接着说完。']);
    expect(paragraph).toBeDefined();
    if (paragraph === undefined) return;
    expect(lineAt(paragraph, 0)).toBe(1);
    expect(lineAt(paragraph, 7)).toBe(1);
    expect(lineAt(paragraph, 8)).toBe(4);
  });

  it('keeps headings, titles, signatures and dates apart although they end without a full stop', () => {
    const lines = [
      '资阳市人民政府',
      '',
      '关于印发资阳市深化医药卫生体制综合改革试点方案的通知',
      '',
      '2017年6月21日',
      '（一）启动实施（2016年12月—2017年3月）',
      '制定综合医改试点方案，经市政府研究后印发执行。',
    ];
    expect(toParagraphs(lines).map((p) => p.startLine)).toEqual([1, 3, 5, 6, 7]);
  });

  it('does not join into a new numbered item or a table line', () => {
    const lines = [
      '1. 推进改革。加快建立现代医院管理制度，完善公立医院法人治理结构，落实经营管理自主权，并',
      '',
      '2. 深化改革。内容。',
      '\t1\t8月8日\t任务',
    ];
    expect(toParagraphs(lines).map((p) => [p.startLine, p.endLine])).toEqual([
      [1, 1],
      [3, 3],
      [4, 4],
    ]);
  });

  it('joins a line that ends inside a parenthesis but not one that ends with its responsibility clause', () => {
    const broken = [
      '1. 健全全民预防保健制度。2017年，启动市疾控中心创建工作，二级以上医院设置疾病预防控制（预防保健）',
      '',
      '科室，完善重大疾病综合防控机制。',
    ];
    expect(toParagraphs(broken)).toHaveLength(1);
    const complete = [
      '1. 加强医院运营管理。健全医院运营管理组织架构，整合业务资源系统。（牵头单位：区卫健委，配合单位：区医保局）',
      '',
      '其后的说明段落，与上一项无关。',
    ];
    expect(toParagraphs(complete)).toHaveLength(2);
  });

  it('skips blank and whitespace-only lines, trimming full-width spaces', () => {
    expect(toParagraphs(['\u3000\u3000经市政府同意，现印发。', ' ', '\u00a0'])).toEqual([
      { text: '经市政府同意，现印发。', startLine: 1, endLine: 1 },
    ]);
  });
});

describe('normalizeForMatch', () => {
  it('folds full-width and half-width forms, spaces and case', () => {
    expect(normalizeForMatch('（责任单位：市卫生计生委，ＤＲＧ　２０２０）')).toBe(
      normalizeForMatch('(责任单位:市卫生计生委,drg 2020)'),
    );
    expect(normalizeForMatch('〔2017〕')).toBe('[2017]');
  });
});
