import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, parseNumbering } from '../../../src/core/plan/numbering';

describe('chineseNumeralValue', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十六', 26],
    ['九十九', 99],
  ])('%s = %d', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });

  it.each(['一十', '十十', '二二', '百', '一百'])('%s is not a numeral up to 九十九', (numeral) => {
    expect(chineseNumeralValue(numeral)).toBeNull();
  });
});

describe('parseNumbering', () => {
  it.each([
    ['一、总体要求', 'chinese', '一、', '一', 1, '总体要求'],
    ['二十三、其他', 'chinese', '二十三、', '二十三', 23, '其他'],
    ['（一）健全全民预防保健制度', 'paren-chinese', '（一）', '（一）', 1, '健全全民预防保健制度'],
    [
      '(十一)落实医疗服务价格动态调整。',
      'paren-chinese',
      '(十一)',
      '（十一）',
      11,
      '落实医疗服务价格动态调整。',
    ],
    ['1.坚持政策联动。', 'arabic', '1.', '1', 1, '坚持政策联动。'],
    ['1. 健全专业公共卫生体系。', 'arabic', '1.', '1', 1, '健全专业公共卫生体系。'],
    ['12．加强管理', 'arabic', '12．', '12', 12, '加强管理'],
    ['３、推进改革', 'arabic', '３、', '3', 3, '推进改革'],
    ['（2）完善机制', 'paren-arabic', '（2）', '（2）', 2, '完善机制'],
    ['(10) 完善机制', 'paren-arabic', '(10)', '（10）', 10, '完善机制'],
    ['③加强监管', 'circled', '③', '③', 3, '加强监管'],
    ['附件1', 'annex', '附件1', '附件1', 1, ''],
    ['附件 2', 'annex', '附件 2', '附件2', 2, ''],
    ['附件：工作分工表', 'annex', '附件：', '附件1', 1, '工作分工表'],
  ])('%s', (text, style, ref, key, value, rest) => {
    expect(parseNumbering(text)).toEqual({ style, ref, key, value, rest });
  });

  it.each([
    '1.5张床位',
    '2017年底前',
    '一是加强领导',
    '一、二、三级公立医院床位费',
    '为贯彻落实',
    '附属医院',
  ])('%s is not numbered', (text) => {
    expect(parseNumbering(text)).toBeNull();
  });
});

describe('parts of longer plans', () => {
  it.each([
    ['第一部分 总体要求', '第1部分', 1, '总体要求'],
    ['第十二章、保障措施', '第12章', 12, '保障措施'],
  ])('%s', (text, key, value, rest) => {
    expect(parseNumbering(text)).toMatchObject({ style: 'part', key, value, rest });
  });
});
