// The rule renderer: any condition of a rules file reads as a Chinese sentence naming its lists and sizes.
import { describe, expect, it } from 'vitest';
import { describeCondition } from '../../../src/core/drg/describe';
import { adrgDetail, schemeTree } from '../../../src/core/drg/scheme-view';
import type { Condition, DrgRules } from '../../../src/core/drg/types';
import { validateRules } from '../../../src/core/drg/validate-rules';
import { loadDrgRules } from '../../../src/store/drg-schemes';

const sizes: Record<string, number> = { L1: 12, L2: 3 };
const size = (name: string) => sizes[name];

describe('describeCondition', () => {
  it('joins parts with 且 and brackets a nested 或', () => {
    const condition: Condition = {
      and: [
        { pdxIn: 'L1' },
        { cmp: ['age', '>=', 17] },
        { or: [{ mainProcIn: 'L2' }, { cmp: ['gender', '==', 2] }] },
      ],
    };
    const described = describeCondition(condition, size);
    expect(described.text).toBe(
      '主诊断属于 L1 表（12 个编码） 且 年龄 ≥ 17 岁 且 （主手术属于 L2 表（3 个编码） 或 性别为女）',
    );
    expect(described.lists).toEqual([
      { name: 'L1', count: 12, kind: 'diagnosis' },
      { name: 'L2', count: 3, kind: 'procedure' },
    ]);
  });

  it('reads every kind of condition', () => {
    const texts = (
      [
        { const: true },
        { not: { anySecDxIn: 'L1' } },
        { anyDxPrefix: 'Z37.' },
        { procCategory: '2' },
        { procCountGt: 2 },
        { fieldNonEmpty: 'weight' },
        { cmp: ['leavingType', '==', 5] },
        { cmp: ['weight', '<', 1500] },
        { hasMCC: false },
        { anyProcIn: 'L9' },
      ] as Condition[]
    ).map((condition) => describeCondition(condition, size).text);
    expect(texts).toEqual([
      '无附加条件',
      '并非（有次要诊断属于 L1 表（12 个编码））',
      '有诊断编码以 Z37. 开头',
      '有手术操作属于类别 2',
      '手术操作多于 2 个',
      '出生体重已填写',
      '离院方式 = 5（死亡）',
      '出生体重 < 1500 克',
      '无严重并发症或合并症（MCC）',
      '有手术操作属于 L9 表（表不存在）',
    ]);
  });
});

describe('scheme view', () => {
  const rules: DrgRules = validateRules(loadDrgRules('chs-drg-1.1'));

  it('renders every MDC, ADRG and split of each shipped scheme without an unknown condition', () => {
    for (const scheme of ['chs-drg-1.1', 'chongqing-2022', 'harbin-2022']) {
      const schemeRules = validateRules(loadDrgRules(scheme));
      for (const mdc of schemeTree(schemeRules, {})) {
        for (const adrg of mdc.adrgs) {
          const detail = adrgDetail(schemeRules, {}, adrg.code);
          const texts = [
            detail?.mdc.condition.text,
            detail?.condition.text,
            ...(detail?.splits.map((split) => split.condition.text) ?? []),
          ];
          for (const text of texts) expect(text).not.toMatch(/无法识别|表不存在|undefined/);
        }
      }
    }
  });

  it('names an ADRG after its DRGs without the complication suffix', () => {
    const names = {
      GZ13: '其他消化系统诊断，伴并发症或合并症',
      GZ15: '其他消化系统诊断，不伴并发症或合并症',
    };
    const detail = adrgDetail(rules, names, 'GZ1');
    expect(detail?.name).toBe('其他消化系统诊断');
    expect(detail?.mdc.code).toBe('MDCG');
    expect(detail?.fallback).toContain('结果为 GZ1（无法入组）');
  });
});
