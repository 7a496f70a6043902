// What the simulation exports share: the run they describe, Chinese names, money as 元 for display, and the
// three conditions of the plans written out with the figures behind them.
import type { BulkSimulationResult } from '../analytics/simulate-bulk';
import { formatRate, ratioToBasisPoints, type Fen, type Ratio } from '../core/shared/money';
import type { Scenario } from '../core/simulate/scenario';

export interface SimulationReportInput {
  id: number;
  scenarioName: string;
  scenarioVersion: number;
  scenario: Scenario;
  datasetName: string;
  /** Hospital code → name. */
  hospitalNames: Readonly<Record<string, string>>;
  /** ICD-10 category → name, where known. */
  diseaseNames?: Readonly<Record<string, string>>;
  createdAt: string;
  finishedAt: string | null;
  username: string | null;
  result: BulkSimulationResult;
}

export { LEVEL_NAMES, nameIn, SCHEME_NAMES } from '../core/simulate/names';

/** Fen as 元 with thousands separators and two decimals, e.g. -2092085 → "-20,920.85". */
export function yuanText(amount: Fen): string {
  const value = BigInt(amount);
  const magnitude = value < 0n ? -value : value;
  const whole = (magnitude / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (magnitude % 100n).toString().padStart(2, '0');
  return `${value < 0n ? '-' : ''}${whole}.${cents}`;
}

/** A change in 元 with its sign: "+1,200.00 元", "-35.10 元". */
export const changeText = (amount: Fen) => `${amount > 0 ? '+' : ''}${yuanText(amount)} 元`;

/** Fen as a number of 元 for a spreadsheet cell or a chart (display only). */
export const yuanNumber = (amount: Fen) => amount / 100;

export const rateText = (ratio: Ratio | null) =>
  ratio ? formatRate(ratioToBasisPoints(ratio)) : '—';

export const holdsText = (holds: boolean) => (holds ? '满足' : '不满足');

export const hospitalName = (input: SimulationReportInput, id: string) =>
  input.hospitalNames[id] ?? id;

/** ICD-10 category names from a diagnosis catalogue: the category's own code, else its first ".x00"-like entry. */
export function diseaseCategoryNames(
  categories: readonly string[],
  catalogue: Readonly<Record<string, string>>,
): Record<string, string> {
  const wanted = new Set(categories);
  // The shortest code is the most general entry of the category (I10.x00 before I10.x00x002).
  const chosen = new Map<string, { code: string; name: string }>();
  for (const [code, name] of Object.entries(catalogue)) {
    const category = code.slice(0, 3);
    if (!wanted.has(category)) continue;
    const current = chosen.get(category);
    if (!current || code.length < current.code.length) chosen.set(category, { code, name });
  }
  return Object.fromEntries([...chosen].map(([category, { name }]) => [category, name]));
}

export interface ConditionSummary {
  title: string;
  /** The plan's words for the condition. */
  plan: string;
  holds: boolean;
  /** Sentences with the figures behind the verdict. */
  figures: string[];
}

export function conditionSummaries(input: SimulationReportInput): ConditionSummary[] {
  const { hospitalsRunSoundly: h, fundCanBear: f, burdenDoesNotRise: b } = input.result.conditions;
  const hospitalFigures = [
    `${h.hospitals} 家医院中，${h.reachingTarget} 家的补偿（调价增收加财政补助）达到方案要求的补偿水平；单靠调价即达到的 ${h.reachingByPricesAlone} 家。`,
    ...h.shortfalls.map(
      (s) =>
        `${hospitalName(input, s.hospitalId)}：应补偿 ${yuanText(s.targetFen)} 元，实得 ${yuanText(s.compensatedFen)} 元，缺口 ${yuanText(s.shortfallFen)} 元。`,
    ),
  ];
  const fundFigures = [
    `医保基金支付由 ${yuanText(f.beforeFen)} 元变为 ${yuanText(f.afterFen)} 元，变化 ${changeText(f.changeFen)}。`,
    `可承受的上限：增加不超过改革前的 ${formatRate(f.maxIncrease)}，即 ${yuanText(f.limitFen)} 元（测算方案设定）。`,
  ];
  const burdenFigures = [
    `患者个人负担合计由 ${yuanText(b.beforeFen)} 元变为 ${yuanText(b.afterFen)} 元，变化 ${changeText(b.changeFen)}。`,
    `${b.patients} 名患者中，负担增加的 ${b.patientsPayingMore} 人。`,
  ];
  return [
    {
      title: '公立医院良性运行',
      plan: '补偿达到方案规定的补偿率',
      holds: h.holds,
      figures: hospitalFigures,
    },
    {
      title: '医保基金可承受',
      plan: '基金支出增幅不超过可承受上限',
      holds: f.holds,
      figures: fundFigures,
    },
    {
      title: '群众整体负担不增加',
      plan: '患者个人负担合计不增加',
      holds: b.holds,
      figures: burdenFigures,
    },
  ];
}

/** Out-of-pocket change per patient as bands between percentiles, with the share of patients in each. */
export function changeBands(
  input: SimulationReportInput,
): { label: string; fromFen: Fen; toFen: Fen; share: number }[] {
  const d = input.result.outOfPocketChange.byPatient;
  if (d.count === 0) return [];
  const p = d.percentilesFen;
  const edges: [number, Fen][] = [
    [0, d.minFen],
    [10, p[10]],
    [25, p[25]],
    [50, p[50]],
    [75, p[75]],
    [90, p[90]],
    [99, p[99]],
    [100, d.maxFen],
  ];
  return edges.slice(1).map(([percent, toFen], index) => {
    const [fromPercent, fromFen] = edges[index] ?? [0, d.minFen];
    return {
      label: `${yuanText(fromFen)} ~ ${yuanText(toFen)}`,
      fromFen,
      toFen,
      share: (percent - fromPercent) / 100,
    };
  });
}
