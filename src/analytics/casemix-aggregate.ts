// Case-mix aggregates of a run — per hospital, hospital × month, hospital × department, hospital × DRG — as
// plain values for storage: each indicator keeps its numerator and denominator, so any roll-up is sum ÷ sum.
import { parseDecimal } from '../core/drg/decimal';
import {
  addParts,
  CASEMIX_INDICATORS,
  EMPTY_PARTS,
  indicatorValue,
  partsToText,
  type CasemixCode,
  type CasemixRow,
  type IndicatorParts,
} from '../core/drg/casemix';

/** One indicator of one row: the value for display (4 decimals) and the exact parts it came from. */
export interface IndicatorCell {
  value: string | null;
  numerator: string;
  denominator: string;
  /** Cases left out (not grouped, no weight, no regional reference). */
  excluded: number;
}

export interface CasemixFigures {
  cases: number;
  /** Σ cost of the cases in fen, and Σ length of stay: for mean cost and mean stay. */
  costFen: number;
  days: number;
  cmi: IndicatorCell;
  costEfficiency: IndicatorCell;
  timeEfficiency: IndicatorCell;
}

const CELL_OF: Record<CasemixCode, 'cmi' | 'costEfficiency' | 'timeEfficiency'> = {
  cmi: 'cmi',
  'cost-efficiency': 'costEfficiency',
  'time-efficiency': 'timeEfficiency',
};

/** A row of core/drg casemixBy with the row's cost and days, as stored figures. */
export function figuresOf(row: CasemixRow, costFen: number, days: number): CasemixFigures {
  const cell = (code: CasemixCode): IndicatorCell => ({
    value: indicatorValue(row.indicators[code]),
    ...partsToText(row.indicators[code]),
    excluded: row.excluded[code],
  });
  return {
    cases: row.cases,
    costFen,
    days,
    cmi: cell('cmi'),
    costEfficiency: cell('cost-efficiency'),
    timeEfficiency: cell('time-efficiency'),
  };
}

const partsOf = (cell: IndicatorCell): IndicatorParts => ({
  numerator: parseDecimal(cell.numerator),
  denominator: parseDecimal(cell.denominator),
});

/** Adds figures exactly (parts to parts), e.g. hospitals into the region, months into a year. */
export function addFigures(a: CasemixFigures, b: CasemixFigures): CasemixFigures {
  const row: CasemixRow = {
    key: '',
    cases: a.cases + b.cases,
    indicators: {
      cmi: EMPTY_PARTS,
      'cost-efficiency': EMPTY_PARTS,
      'time-efficiency': EMPTY_PARTS,
    },
    excluded: { cmi: 0, 'cost-efficiency': 0, 'time-efficiency': 0 },
  };
  for (const { code } of CASEMIX_INDICATORS) {
    const name = CELL_OF[code];
    row.indicators[code] = addParts(partsOf(a[name]), partsOf(b[name]));
    row.excluded[code] = a[name].excluded + b[name].excluded;
  }
  return figuresOf(row, a.costFen + b.costFen, a.days + b.days);
}

export const EMPTY_FIGURES: CasemixFigures = figuresOf(
  {
    key: '',
    cases: 0,
    indicators: {
      cmi: EMPTY_PARTS,
      'cost-efficiency': EMPTY_PARTS,
      'time-efficiency': EMPTY_PARTS,
    },
    excluded: { cmi: 0, 'cost-efficiency': 0, 'time-efficiency': 0 },
  },
  0,
  0,
);

/** Σ figures per key, keys sorted. */
export function mergeByKey<T extends { key: string; figures: CasemixFigures }>(
  rows: readonly T[],
): Array<{ key: string; figures: CasemixFigures }> {
  const merged = new Map<string, CasemixFigures>();
  for (const row of rows) {
    merged.set(row.key, addFigures(merged.get(row.key) ?? EMPTY_FIGURES, row.figures));
  }
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, figures]) => ({ key, figures }));
}
