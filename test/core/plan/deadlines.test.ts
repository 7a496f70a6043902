// Deadline phrases in sentences and schedule cells, including phrases no seed uses.
import { describe, expect, it } from 'vitest';
import {
  findDatePhrases,
  findDeadlines,
  parseDeadlineText,
  type DateContext,
} from '../../../src/core/plan/deadlines';

const ctx2017: DateContext = { issuedOn: '2017-08-18', defaultYear: 2017 };
const noYear: DateContext = { issuedOn: null, defaultYear: null };

function dues(text: string, ctx = ctx2017): [string | null, string | null, string | null][] {
  return findDeadlines(text, ctx).map((d) => [d.dueText, d.due, d.start ?? null]);
}

describe('findDeadlines', () => {
  it.each([
    ['2020年底前，全区二级及以上医院建成核酸检测实验室', '2020年底前', '2020-12-31'],
    ['到2017年年底，医生签约服务覆盖率要达到30%以上', '到2017年年底', '2017-12-31'],
    ['到2017年底，全区公立医院', '到2017年底', '2017-12-31'],
    ['到2020年，基本形成', '到2020年', '2020-12-31'],
    ['2020年以前，市级疾控中心', '2020年以前', '2020-12-31'],
    ['2020 年以前，市级疾控中心', '2020 年以前', '2020-12-31'],
    ['2022年底前，三级医院预约诊疗率达50%以上', '2022年底前', '2022-12-31'],
    ['2017年8月底前，推行6大类高值医用耗材挂网采购', '2017年8月底前', '2017-08-31'],
    ['力争到2025年，建成', '力争到2025年', '2025-12-31'],
    ['2018年2月底前完成', '2018年2月底前', '2018-02-28'],
    ['2020年2月底前完成', '2020年2月底前', '2020-02-29'],
    ['2021年3月15日前报送', '2021年3月15日前', '2021-03-15'],
    ['２０２０年底前完成', '２０２０年底前', '2020-12-31'],
    ['二〇二〇年十二月底前完成', '二〇二〇年十二月底前', '2020-12-31'],
    ['2019年上半年完成', '2019年上半年', '2019-06-30'],
    ['2019年第三季度完成', '2019年第三季度', '2019-09-30'],
    ['2019年6月中旬前', '2019年6月中旬前', '2019-06-20'],
    ['截至2019年12月31日', '截至2019年12月31日', '2019-12-31'],
    ['2019-06-30前上报', '2019-06-30前', '2019-06-30'],
  ])('%s', (text, dueText, due) => {
    expect(dues(text)[0]).toEqual([dueText, due, null]);
  });

  it('takes the year of a phrase without one from the sentence, else from the plan', () => {
    expect(dues('2018年启动，年底前完成')).toEqual([
      ['2018年', '2018-12-31', null],
      ['年底前', '2018-12-31', null],
    ]);
    expect(dues('8月底前完成，下半年推开，第三季度评估')).toEqual([
      ['8月底前', '2017-08-31', null],
      ['下半年', '2017-12-31', null],
      ['第三季度', '2017-09-30', null],
    ]);
    expect(dues('今年年底前完成，明年年底前推开')).toEqual([
      ['今年年底前', '2017-12-31', null],
      ['明年年底前', '2018-12-31', null],
    ]);
    expect(dues('8月11日前完成', noYear)).toEqual([['8月11日前', null, null]]);
  });

  it('reads phases as a start and a due date at the end of the last month', () => {
    expect(dues('（二）全面推进（2017年4月—2018年12月）')).toEqual([
      ['2017年4月—2018年12月', '2018-12-31', '2017-04-01'],
    ]);
    expect(dues('启动实施（2016年12月—2017年3月）')).toEqual([
      ['2016年12月—2017年3月', '2017-03-31', '2016-12-01'],
    ]);
    expect(dues('2017年4月至2018年2月')).toEqual([
      ['2017年4月至2018年2月', '2018-02-28', '2017-04-01'],
    ]);
    expect(dues('2019年1月～6月')).toEqual([['2019年1月～6月', '2019-06-30', '2019-01-01']]);
    expect(dues('2016-2020年')).toEqual([['2016-2020年', '2020-12-31', '2016-01-01']]);
    expect(dues('“十三五”期间财政对全市建档立卡贫困人口')).toEqual([
      ['“十三五”期间', '2020-12-31', '2016-01-01'],
    ]);
    expect(dues('“十四五”末')).toEqual([['“十四五”末', '2025-12-31', null]]);
  });

  it('leaves out start dates: "2017年9月1日起" is when a rule takes effect, not a deadline', () => {
    expect(dues('2017年9月1日起，全区所有公立医院全部取消药品加成')).toEqual([]);
    expect(dues('自2017年8月1日起,全面推开')).toEqual([]);
    const phrases = findDatePhrases('自2017年8月1日起,全面推开', ctx2017);
    expect(phrases).toMatchObject([
      { kind: 'start', start: '2017-08-01', due: null, dueText: '自2017年8月1日起' },
    ]);
  });

  it('reads a bare year only when it opens a clause that is not a relative clause', () => {
    expect(dues('2017年，实行单病种付费的病种数不少于100个')).toEqual([
      ['2017年', '2017-12-31', null],
    ]);
    expect(dues('2017年全市公立医院医疗费用平均增长幅度控制在10%以下')).toEqual([
      ['2017年', '2017-12-31', null],
    ]);
    expect(dues('2017年启动实施综合改革的公立医院，补偿额按2016年度药品费的15%测算')).toEqual([]);
    expect(dues('药品加成额以2016年卫生财务决算年报为基数')).toEqual([]);
    expect(dues('深化医药卫生体制改革2020年工作要点')).toEqual([]);
  });

  it('does not read recurring or duration phrases as deadlines', () => {
    expect(dues('每年年底前报送')).toEqual([]);
    expect(dues('三年内完成')).toEqual([]);
    expect(dues('持续改善医疗服务，全程监测')).toEqual([]);
  });

  it('marks explicit ongoing markers', () => {
    expect(findDeadlines('做好保障工作（全程）', ctx2017)).toMatchObject([
      { ongoing: true, due: null },
    ]);
    expect(findDeadlines('完成时限：长期', ctx2017)).toMatchObject([{ ongoing: true, due: null }]);
  });

  it('gives the position of each phrase in the original text', () => {
    const text = '为此，到2017年底，完成。';
    const [match] = findDeadlines(text, ctx2017);
    expect(match && text.slice(match.index, match.index + match.length)).toBe('到2017年底');
  });
});

describe('parseDeadlineText', () => {
  it.each([
    ['8月8日', '2017-08-08'],
    ['8月11日前', '2017-08-11'],
    ['9月1日8点', '2017-09-01'],
    [' 9月1日 ', '2017-09-01'],
    ['9月', '2017-09-30'],
    ['2018年', '2018-12-31'],
    ['2018年3月', '2018-03-31'],
    ['12月底前', '2017-12-31'],
  ])('%s → %s', (cell, due) => {
    expect(parseDeadlineText(cell, ctx2017).due).toBe(due);
  });

  it('reads 全程 / 持续 / 长期 as ongoing', () => {
    for (const cell of ['全程', '持续', '长期']) {
      expect(parseDeadlineText(cell, ctx2017)).toEqual({ dueText: cell, due: null, ongoing: true });
    }
  });

  it('keeps the words of a cell it cannot date, and an empty cell is no deadline', () => {
    expect(parseDeadlineText('视情况而定', ctx2017)).toEqual({ dueText: '视情况而定', due: null });
    expect(parseDeadlineText('  ', ctx2017)).toEqual({ dueText: null, due: null });
  });

  it('keeps the phase start of a phase cell', () => {
    expect(parseDeadlineText('2017年4月—2018年12月', ctx2017)).toEqual({
      dueText: '2017年4月—2018年12月',
      due: '2018-12-31',
      start: '2017-04-01',
    });
  });
});
