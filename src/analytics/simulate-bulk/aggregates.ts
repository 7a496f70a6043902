// The aggregates a simulation reports, read from the settled encounters: totals by hospital, level,
// scheme and disease (before and after, revenue by category), per-hospital price effects, and how
// out-of-pocket changes spread over encounters and patients (nearest-rank percentiles, as distribution.ts).
import type { DuckDBConnection } from '@duckdb/node-api';
import { CHARGE_CATEGORIES } from '../../core/simulate/categories';
import type { HospitalPriceEffects } from '../../core/simulate/compensation';
import {
  PERCENTILES,
  type ChangeDistribution,
  type DiseaseTotal,
} from '../../core/simulate/distribution';
import {
  binsWithCounts,
  histogramBins,
  type BinLayout,
  type HistogramBin,
} from '../../core/simulate/histogram';
import type { GroupTotals } from '../../core/simulate/groups';
import { emptyTotals, type Comparison, type Totals } from '../../core/simulate/totals';
import { categoryColumn, pivotRevenue, REVENUE_AFTER_SQL } from './revenue-sql';
import { diseaseSql } from './settle-sql';
import { intDiv, sumFen } from './sql-money';

/**
 * Per encounter and side, the fund's payment and the patient's, summed from the parts adjudicate.ts's
 * Settlement names: fund = fixed amounts + ratio payment; out-of-pocket = self-paid + 乙类先自付 + fixed-amount
 * remainder + deductible + co-payment + over the cap. An uninsured encounter is all self-paid.
 */
const sideSettlement = (s: 'before' | 'after') => {
  const coPayment = `${s}_eligible - ${s}_deductible - ${s}_by_ratio`;
  const overCap = `${s}_by_ratio - ${s}_pay`;
  return `${s}_cost,
  CASE WHEN insured THEN ${s}_fixed + ${s}_pay ELSE 0 END AS ${s}_fund,
  CASE WHEN insured
    THEN ${s}_self + ${s}_class_b_self + ${s}_remainder + ${s}_deductible + (${coPayment}) + (${overCap})
    ELSE ${s}_cost END AS ${s}_oop`;
};

/** Cost, fund and out-of-pocket per encounter, before and after. */
export const SETTLEMENT_VIEW_SQL = `CREATE OR REPLACE TEMP VIEW settlement AS
SELECT encounter_id, person_id, hospital_code, hospital_level, scheme, disease,
  ${sideSettlement('before')},
  ${sideSettlement('after')}
FROM settled`;

/** Settlements that do not balance or pay a negative amount (there should be none). */
export const UNBALANCED_SQL = `SELECT count(*) AS n FROM settlement
WHERE before_fund + before_oop <> before_cost OR after_fund + after_oop <> after_cost
  OR least(before_fund, before_oop, after_fund, after_oop) < 0`;

/** Out-of-pocket change (after − before) per encounter. */
export const CHANGES_SQL = `CREATE OR REPLACE TEMP TABLE changes AS
SELECT encounter_id, person_id, disease, after_oop - before_oop AS change FROM settlement`;

export type Grouping = 'total' | 'hospital' | 'level' | 'scheme' | 'disease';

const GROUPING_SETS = `GROUPING SETS ((side), (side, hospital_code), (side, hospital_level), (side, scheme), (side, disease))`;
const SETTLEMENT_GROUPING_SETS = `GROUPING SETS ((), (hospital_code), (hospital_level), (scheme), (disease))`;
const groupingColumns = `CASE WHEN GROUPING(hospital_code) = 0 THEN 'hospital'
    WHEN GROUPING(hospital_level) = 0 THEN 'level' WHEN GROUPING(scheme) = 0 THEN 'scheme'
    WHEN GROUPING(disease) = 0 THEN 'disease' ELSE 'total' END AS grouping,
  coalesce(hospital_code, CAST(hospital_level AS VARCHAR), scheme, disease, '') AS key`;

const SETTLEMENT_TOTALS_SQL = `SELECT ${groupingColumns}, count(*) AS encounters,
  ${(['before', 'after'] as const)
    .flatMap((s) => ['cost', 'fund', 'oop'].map((f) => `${sumFen(`${s}_${f}`)} AS ${s}_${f}`))
    .join(', ')}
FROM settlement GROUP BY ${SETTLEMENT_GROUPING_SETS}`;

/** Revenue by category, before and after, from the revenue table (revenue-sql.ts), one row per side. */
const REVENUE_SQL = `WITH diagnosed AS (SELECT *, ${diseaseSql('principal_dx')} AS disease FROM revenue),
sides AS (
  SELECT hospital_code, hospital_level, scheme, disease, 0 AS side, category, before_amount AS amount,
    lost_markup, abolished_fee, price_gain FROM diagnosed
  UNION ALL
  SELECT hospital_code, hospital_level, scheme, disease, 1 AS side, category, ${REVENUE_AFTER_SQL} AS amount,
    lost_markup, abolished_fee, price_gain FROM diagnosed
)
SELECT ${groupingColumns}, side,
  ${pivotRevenue('amount')},
  ${sumFen('lost_markup')} AS lost_markup, ${sumFen('abolished_fee')} AS abolished_fee,
  ${sumFen('price_gain')} AS price_gain
FROM sides GROUP BY ${GROUPING_SETS}`;

type Row = Record<string, unknown>;

/** A DuckDB integer as a JS number of fen, refusing anything outside the safe range. */
export function fen(value: unknown): number {
  const number = typeof value === 'bigint' ? Number(value) : Number(value ?? 0);
  if (!Number.isSafeInteger(number))
    throw new RangeError(`${String(value)} is not a whole number of fen`);
  return number;
}

export async function rows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
}

export interface GroupedTotals {
  total: Comparison;
  groups: Record<Exclude<Grouping, 'total'>, GroupTotals[]>;
  effects: Map<string, HospitalPriceEffects>;
}

const byKey = (a: GroupTotals, b: GroupTotals) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export async function groupedTotals(connection: DuckDBConnection): Promise<GroupedTotals> {
  const comparisons = new Map<string, GroupTotals & { grouping: Grouping }>();
  const comparisonOf = (row: Row) => {
    const grouping = String(row['grouping']) as Grouping;
    const key = String(row['key']);
    const id = `${grouping}\u0000${key}`;
    let found = comparisons.get(id);
    if (!found) {
      found = { grouping, key, before: emptyTotals(), after: emptyTotals() };
      comparisons.set(id, found);
    }
    return found;
  };
  const comparison = (row: Row) => {
    const found = comparisonOf(row);
    return { found, totals: (fen(row['side']) === 0 ? found.before : found.after) as Totals };
  };
  for (const row of await rows(connection, SETTLEMENT_TOTALS_SQL)) {
    const found = comparisonOf(row);
    for (const side of ['before', 'after'] as const) {
      const totals = found[side];
      totals.encounters = fen(row['encounters']);
      totals.costFen = fen(row[`${side}_cost`]);
      totals.fundFen = fen(row[`${side}_fund`]);
      totals.outOfPocketFen = fen(row[`${side}_oop`]);
    }
  }
  const effects = new Map<string, HospitalPriceEffects>();
  for (const row of await rows(connection, REVENUE_SQL)) {
    const { found, totals } = comparison(row);
    for (const c of CHARGE_CATEGORIES)
      totals.revenueByCategoryFen[c] = fen(row[`rev_${categoryColumn(c)}`]);
    if (found.grouping === 'hospital' && fen(row['side']) === 0) {
      effects.set(found.key, {
        lostMarkupFen: fen(row['lost_markup']),
        abolishedFeeFen: fen(row['abolished_fee']),
        priceGainFen: fen(row['price_gain']),
      });
    }
  }
  const all = [...comparisons.values()];
  const pick = (grouping: Grouping) =>
    all
      .filter((c) => c.grouping === grouping)
      .map(({ key, before, after }) => ({ key, before, after }))
      .sort(byKey);
  const total = all.find((c) => c.grouping === 'total');
  return {
    total: total
      ? { before: total.before, after: total.after }
      : { before: emptyTotals(), after: emptyTotals() },
    groups: {
      hospital: pick('hospital'),
      level: pick('level'),
      scheme: pick('scheme'),
      disease: pick('disease'),
    },
    effects,
  };
}

/**
 * count, min, max, nearest-rank percentiles (DuckDB's quantile_disc is exactly the ⌈p·n⌉-th smallest), and
 * the histogram: its bins laid out by core's histogramBins from P1 and P99, counted here per bin index.
 */
export async function distribution(
  connection: DuckDBConnection,
  relation: string,
): Promise<ChangeDistribution> {
  const fractions = [1, ...PERCENTILES, 99].map((p) => (p / 100).toString()).join(', ');
  const [row = {}] = await rows(
    connection,
    `SELECT count(*) AS n, min(change) AS min, max(change) AS max,
      quantile_disc(change, [${fractions}]) AS q, count_if(change > 0) AS more, count_if(change < 0) AS less
    FROM ${relation}`,
  );
  const n = fen(row['n']);
  const quantiles = (row['q'] as unknown[] | null) ?? [];
  const percentilesFen = {} as ChangeDistribution['percentilesFen'];
  PERCENTILES.forEach((p, i) => (percentilesFen[p] = n === 0 ? 0 : fen(quantiles[i + 1])));
  const payingMore = fen(row['more']);
  const payingLess = fen(row['less']);
  return {
    count: n,
    minFen: n === 0 ? 0 : fen(row['min']),
    maxFen: n === 0 ? 0 : fen(row['max']),
    percentilesFen,
    payingMore,
    payingLess,
    unchanged: n - payingMore - payingLess,
    shareAffectedWorse: n > 0 ? { numerator: payingMore, denominator: n } : null,
    histogram:
      n === 0
        ? []
        : await histogram(
            connection,
            relation,
            histogramBins(fen(quantiles[0]), fen(quantiles[PERCENTILES.length + 1])),
          ),
  };
}

/** Counts per bin index as histogram.ts binIndex: the offset from the first edge is never negative there,
 * so integer division is a floor. Layout values are our own integers. */
async function histogram(
  connection: DuckDBConnection,
  relation: string,
  layout: BinLayout,
): Promise<HistogramBin[]> {
  const { lowFen, widthFen, bins } = layout;
  const found = await rows(
    connection,
    `SELECT CASE WHEN change < ${lowFen} THEN -1
        ELSE least(${bins}, ${intDiv(`change - (${lowFen})`, String(widthFen))}) END AS bin, count(*) AS n
    FROM ${relation} GROUP BY bin`,
  );
  const counts = new Map(found.map((row) => [fen(row['bin']), fen(row['n'])]));
  return binsWithCounts(layout, (index) => counts.get(index) ?? 0);
}

export const PATIENT_CHANGES = `(SELECT person_id, ${sumFen('change')} AS change FROM changes GROUP BY person_id)`;

/** Per disease: encounters, total change, encounters paying more — only diseases whose total rose. */
export async function diseaseChanges(connection: DuckDBConnection): Promise<DiseaseTotal[]> {
  const found = await rows(
    connection,
    `SELECT disease, count(*) AS n, ${sumFen('change')} AS total, count_if(change > 0) AS more
    FROM changes GROUP BY disease HAVING sum(change) > 0`,
  );
  return found.map((row) => ({
    disease: String(row['disease']),
    encounters: fen(row['n']),
    totalChangeFen: fen(row['total']),
    payingMore: fen(row['more']),
  }));
}
