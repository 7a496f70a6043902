// Where a case-mix run takes its relative weights (RW) from: the shipped Yancheng 2023 table (CHS-DRG 1.1 codes),
// RW derived from the same bills (derive-weights, method kept), or a given weight table (stored or a file).
import {
  deriveWeights,
  weightTableFromDerivation,
  type DeriveParams,
} from '../core/drg/derive-weights';
import { dischargeYear, isGrouped, type GroupedCase } from '../core/drg/grouped-case';
import {
  checkWeightTable,
  compileWeights,
  type CompiledWeight,
  type WeightTable,
} from '../core/drg/weights';
import { badInput } from '../core/shared/errors';
import { BUILTIN_WEIGHT_TABLES, loadBuiltinWeightTable } from '../store/drg-weight-builtin';

export type WeightSource =
  | { kind: 'yancheng-2023' }
  | { kind: 'derived'; params?: DeriveParams }
  /** A stored table (id) or a file (label only). */
  | { kind: 'table'; table: WeightTable; label: string; id?: number };

/** What the run used, for its summary and the page. */
export interface WeightDescription {
  kind: WeightSource['kind'];
  label: string;
  tableId?: number;
  /** DRGs with an RW in the table. */
  groupsWithRw: number;
  /** A caution, e.g. a table written for another scheme's codes. */
  note?: string;
  /** Derived weights: the method step by step, in Chinese. */
  steps?: string[];
  params?: DeriveParams;
}

export interface ResolvedWeights {
  weights: Map<string, CompiledWeight>;
  description: WeightDescription;
}

/** Years 1:2:7 (the latest three years in the bills), Tukey fences k = 1.5, groups under 5 cases kept whole. */
export function defaultDeriveParams(cases: readonly GroupedCase[]): DeriveParams {
  const years = [...new Set(cases.filter(isGrouped).map(dischargeYear))].sort().slice(-3);
  if (years.length === 0) {
    throw badInput('账单中没有分组成功的住院病例，无法从账单测算权重。请改用权重表。');
  }
  const shares = [1, 2, 7].slice(-years.length);
  return {
    years: years.map((year, index) => ({ year, weight: shares[index] ?? 1 })),
    trim: { method: { kind: 'iqr', k: '1.5' }, minCases: 5 },
    rwDecimals: 4,
  };
}

function fromTable(table: WeightTable, description: Omit<WeightDescription, 'groupsWithRw'>) {
  const problems = checkWeightTable(table);
  if (problems.length > 0) {
    const first = problems.slice(0, 3).map((problem) => problem.message);
    throw badInput(`权重表有 ${problems.length} 处问题：${first.join('；')}。请修正后再计算。`, {
      where: description.label,
    });
  }
  return {
    weights: compileWeights(table),
    description: { ...description, groupsWithRw: table.groups.filter((g) => g.rw !== null).length },
  };
}

/** Weights that do not depend on the cases; null for derived weights (they need the grouped cases first). */
export function resolveFixedWeights(source: WeightSource, scheme: string): ResolvedWeights | null {
  if (source.kind === 'derived') return null;
  if (source.kind === 'table') {
    return fromTable(source.table, {
      kind: 'table',
      label: source.label,
      ...(source.id === undefined ? {} : { tableId: source.id }),
    });
  }
  const builtin = BUILTIN_WEIGHT_TABLES['yancheng-2023'];
  return fromTable(loadBuiltinWeightTable('yancheng-2023'), {
    kind: 'yancheng-2023',
    label: builtin.label,
    ...(scheme === builtin.scheme
      ? {}
      : {
          note: `盐城权重表按 CHS-DRG 1.1 编码编制，所选分组方案（${scheme}）的病组编码多数对不上，CMI 只计有权重的病例。`,
        }),
  });
}

/** RW derived from the run's own grouped cases. */
export function deriveRunWeights(
  cases: readonly GroupedCase[],
  params: DeriveParams | undefined,
): ResolvedWeights {
  const used = params ?? defaultDeriveParams(cases);
  const derivation = deriveWeights(cases, used);
  const table = weightTableFromDerivation(derivation, {
    pool: '本数据集',
    year: Math.max(...used.years.map((entry) => entry.year)),
    baseRateFen: 1,
    levelCoefficients: {},
  });
  return {
    weights: compileWeights(table),
    description: {
      kind: 'derived',
      label: '由本账单测算的权重',
      groupsWithRw: table.groups.length,
      steps: derivation.steps,
      params: used,
    },
  };
}
