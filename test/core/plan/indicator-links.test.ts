// Subjects of targets linked to indicator names of the monitoring catalogue.
import { describe, expect, it } from 'vitest';
import { linkIndicator } from '../../../src/core/plan/indicator-links';

describe('linkIndicator', () => {
  it.each([
    ['药占比（不含中药饮片）', '药占比（不含中药饮片）'],
    [
      '百元医疗收入（不含药品收入）中消耗的卫生材料',
      '百元医疗收入（不含药品收入）中消耗的卫生材料',
    ],
    ['医疗费用平均增长幅度', '医疗费用增长幅度'],
    ['医疗服务收入（不含药品、耗材、检查、化验收入）占医疗收入比例', '医疗服务收入占比'],
    ['预约诊疗率', '预约诊疗率'],
    ['普通门诊号源', '普通门诊号源占比'],
    ['提供特需服务的比例', '特需医疗服务占比'],
    ['中药饮片收入占药品收入的比例', '中药饮片收入占药品收入比例'],
    ['中药药品收入占药品收入的比例', '中药收入占药品收入比例'],
    ['医护比', '医护比'],
    ['人员支出占业务支出的比例', '人员支出占业务支出比重'],
    ['门诊病人次均医药费用', '门诊次均费用'],
    ['平均住院日', '平均住院日'],
    ['实行按病种收费的病种', '按病种付费病种数'],
    ['住院患者实现按病种付费', '按病种付费住院人次占比'],
    ['CMI', '病例组合指数'],
  ])('%s → %s', (subject, name) => {
    expect(linkIndicator(subject)).toBe(name);
  });

  it('returns null when no indicator measures the subject', () => {
    expect(linkIndicator('医疗联合体')).toBeNull();
    expect(linkIndicator('')).toBeNull();
  });
});
