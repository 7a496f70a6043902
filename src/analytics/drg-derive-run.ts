// Derives a weight table from a bill dataset's grouped inpatient stays: the chosen years weighted (e.g. 1:2:7),
// outliers trimmed per DRG and year, RW = group mean ÷ overall mean; the method kept for the UI.
import {
  deriveWeights,
  weightTableFromDerivation,
  type DeriveParams,
} from '../core/drg/derive-weights';
import type { DecimalText } from '../core/drg/decimal';
import { dischargeYear, type GroupedCase, type HospitalLevel } from '../core/drg/grouped-case';
import type { WeightTable } from '../core/drg/weights';
import type { Fen } from '../core/shared/money';
import type { WeightMethod } from '../store/drg-weight-tables';
import type { GroupedCaseSource } from './drg-payment-run';

export interface DeriveRunParams extends DeriveParams {
  pool: string;
  /** The year the table is for (usually the year after the last data year). */
  tableYear: number;
  baseRateFen: Fen;
  levelCoefficients: Partial<Record<HospitalLevel, DecimalText>>;
}

export interface DeriveRunInput {
  params: DeriveRunParams;
  dataset: { id: number; name: string };
  scheme: string;
  drgNames: Readonly<Record<string, string>>;
  cases: GroupedCaseSource;
  onProgress?: (share: number | null, message: string) => void;
}

export async function runWeightDerivation(
  input: DeriveRunInput,
): Promise<{ table: WeightTable; method: WeightMethod }> {
  const { params } = input;
  const years = new Set(params.years.map((entry) => entry.year));
  const kept: GroupedCase[] = [];
  await input.cases({
    onCases: (batch) => {
      for (const item of batch) if (years.has(dischargeYear(item))) kept.push(item);
    },
    onProgress: (share, message) =>
      input.onProgress?.(share === null ? null : share * 0.9, message),
  });
  input.onProgress?.(0.92, `正在测算权重（${kept.length.toLocaleString('zh-CN')} 例）…`);
  const deriveParams: DeriveParams = {
    years: params.years,
    trim: params.trim,
    ...(params.rwDecimals === undefined ? {} : { rwDecimals: params.rwDecimals }),
  };
  const derivation = deriveWeights(kept, deriveParams);
  const table = weightTableFromDerivation(derivation, {
    pool: params.pool,
    year: params.tableYear,
    baseRateFen: params.baseRateFen,
    levelCoefficients: params.levelCoefficients,
    source: `由账单数据集“${input.dataset.name}”测算`,
  });
  for (const group of table.groups) {
    const name = input.drgNames[group.drg];
    if (name !== undefined) group.name = name;
  }
  const method: WeightMethod = {
    datasetId: input.dataset.id,
    datasetName: input.dataset.name,
    scheme: input.scheme,
    params: deriveParams,
    steps: derivation.steps,
    years: derivation.years,
    overallWeightedMeanFen: derivation.overallWeightedMeanFen,
    groups: derivation.groups.map((group) => ({
      drg: group.drg,
      rw: group.rw,
      weightedMeanFen: group.weightedMeanFen,
      years: group.years,
    })),
  };
  return { table, method };
}
