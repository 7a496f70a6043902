// Compiles a grouping scheme given as data (a rules JSON object) into a fast matcher: conditions become
// closures once, code lists become Sets, the MCC/CC/CCE tables Maps. Nothing here knows a particular DRG.
import { badInput } from '../shared/errors';
import { CandidateIndex, type Guard } from './candidates';
import type { ComplicationTables } from './complications';
import {
  compileCondition,
  type Compiled,
  type CompiledCondition,
  type ConditionEnv,
  type ListRole,
} from './conditions';
import { genderSpecificDiagnoses, type Gender } from './gender';
import { validateRules } from './validate-rules';
import type { DrgCatalogues, DrgRules } from './types';

export interface CompiledAdrg {
  /** The ADRG code the result reports. */
  code: string;
  /** The rule's key in the scheme: the ADRG code, or with `_n` when the ADRG has several entry rules. */
  rule: string;
  test: CompiledCondition;
  /** What the case's principal diagnosis or main procedure must be for `test` to hold, if anything. */
  guard: Guard | null;
  /** `test` for a case the candidate index admitted (its guard holds), without looking the guard up again. */
  testAdmitted: CompiledCondition;
  splits: Array<{ drg: string; test: CompiledCondition }>;
  fallback: string | null;
  /** More than one DRG: the split depends on complications, so the trace explains them. */
  isSplit: boolean;
}

/**
 * The ADRG a scheme rule belongs to. A scheme gives an ADRG with several alternative entry conditions as
 * several rules, `AH1_1`, `AH1_2` …, each leading to the ADRG's DRGs; the ADRG itself is `AH1`.
 */
export const adrgOfRule = (rule: string): string => rule.replace(/_\d+$/, '');

export type CompiledStep =
  { kind: 'ambiguity'; code: string; enabled: boolean } | { kind: 'adrg'; adrg: CompiledAdrg };

export interface CompiledMdc {
  code: string;
  test: CompiledCondition;
  guard: Guard | null;
  /** `test` for a case the candidate index admitted (its guard holds), without looking the guard up again. */
  testAdmitted: CompiledCondition;
  multiTrauma: { regions: ReadonlyMap<string, string>; minRegions: number; label: string } | null;
  steps: CompiledStep[];
  /** The steps worth trying for a case (the others' conditions cannot hold for it). */
  candidates: CandidateIndex;
}

export interface CompiledScheme {
  version: string;
  mdcs: CompiledMdc[];
  /** The MDCs worth trying for a case (the others' conditions cannot hold for it). */
  mdcCandidates: CandidateIndex;
  /** SS_VALID: procedures that count as operations. */
  operations: ReadonlySet<string>;
  complications: ComplicationTables;
  drgNames: ReadonlyMap<string, string>;
  /** Every code a successful or ambiguous grouping can return. */
  resultCodes: ReadonlySet<string>;
  isKnownDiagnosis(code: string): boolean;
  isKnownProcedure(code: string): boolean;
  /** Principal diagnoses the scheme reserves to one gender. */
  genderSpecific: ReadonlyMap<string, Gender>;
  describeDiagnosis(code: string): string;
  describeProcedure(code: string): string;
}

const ROLE_NOUN: Record<ListRole, string> = {
  principal: '主诊断表',
  mainProcedure: '主手术表',
  procedure: '手术操作表',
  diagnosis: '诊断表',
};

const toMap = (record: Record<string, string>) => new Map(Object.entries(record));

/**
 * A catalogue: its codes in a Set (looked up for every code of every case), its names read in place from
 * the catalogue object (only a message names a code; a catalogue has tens of thousands).
 */
const catalogueOf = (record: Readonly<Record<string, string>>) => {
  const codes = new Set(Object.keys(record));
  return {
    get: (code: string): string | undefined => (codes.has(code) ? record[code] : undefined),
    has: (code: string): boolean => codes.has(code),
  };
};

/**
 * A condition that is nothing but its guard holds for every case the candidate index admits; it is still
 * run when a trace is built, for its note.
 */
const admittedTest = (compiled: Compiled): CompiledCondition =>
  compiled.onlyGuard === true ? (c) => c.notes === null || compiled.test(c) : compiled.test;

export function compileScheme(input: unknown, catalogues: DrgCatalogues): CompiledScheme {
  const rules: DrgRules = validateRules(input);
  const diagnosisNames = catalogueOf(catalogues.diagnoses);
  const procedureNames = catalogueOf(catalogues.procedures);
  const schemeDiagnoses = new Set<string>([
    ...Object.keys(rules.CC),
    ...Object.keys(rules.MCC),
    ...Object.keys(rules.CCE),
  ]);
  const schemeProcedures = new Set<string>(rules.SS_VALID);
  const sets = new Map<string, ReadonlySet<string>>();
  const labels = new Map<string, string>();
  const madeKnown = new Set<string>();
  let owner = '';

  const codesOf = (name: string, where: string): string[] => {
    const list = name === 'SS_VALID' && !(name in rules.lists) ? rules.SS_VALID : rules.lists[name];
    if (list === undefined) throw badInput(`${where}：规则引用了不存在的表 ${name}`);
    return Array.isArray(list) ? list : Object.keys(list);
  };
  const describe = (names: ReturnType<typeof catalogueOf>) => (code: string) => {
    const name = names.get(code);
    return name === undefined ? code : `${code}（${name}）`;
  };
  const env: ConditionEnv = {
    list(name, role, where) {
      let codes = sets.get(name);
      if (codes === undefined) {
        codes = new Set(codesOf(name, where));
        sets.set(name, codes);
      }
      const onDiagnoses = role === 'principal' || role === 'diagnosis';
      // A list is used by many conditions; its codes are made known once per kind.
      const mark = `${onDiagnoses ? 'dx' : 'proc'}:${name}`;
      if (!madeKnown.has(mark)) {
        madeKnown.add(mark);
        const known = onDiagnoses ? schemeDiagnoses : schemeProcedures;
        for (const code of codes) known.add(code);
      }
      let label = labels.get(name);
      if (label === undefined) {
        label =
          name === 'SS_VALID'
            ? '手术室手术表（SS_VALID）'
            : `${owner} ${ROLE_NOUN[role]}（${name}）`;
        labels.set(name, label);
      }
      return { codes, label };
    },
    describeDiagnosis: describe(diagnosisNames),
    describeProcedure: describe(procedureNames),
    procCategories: null,
  };

  const compileAdrg = (code: string): CompiledAdrg => {
    const rule = rules.adrg[code];
    if (rule === undefined) throw badInput(`规则引用了不存在的 ADRG ${code}`);
    owner = code;
    let procCategories: Map<string, string> | null = null;
    if (rule.procCategoryMap) {
      const procs = codesOf(rule.procCategoryMap.procs, `ADRG ${code}`);
      const cats = codesOf(rule.procCategoryMap.cats, `ADRG ${code}`);
      procCategories = new Map();
      procs.forEach((proc, i) => {
        schemeProcedures.add(proc);
        if (!procCategories?.has(proc)) procCategories?.set(proc, cats[i] ?? '');
      });
    }
    const adrgEnv = { ...env, procCategories };
    const splits = rule.drgs.map((drg) => {
      const split = rules.drgSplit[drg];
      if (split === undefined) throw badInput(`ADRG ${code}：DRG ${drg} 没有细分条件（drgSplit）`);
      return { drg, test: compileCondition(split, adrgEnv, `DRG ${drg} 的细分条件`).test };
    });
    const entry = compileCondition(rule.cond, adrgEnv, `ADRG ${code} 的入组条件`);
    return {
      code: adrgOfRule(code),
      rule: code,
      test: entry.test,
      guard: entry.guard ?? null,
      testAdmitted: admittedTest(entry),
      splits,
      fallback: rule.fallback ?? null,
      isSplit: rule.drgs.length > 1,
    };
  };

  const resultCodes = new Set<string>();
  const mdcs = rules.mdcs.map((mdc): CompiledMdc => {
    owner = mdc.mdc;
    const entry = compileCondition(mdc.cond, env, `${mdc.mdc} 的入组条件`);
    const { test, guard = null } = entry;
    let multiTrauma: CompiledMdc['multiTrauma'] = null;
    if (mdc.multiTrauma) {
      const regions = rules.lists[mdc.multiTrauma.regionOf];
      if (regions === undefined || Array.isArray(regions)) {
        throw badInput(
          `${mdc.mdc}：multiTrauma 引用的 ${mdc.multiTrauma.regionOf} 不是“编码→部位”表`,
        );
      }
      for (const code of Object.keys(regions)) schemeDiagnoses.add(code);
      const label = `${mdc.mdc} 创伤部位表（${mdc.multiTrauma.regionOf}）`;
      multiTrauma = { regions: toMap(regions), minRegions: mdc.multiTrauma.minRegions, label };
    }
    const steps = mdc.steps.map((step): CompiledStep => {
      if ('qy' in step) {
        if (step.enabled) resultCodes.add(step.qy);
        return { kind: 'ambiguity', code: step.qy, enabled: step.enabled };
      }
      const adrg = compileAdrg(step.adrg);
      for (const split of adrg.splits) resultCodes.add(split.drg);
      return { kind: 'adrg', adrg };
    });
    const candidates = new CandidateIndex(
      steps.map((step) => (step.kind === 'adrg' ? step.adrg.guard : null)),
    );
    const testAdmitted = admittedTest(entry);
    return { code: mdc.mdc, test, guard, testAdmitted, multiTrauma, steps, candidates };
  });

  return {
    version: rules.version,
    mdcs,
    mdcCandidates: new CandidateIndex(mdcs.map((mdc) => mdc.guard)),
    operations: env.list('SS_VALID', 'procedure', 'SS_VALID').codes,
    complications: { mcc: toMap(rules.MCC), cc: toMap(rules.CC), cce: toMap(rules.CCE) },
    drgNames: toMap(catalogues.drgNames),
    resultCodes,
    isKnownDiagnosis: (code) => diagnosisNames.has(code) || schemeDiagnoses.has(code),
    isKnownProcedure: (code) => procedureNames.has(code) || schemeProcedures.has(code),
    genderSpecific: genderSpecificDiagnoses(rules),
    describeDiagnosis: env.describeDiagnosis,
    describeProcedure: env.describeProcedure,
  };
}
