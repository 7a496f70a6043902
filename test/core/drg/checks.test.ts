// Input checks as the reference grouper (OpenDRG) makes them: it refuses only a case without a valid gender,
// a newborn without birth weight or a case without diagnoses; every other finding is a data-quality
// warning beside the group the reference gives. `strict` refuses those too.
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
const group = (change: Partial<DrgCase>, strict = false) =>
  groupCase(scheme, { ...base, ...change }, { trace: false, strict });
const refusalsOf = (change: Partial<DrgCase>) => {
  const result = group(change);
  if (result.messages.length > 0) {
    expect(result).toMatchObject({ status: GROUP_STATUS.invalid, mdc: '', adrg: '', drg: '' });
  }
  return result.messages;
};
const codes = (change: Partial<DrgCase>, strict = false) => {
  const { status, mdc, adrg, drg } = group(change, strict);
  return { status, mdc, adrg, drg };
};

describe('what the reference refuses', () => {
  it('passes a complete case with neither refusal nor warning', () => {
    const result = group({});
    expect(result).toMatchObject({ status: GROUP_STATUS.success, messages: [], warnings: [] });
  });

  it('refuses a missing or invalid gender', () => {
    expect(refusalsOf({ gender: null })).toEqual(['性别为空']);
    expect(refusalsOf({ gender: 3 })[0]).toContain('性别“3”无效');
  });

  it('refuses a newborn without birth weight (an empty weight reads as 0), and accepts one with it', () => {
    const newborn = { age: 0, ageDay: 3, diagnoses: ['P07.100'], procedures: [] };
    expect(refusalsOf({ ...newborn, weight: null })).toEqual([
      '新生儿（年龄 0 岁、日龄不超过 28 天）缺少出生体重',
    ]);
    expect(refusalsOf({ ...newborn, weight: 0 })).toHaveLength(1);
    expect(refusalsOf({ ...newborn, weight: 1400 })).toEqual([]);
    expect(refusalsOf({ age: 0, ageDay: 200, weight: null })).toEqual([]);
  });

  it('refuses an empty diagnosis list', () => {
    expect(refusalsOf({ diagnoses: [] })).toEqual(['诊断列表为空，至少需要主诊断']);
  });

  it('collects every refusal, and refuses before warning', () => {
    const result = group({ gender: null, diagnoses: [], procedures: ['1'] });
    expect(result.messages).toHaveLength(2);
    expect(result.warnings).toEqual([]);
  });
});

describe('what the reference groups through, with a data-quality warning', () => {
  it('groups a case with stray procedure and diagnosis codes as its clean twin', () => {
    const dirty = group({
      diagnoses: ['K22.301', 'J96.900x001', 'Q99.999x999'],
      procedures: ['42.0902', '1', '2'],
    });
    expect({ status: dirty.status, drg: dirty.drg }).toEqual({
      status: GROUP_STATUS.success,
      drg: group({}).drg,
    });
    expect(dirty.drg).toBe('GC13');
    expect(dirty.messages).toEqual([]);
    expect(dirty.warnings).toEqual([
      '诊断编码 Q99.999x999 不在诊断目录（ICD-10 医保版 2.0）中，不参与分组',
      '手术操作编码 1 不在手术操作目录（ICD-9-CM-3 医保版 2.0）中，不参与分组',
      '手术操作编码 2 不在手术操作目录（ICD-9-CM-3 医保版 2.0）中，不参与分组',
    ]);
  });

  it('keeps an unknown main procedure in its place, matching no list, as the reference does', () => {
    // GC1 enters on the main procedure; with "1" in that place the case is left to the medical ADRGs.
    const result = group({ procedures: ['1', '42.0902'] });
    expect(result.warnings[0]).toMatch(/^主手术操作编码 1 不在手术操作目录.*仍居主手术位置/);
    expect(result.adrg).not.toBe('GC1');
    expect(codes({ procedures: ['99.9999x999', '42.0902'] })).toEqual(
      codes({ procedures: ['1', '42.0902'] }),
    );
  });

  it('keeps an unknown principal diagnosis as the principal: no MDC admits it', () => {
    const result = group({ diagnoses: ['X99.999', 'K22.301'], procedures: [] });
    expect(result).toMatchObject({ status: GROUP_STATUS.ungroupable, drg: '0000' });
    expect(result.warnings[0]).toContain('主诊断编码 X99.999 不在诊断目录');
  });

  it('warns of a principal diagnosis of the other sex and groups it by the scheme’s own conditions', () => {
    // O80: delivery (ICD-10 chapter XV) for a man; C61 prostate cancer (MDCM only) for a woman.
    expect(group({ diagnoses: ['O80.000'], procedures: [] }).warnings[0]).toMatch(
      /^主诊断 O80\.000.*只适用于女性，与性别（男）不符$/,
    );
    const woman = group({ gender: 2, diagnoses: ['C61.x00'], procedures: ['60.5x02'] });
    expect(woman.warnings[0]).toContain('只适用于男性');
    expect(woman.status).not.toBe(GROUP_STATUS.invalid);
    expect(woman.mdc).not.toBe('MDCM'); // MDCM asks for gender 1
    expect(group({ gender: 1, diagnoses: ['C61.x00'], procedures: ['60.5x02'] }).mdc).toBe('MDCM');
    // C53 cervix cancer sits in MDCN's list only.
    expect(group({ diagnoses: ['C53.900'], procedures: [] }).warnings[0]).toContain('只适用于女性');
    // A diagnosis in both MDCM's and MDCN's lists (secondary genital cancer) belongs to neither.
    expect(group({ gender: 2, diagnoses: ['C79.800x228'], procedures: [] }).warnings).toEqual([]);
  });

  it('warns of a principal diagnosis that does not fit the age', () => {
    const perinatal = group({ age: 40, diagnoses: ['P07.100'], procedures: [] });
    expect(perinatal.warnings).toEqual([
      expect.stringMatching(/^主诊断 P07\.100.*属于围生期（新生儿）疾病，与年龄（40 岁）不符$/),
    ]);
    expect(
      group({ gender: 2, age: 70, diagnoses: ['O80.000'], procedures: [] }).warnings[0],
    ).toMatch(/妊娠、分娩和产褥期疾病，与年龄（70 岁）不符$/);
    expect(group({ gender: 2, age: 30, diagnoses: ['O80.000'], procedures: [] }).warnings).toEqual(
      [],
    );
    expect(
      group({ age: 0, ageDay: 3, weight: 3000, diagnoses: ['P07.100'], procedures: [] }).warnings,
    ).toEqual([]);
  });

  it('puts the warnings at the head of the trace', () => {
    const traced = groupCase(scheme, { ...base, procedures: ['42.0902', '1'] });
    expect(traced.trace[0]).toMatchObject({ stage: 'check' });
    expect(traced.trace[0]?.text).toMatch(/^数据质量提示：手术操作编码 1/);
    expect(traced.drg).toBe('GC13');
  });
});

describe('strict checks', () => {
  it('refuse every finding, as before warnings existed', () => {
    const dirty = { diagnoses: ['K22.301', 'Q99.999x999'], procedures: ['42.0902', '1'] };
    const result = group(dirty, true);
    expect(result).toMatchObject({ status: GROUP_STATUS.invalid, drg: '', warnings: [] });
    expect(result.messages).toHaveLength(2);
    expect(result.messages[0]).toContain('诊断编码 Q99.999x999 不在诊断目录');
    expect(group({ gender: 2, diagnoses: ['C61.x00'] }, true).status).toBe(GROUP_STATUS.invalid);
    expect(codes({}, true)).toEqual(codes({}));
  });
});
