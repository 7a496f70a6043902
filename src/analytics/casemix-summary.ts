// The stored result of a case-mix run: ranking across hospitals, region and hospital trend by month, and the
// drill-downs by department and DRG, each row with exact indicator parts (core/drg/casemix casemixBy).
import {
  byDepartment,
  byHospital,
  byHospitalMonth,
  casemixBy,
  type CasemixContext,
} from '../core/drg/casemix';
import type { GroupedCase } from '../core/drg/grouped-case';
import { figuresOf, mergeByKey, type CasemixFigures } from './casemix-aggregate';
import type { WeightDescription } from './casemix-weights';

export interface HospitalFigures {
  code: string;
  name: string;
  level: number;
  figures: CasemixFigures;
  /**
   * Cases grouped with data-quality warnings (数据质量提示: unknown codes, principal diagnosis not fitting
   * sex or age): a quality indicator offices watch. Absent in runs stored before it was counted.
   */
  qualityWarnings?: number;
}

/** A hospital's place in the CMI ranking across every hospital of the run (ties share a place). */
export type RankedHospital = HospitalFigures & { rank: number };

export interface CasemixSummary {
  scheme: string;
  schemeLabel: string;
  weights: WeightDescription;
  /** How the bills were read and what the reader rejected (whole file). */
  read: {
    path: 'aggregate' | 'reader';
    pathReasons: string[];
    rejectedEncounters: number;
    rejectedLines: number;
    rejections: Array<{ reason: string; label: string; lines: number }>;
  };
  cases: number;
  grouped: number;
  byStatus: Record<string, number>;
  months: string[];
  total: CasemixFigures;
  hospitals: HospitalFigures[];
  /** The whole region by month. */
  byMonth: Array<{ month: string; figures: CasemixFigures }>;
  hospitalMonths: Array<{ hospital: string; month: string; figures: CasemixFigures }>;
  departments: Array<{ hospital: string; department: string; figures: CasemixFigures }>;
  drgs: Array<{ hospital: string; drg: string; name: string; figures: CasemixFigures }>;
  /** Regional totals per DRG (the reference of the efficiency indices) and the RW used, per DRG. */
  reference: Array<{
    drg: string;
    name: string;
    rw: string | null;
    cases: number;
    costFen: number;
    days: number;
  }>;
  /** Seconds spent, and cases per second grouped. */
  timing: { seconds: number; casesPerSecond: number };
  /** Cases with data-quality warnings in the whole run; absent in runs stored before it was counted. */
  qualityWarnings?: number;
  /** True when the run refused cases with warnings instead of grouping them (strict checks). */
  strict?: boolean;
}

const cmiOf = (row: HospitalFigures) => Number(row.figures.cmi.value ?? -1);

/**
 * Every hospital ranked by CMI, highest first, before anyone filters the list: a hospital account that sees
 * only its own row still sees its true place. Hospitals with the same CMI share a place (1, 2, 2, 4).
 */
export function rankHospitals(hospitals: readonly HospitalFigures[]): RankedHospital[] {
  const sorted = [...hospitals].sort((a, b) => cmiOf(b) - cmiOf(a));
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || cmiOf(row) !== cmiOf(sorted[index - 1] as HospitalFigures)) rank = index + 1;
    return { rank, ...row };
  });
}

/** Share of a hospital's cases that carry a data-quality warning, 0–1; null when not counted or no cases. */
export function qualityWarningShare(row: Pick<HospitalFigures, 'qualityWarnings' | 'figures'>) {
  if (row.qualityWarnings === undefined || row.figures.cases === 0) return null;
  return row.qualityWarnings / row.figures.cases;
}

/** Σ cost and Σ days per key, beside the indicator rows. */
function totalsBy(cases: readonly GroupedCase[], keyOf: (c: GroupedCase) => string) {
  const totals = new Map<string, { costFen: number; days: number }>();
  for (const groupedCase of cases) {
    const key = keyOf(groupedCase);
    const total = totals.get(key) ?? { costFen: 0, days: 0 };
    total.costFen += groupedCase.costFen;
    total.days += groupedCase.lengthOfStayDays;
    totals.set(key, total);
  }
  return totals;
}

/** Rows of casemixBy with cost and days: the figures per key. */
export function figuresBy(
  cases: readonly GroupedCase[],
  keyOf: (c: GroupedCase) => string,
  context: CasemixContext,
): Array<{ key: string; figures: CasemixFigures }> {
  const totals = totalsBy(cases, keyOf);
  return casemixBy(cases, keyOf, context).map((row) => {
    const total = totals.get(row.key) ?? { costFen: 0, days: 0 };
    return { key: row.key, figures: figuresOf(row, total.costFen, total.days) };
  });
}

/** Everything the summary holds about one hospital, from all of its cases. */
export function aggregateHospital(
  cases: readonly GroupedCase[],
  context: CasemixContext,
  drgName: (drg: string) => string,
) {
  const [whole] = figuresBy(cases, byHospital, context);
  const hospital = whole?.key ?? '';
  const after = (key: string) => key.slice(hospital.length + 1);
  return {
    figures: whole?.figures,
    months: figuresBy(cases, byHospitalMonth, context).map(({ key, figures }) => ({
      hospital,
      month: after(key),
      figures,
    })),
    departments: figuresBy(cases, byDepartment, context).map(({ key, figures }) => ({
      hospital,
      department: after(key),
      figures,
    })),
    drgs: figuresBy(cases, (c) => c.drg, context).map(({ key, figures }) => ({
      hospital,
      drg: key,
      name: drgName(key),
      figures,
    })),
  };
}

/** The region by month: each month's hospital figures added part by part. */
export const regionByMonth = (rows: CasemixSummary['hospitalMonths']) =>
  mergeByKey(rows.map((row) => ({ key: row.month, figures: row.figures }))).map(
    ({ key, figures }) => ({ month: key, figures }),
  );
