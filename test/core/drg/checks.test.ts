// Input checks: a case that fails one is 信息校验不通过, gets no group, and the reason says why in Chinese.
import { describe, expect, it } from 'vitest';
import { groupCase } from '../../../src/core/drg/group';
import { GROUP_STATUS, type DrgCase } from '../../../src/core/drg/types';
import { loadDrgScheme } from '../../../src/store/drg-schemes';

const scheme = loadDrgScheme('chs-drg-1.1');
const base: DrgCase = {
  id: 't1',
  gender: 1,
  age: 59,
  ageDay: 21769,
  weight: null,
  dept: '',
  inHospitalTime: 8,
  leavingType: 1,
  diagnoses: ['K22.301', 'J96.900x001'],
  procedures: ['42.0902'],
};
const messagesOf = (change: Partial<DrgCase>) => {
  const result = groupCase(scheme, { ...base, ...change });
  if (result.messages.length > 0) {
    expect(result).toMatchObject({ status: GROUP_STATUS.invalid, mdc: '', adrg: '', drg: '' });
  }
  return result.messages;
};

describe('input checks', () => {
  it('passes a complete case', () => {
    expect(messagesOf({})).toEqual([]);
    expect(groupCase(scheme, base).status).toBe(GROUP_STATUS.success);
  });

  it('rejects a missing or invalid gender', () => {
    expect(messagesOf({ gender: null })).toEqual(['性别为空']);
    expect(messagesOf({ gender: 3 })[0]).toContain('性别“3”无效');
  });

  it('rejects a newborn without birth weight, and accepts one with it', () => {
    const newborn = { age: 0, ageDay: 3, diagnoses: ['P07.100'], procedures: [] };
    expect(messagesOf({ ...newborn, weight: null })).toEqual([
      '新生儿（年龄 0 岁、日龄不超过 28 天）缺少出生体重',
    ]);
    expect(messagesOf({ ...newborn, weight: 0 })).toHaveLength(1);
    expect(messagesOf({ ...newborn, weight: 1400 })).toEqual([]);
    expect(messagesOf({ age: 0, ageDay: 200, weight: null })).toEqual([]);
  });

  it('rejects an empty diagnosis list', () => {
    expect(messagesOf({ diagnoses: [] })).toEqual(['诊断列表为空，至少需要主诊断']);
  });

  it('names unknown diagnosis and procedure codes', () => {
    const messages = messagesOf({
      diagnoses: ['K22.301', 'Q99.999x999'],
      procedures: ['99.9999x999'],
    });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('诊断编码 Q99.999x999 不在诊断目录');
    expect(messages[1]).toContain('手术操作编码 99.9999x999 不在手术操作目录');
  });

  it('rejects a principal diagnosis of the other gender', () => {
    // O80: delivery (ICD-10 chapter XV) for a man; C61 prostate cancer (MDCM only) for a woman.
    expect(messagesOf({ diagnoses: ['O80.000'], procedures: [] })[0]).toMatch(
      /^主诊断 O80\.000.*只适用于女性，与性别（男）不符$/,
    );
    expect(messagesOf({ gender: 2, diagnoses: ['C61.x00'], procedures: ['60.5x02'] })[0]).toContain(
      '只适用于男性',
    );
    // C53 cervix cancer sits in MDCN's list only.
    expect(messagesOf({ diagnoses: ['C53.900'], procedures: [] })[0]).toContain('只适用于女性');
    // A diagnosis in both MDCM's and MDCN's lists (secondary genital cancer) belongs to neither.
    expect(
      messagesOf({ gender: 2, diagnoses: ['C79.800x228'], procedures: [] }).filter((m) =>
        m.includes('性别'),
      ),
    ).toEqual([]);
  });

  it('collects every reason, not just the first', () => {
    expect(messagesOf({ gender: null, diagnoses: ['K22.301', 'BAD'] })).toHaveLength(2);
  });
});
