// The readers of a notice's head: dates, numbers, signatures and portal metadata rows, on the written
// forms found in published plans.
import { describe, expect, it } from 'vitest';
import {
  readDocNumber,
  readIssueDate,
  readSignature,
  splitGluedDocNumber,
} from '../../../src/core/plan/head-readers';
import { parsePlan } from '../../../src/core/plan/parse';
import { isPortalFieldRow, readPortalFields } from '../../../src/core/plan/portal-fields';

describe('issue dates', () => {
  it.each([
    ['二○一七年六月八日', '2017-06-08'],
    ['二〇二三年十二月三十一日', '2023-12-31'],
    ['二零一九年十月九日', '2019-10-09'],
    ['2017年6月8日', '2017-06-08'],
    ['2019-7-2', '2019-07-02'],
  ])('reads %s', (text, date) => {
    expect(readIssueDate(text)).toEqual({ date, damaged: false });
  });

  it.each([
    ['20201027', '2020-10-27'],
    ['2017821', '2017-08-21'],
    ['201786', '2017-08-06'],
  ])('repairs the compact date %s, marked damaged', (text, date) => {
    expect(readIssueDate(text)).toEqual({ date, damaged: true });
  });

  it('refuses a compact date that splits two ways, and one that is no date', () => {
    expect(readIssueDate('2017121')).toBeNull(); // 1月21日 or 12月1日
    expect(readIssueDate('2017135')).toBeNull();
  });
});

describe('document numbers', () => {
  it.each(['〔2015〕', '[2015]', '［2015］', '【2015】', '(2015)', '（2015）'])(
    'reads the year in %s',
    (brackets) => {
      expect(readDocNumber(`渝府办发${brackets}38号`)).toEqual({
        docNumber: '渝府办发〔2015〕38号',
        damaged: false,
      });
    },
  );

  it('splits a number glued before or after a title', () => {
    expect(splitGluedDocNumber('清府办发[2019]21号关于印发清河市医改方案的通知')).toEqual({
      docNumber: '清府办发〔2019〕21号',
      rest: '关于印发清河市医改方案的通知',
    });
    expect(
      splitGluedDocNumber('关于印发北岭区分级诊疗实施方案的通知（北岭卫发【2018】12号）'),
    ).toEqual({
      docNumber: '北岭卫发〔2018〕12号',
      rest: '关于印发北岭区分级诊疗实施方案的通知',
    });
    expect(splitGluedDocNumber('依据《意见》（国办发〔2015〕38号），制定本方案。')).toBeNull();
  });
});

describe('signatures', () => {
  it('reads issuer and date on one line, and run into the end of a paragraph', () => {
    expect(readSignature('哈东区人民政府办公室　　2016年5月4日')).toMatchObject({
      issuer: '哈东区人民政府办公室',
      date: { date: '2016-05-04', damaged: false },
    });
    expect(
      readSignature('现印发给你们，请认真贯彻执行。南湖市卫生健康委员会2021年3月1日'),
    ).toMatchObject({
      issuer: '南湖市卫生健康委员会',
      date: { date: '2021-03-01', damaged: false },
    });
    expect(readSignature('请认真贯彻执行。南湖市卫生健康委员会')).toMatchObject({
      issuer: '南湖市卫生健康委员会',
      date: null,
    });
    expect(readSignature('全面推开公立医院综合改革。')).toBeNull();
    expect(readSignature('2016年5月4日')).toBeNull();
  });
});

describe('portal metadata rows', () => {
  it('reads rows flattened as "label | value | label | value" and as "label：value | label：value"', () => {
    const rows = [
      '文号 | 湘西府办发〔2018〕7号 | 索引号 | 000014349/2018-00231',
      '发文单位 | 湘西市人民政府办公室 | 成文日期 | 2018年02月11日',
      '发布日期：2018-03-01　来源：市卫生计生委',
    ];
    for (const row of rows) expect(isPortalFieldRow(row)).toBe(true);
    expect(readPortalFields(rows.map((text, i) => ({ text, line: i + 1 })))).toMatchObject({
      docNumber: '湘西府办发〔2018〕7号',
      issuer: '湘西市人民政府办公室',
      signedOn: '2018年02月11日',
      publishedOn: '2018-03-01',
      source: '市卫生计生委',
    });
    expect(isPortalFieldRow('来源于群众的意见建议。')).toBe(false);
  });

  it('takes the issue date from 成文日期, never from 发布日期 when the signing date is given', () => {
    const plan = parsePlan(
      [
        '发布日期：2018-03-01 | 来源：市卫生计生委',
        '文号 | 湘西府办发〔2018〕7号 | 成文日期 | 2018年02月11日 | 发文单位 | 湘西市人民政府办公室',
        '湘西市公立医院综合改革实施方案',
        '一、重点任务',
        '（一）取消药品加成。全面取消药品加成。（责任单位：市卫生计生委）',
      ].join('\n'),
      { strict: true },
    );
    expect(plan).toMatchObject({
      issuer: '湘西市人民政府办公室',
      docNumber: '湘西府办发〔2018〕7号',
      issuedOn: '2018-02-11',
      furniture: [{ from: 1, to: 2 }],
    });
  });

  it('falls back to the publication date only with a warning', () => {
    const plan = parsePlan(
      [
        '发布时间：2018-03-01 09:12:45　来源：市医保局',
        '某市医保支付方式改革实施方案',
        '一、重点任务',
      ].join('\n'),
      { strict: true },
    );
    expect(plan.issuedOn).toBe('2018-03-01');
    expect(plan.issuer).toBeNull();
    expect(plan.warnings.map((w) => w.message).join()).toContain('暂按网页发布日期');
  });
});
