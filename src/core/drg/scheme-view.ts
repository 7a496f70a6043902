// A grouping scheme as a reader browses it: the tree MDC → ADRG → DRG with Chinese names, and one ADRG's
// entry condition and split rules rendered in words (describe.ts), in the order the grouper tries them.
import { describeCondition, type DescribedCondition, type ListReference } from './describe';
import { mdcName } from './mdc-names';
import type { DrgRules, MdcRule } from './types';

export interface DrgNode {
  code: string;
  name: string;
}

export interface AdrgNode extends DrgNode {
  drgs: DrgNode[];
}

export interface MdcNode extends DrgNode {
  adrgs: AdrgNode[];
  /** Ambiguity steps (歧义组): a case with an operation no surgical ADRG took. */
  ambiguity: Array<DrgNode & { enabled: boolean }>;
}

export interface AdrgDetail extends AdrgNode {
  mdc: {
    code: string;
    name: string;
    condition: DescribedCondition;
    /** MDCZ: the diagnoses must cover at least this many body regions of the list. */
    multiTrauma: { list: ListReference; minRegions: number } | null;
    /** 1-based place of this ADRG among the MDC's ADRGs, which are tried in order. */
    position: number;
    adrgCount: number;
  };
  condition: DescribedCondition;
  splits: Array<DrgNode & { condition: DescribedCondition }>;
  /** What happens when no split holds. */
  fallback: string;
  /** Procedure → category pairing that `procCategory` conditions test. */
  categoryMap: { procedures: ListReference; categories: string; used: string[] } | null;
}

const COMPLICATION_SUFFIX = /，(伴严重并发症或合并症|伴并发症或合并症|不伴并发症或合并症)$/;

export function listSizeOf(rules: DrgRules): (name: string) => number | undefined {
  return (name) => {
    const list = name === 'SS_VALID' && !(name in rules.lists) ? rules.SS_VALID : rules.lists[name];
    if (list === undefined) return undefined;
    return Array.isArray(list) ? list.length : Object.keys(list).length;
  };
}

/** An ADRG has no name of its own in the data: its first DRG's name without the complication suffix. */
function adrgName(rules: DrgRules, code: string, drgNames: Record<string, string>): string {
  const first = rules.adrg[code]?.drgs[0];
  return first === undefined ? '' : (drgNames[first] ?? '').replace(COMPLICATION_SUFFIX, '');
}

const adrgCodesOf = (mdc: MdcRule): string[] =>
  mdc.steps.flatMap((step) => ('adrg' in step ? [step.adrg] : []));

export function schemeTree(rules: DrgRules, drgNames: Record<string, string>): MdcNode[] {
  const named = (code: string): DrgNode => ({ code, name: drgNames[code] ?? '' });
  return rules.mdcs.map((mdc) => ({
    code: mdc.mdc,
    name: mdcName(mdc.mdc),
    adrgs: adrgCodesOf(mdc).map((code) => ({
      code,
      name: adrgName(rules, code, drgNames),
      drgs: (rules.adrg[code]?.drgs ?? []).map(named),
    })),
    ambiguity: mdc.steps.flatMap((step) =>
      'qy' in step ? [{ ...named(step.qy), enabled: step.enabled }] : [],
    ),
  }));
}

/** Codes used by `procCategory` conditions anywhere in a condition, in order of appearance. */
function categoriesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const part of value) categoriesIn(part, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'procCategory' && !out.includes(String(inner))) out.push(String(inner));
      else categoriesIn(inner, out);
    }
  }
  return out;
}

export function adrgDetail(
  rules: DrgRules,
  drgNames: Record<string, string>,
  code: string,
): AdrgDetail | undefined {
  const rule = rules.adrg[code];
  const mdc = rules.mdcs.find((candidate) => adrgCodesOf(candidate).includes(code));
  if (rule === undefined || mdc === undefined) return undefined;
  const size = listSizeOf(rules);
  const adrgs = adrgCodesOf(mdc);
  const trauma = mdc.multiTrauma;
  const fallback =
    rule.fallback === null
      ? '以上细分条件都不成立时，继续检查本 MDC 的下一个 ADRG'
      : `以上细分条件都不成立时，结果为 ${rule.fallback}（无法入组）`;
  const map = rule.procCategoryMap;
  return {
    code,
    name: adrgName(rules, code, drgNames),
    drgs: rule.drgs.map((drg) => ({ code: drg, name: drgNames[drg] ?? '' })),
    mdc: {
      code: mdc.mdc,
      name: mdcName(mdc.mdc),
      condition: describeCondition(mdc.cond, size),
      multiTrauma: trauma
        ? {
            list: { name: trauma.regionOf, count: size(trauma.regionOf) ?? 0, kind: 'diagnosis' },
            minRegions: trauma.minRegions,
          }
        : null,
      position: adrgs.indexOf(code) + 1,
      adrgCount: adrgs.length,
    },
    condition: describeCondition(rule.cond, size),
    splits: rule.drgs.map((drg) => ({
      code: drg,
      name: drgNames[drg] ?? '',
      condition: describeCondition(rules.drgSplit[drg] ?? { const: false }, size),
    })),
    fallback,
    categoryMap: map
      ? {
          procedures: { name: map.procs, count: size(map.procs) ?? 0, kind: 'procedure' },
          categories: map.cats,
          used: categoriesIn([rule.cond, ...rule.drgs.map((drg) => rules.drgSplit[drg])]),
        }
      : null,
  };
}
