// The trace says in Chinese which MDC applied and why, which ADRG list matched, which split held,
// which secondary diagnosis counted as MCC/CC and which an exclusion table removed.
import { describe, expect, it } from 'vitest';
import { groupCase } from '../../../src/core/drg/group';
import { GROUP_STATUS, type DrgCase } from '../../../src/core/drg/types';
import { loadDrgCatalogues, loadDrgScheme } from '../../../src/store/drg-schemes';
import { sampleCases } from './helpers';

const chs = loadDrgScheme('chs-drg-1.1');
const sample = (id: string) => sampleCases().find((s) => s.drgCase.id === id)?.drgCase as DrgCase;
const texts = (result: ReturnType<typeof groupCase>, stage: string) =>
  result.trace.filter((step) => step.stage === stage).map((step) => step.text);

describe('grouping trace', () => {
  it('explains MDC, ADRG list, split and the MCC that counted', () => {
    const result = groupCase(chs, sample('22062109'));
    expect(result.drg).toBe('GC13');
    expect(texts(result, 'mdc')).toContain(
      '符合 MDCG 入组条件：主诊断 K22.301（食管破裂）属于 MDCG 主诊断表（L418）',
    );
    expect(texts(result, 'adrg')[0]).toMatch(
      /^符合 GC1 入组条件：主手术 42\.0902（食管切开探查术）属于 GC1 主手术表（L\d+）$/,
    );
    // CHS-DRG 1.1 splits GC1 into GC13 / GC15 only: an MCC satisfies GC13's "MCC or CC".
    expect(texts(result, 'split')[0]).toBe(
      'GC13 的细分条件成立：诊断 4 个，多于 1 个；有严重并发症或合并症（MCC）',
    );
    expect(texts(result, 'complication')).toContain(
      '次要诊断 J96.900x001（呼吸衰竭）属于 MCC（排除表 109），计入',
    );
    expect(result.trace.at(-1)?.text).toBe(
      '结果：分组成功 GC13 食管、胃、十二指肠其他手术，伴并发症或合并症',
    );
  });

  it('says which secondary diagnosis the principal diagnosis excluded, and by which table', () => {
    const result = groupCase(chs, sample('22089767'));
    expect(result.drg).toBe('ZJ15');
    const complications = texts(result, 'complication');
    expect(complications).toContain('主诊断 S82.600（外踝骨折）的排除表为 204');
    expect(complications).toContain(
      '次要诊断 S82.800x082（踝关节骨折）属于 CC（排除表 204），与主诊断同属排除表 204，被排除',
    );
    // Multiple trauma: the regions the diagnoses cover.
    expect(texts(result, 'mdc').join('\n')).toContain(
      '覆盖 2 个部位（下肢创伤、胸部创伤），不少于 2 个',
    );
  });

  it('reports an ADRG entered by its second entry rule under the ADRG code, naming the rule', () => {
    // Chongqing 2022 gives AH1 (ECMO or tracheostomy with ventilation) two entry rules, AH1_1 and AH1_2.
    const result = groupCase(loadDrgScheme('chongqing-2022'), {
      ...sample('22062109'),
      diagnoses: ['A00.000'],
      procedures: ['39.6500'],
    });
    expect(result.status).toBe(GROUP_STATUS.success);
    expect([result.adrg, result.drg]).toEqual(['AH1', 'AH19']);
    expect(texts(result, 'adrg')[0]).toMatch(
      /^符合 AH1 入组条件（入组规则 AH1_2）：手术操作 39\.6500/,
    );
  });

  it('says when an MDC applied but produced no group', () => {
    expect(texts(groupCase(chs, sample('22089767')), 'mdc')[1]).toBe(
      'MDCA 中没有 ADRG 能入组，继续查找下一个 MDC',
    );
  });

  it('explains a no-operation ADRG through the negated operation list', () => {
    expect(texts(groupCase(chs, sample('22091181')), 'adrg')[0]).toBe(
      '符合 ZZ1 入组条件：并非「有手术操作属于 手术室手术表（SS_VALID）」',
    );
  });

  it('marks an ambiguous case where the scheme switches ambiguity on', () => {
    const harbin = loadDrgScheme('harbin-2022');
    const results = sampleCases().map((s) => groupCase(harbin, s.drgCase));
    const ambiguous = results.find((r) => r.status === GROUP_STATUS.ambiguous);
    expect(ambiguous).toBeDefined();
    expect(ambiguous?.drg).toMatch(/^[A-Z]QY$/);
    expect(texts(ambiguous as ReturnType<typeof groupCase>, 'ambiguity')[0]).toContain(
      '按歧义规则判为',
    );
  });

  it('reports 无法入组 (0000) when no MDC admits the case', () => {
    const codes = Object.keys(loadDrgCatalogues().diagnoses);
    const base: DrgCase = {
      id: 'u',
      gender: 1,
      age: 40,
      ageDay: 14600,
      weight: null,
      dept: '',
      inHospitalTime: 3,
      leavingType: 1,
      diagnoses: [],
      procedures: [],
    };
    const ungroupable = codes
      .map((code) => groupCase(chs, { ...base, diagnoses: [code] }))
      .find((r) => r.status === GROUP_STATUS.ungroupable);
    expect(ungroupable).toMatchObject({ drg: '0000', mdc: '', adrg: '' });
    expect(ungroupable?.trace.at(-1)?.text).toBe('没有任何 MDC 能入组：无法入组（0000）');
  });

  it('leaves the trace out when asked, with the same result', () => {
    const drgCase = sample('22085292');
    const fast = groupCase(chs, drgCase, { trace: false });
    const full = groupCase(chs, drgCase);
    expect(fast.trace).toEqual([]);
    expect({ ...fast, trace: full.trace }).toEqual(full);
  });
});
