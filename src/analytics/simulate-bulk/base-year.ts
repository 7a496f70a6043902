// Base-year figures and base-year price effects from the bill file itself (core/simulate/base-year.ts), read
// from the revenue table's base-year rows (revenue-sql.ts), for hospitals whose accepted bills cover that year.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { HospitalPriceEffects } from '../../core/simulate/compensation';
import type { BaseYearFigures, Scenario } from '../../core/simulate/scenario';
import { fen, rows } from './aggregates';
import { DRUG_LIST } from './line-problems';
import { sumFen } from './sql-money';

/** Base-year figures per hospital whose accepted bills cover the base year (none for a 'simulated' base). */
export async function baseYearFigures(
  connection: DuckDBConnection,
  scenario: Scenario,
): Promise<Record<string, BaseYearFigures>> {
  if (scenario.compensationBase.kind === 'simulated') return {};
  const found = await rows(
    connection,
    `SELECT hospital_code,
      ${sumFen(`CASE WHEN category IN ${DRUG_LIST} THEN before_amount ELSE 0 END`)} AS drug,
      ${sumFen('markup')} AS markup
    FROM revenue WHERE in_base_year GROUP BY hospital_code`,
  );
  const figures: Record<string, BaseYearFigures> = {};
  for (const row of found) {
    figures[String(row['hospital_code'])] = {
      markupRevenueFen: fen(row['markup']),
      drugSpendingFen: fen(row['drug']),
    };
  }
  return figures;
}

/** Per hospital whose accepted bills cover the base year: the price effects of that year's bills. */
export async function baseYearEffects(
  connection: DuckDBConnection,
  scenario: Scenario,
): Promise<Map<string, HospitalPriceEffects>> {
  const effects = new Map<string, HospitalPriceEffects>();
  if (scenario.compensationBase.kind === 'simulated') return effects;
  const found = await rows(
    connection,
    `SELECT hospital_code, ${sumFen('lost_markup')} AS lost, ${sumFen('abolished_fee')} AS abolished,
      ${sumFen('price_gain')} AS gain
    FROM revenue WHERE in_base_year GROUP BY hospital_code`,
  );
  for (const row of found) {
    effects.set(String(row['hospital_code']), {
      lostMarkupFen: fen(row['lost']),
      abolishedFeeFen: fen(row['abolished']),
      priceGainFen: fen(row['gain']),
    });
  }
  return effects;
}
