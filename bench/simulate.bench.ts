// Reform simulation over N-line Parquet bill files (demo generator, src/demo/bills): the whole Banan
// scenario (old and new policy, all aggregates) against the least work any simulation must do — a bare
// DuckDB query summing each encounter's lines by charge category. Goal: within 3× of it, linear in N,
// memory flat. N = 1M and 10M; YIGAI_BENCH_FULL=1 adds 50M (needs ~2 GB of disk under the temp folder).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { closeDuckDB, sharedDuckDB, withDuckDB } from '../src/analytics/duckdb';
import { simulateBills } from '../src/analytics/simulate-bulk';
import { CHARGE_CATEGORIES } from '../src/core/simulate/categories';
import { preset } from '../src/core/simulate/presets';
import { writeDemoBills } from '../src/demo/bills/write-parquet';
import type { BenchTable } from './table';

const SIZES = process.env['YIGAI_BENCH_FULL'] === '1' ? [1e6, 1e7, 5e7] : [1e6, 1e7];
const MB = 1024 * 1024;

/** Every encounter's lines summed by charge category, kept in a temp table as the simulation keeps its own. */
const BARE_SQL = `CREATE OR REPLACE TEMP TABLE bare AS
SELECT encounter_id, ${CHARGE_CATEGORIES.map(
  (c, i) => `sum(CASE WHEN category = '${c}' THEN amount_fen ELSE 0 END) AS c${i}`,
).join(', ')}
FROM read_parquet($bills) GROUP BY encounter_id`;

/** Peak process RSS and peak DuckDB buffer memory while `work` runs, sampled every 100 ms. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ value: T; seconds: number; rss: number; duckdb: number }> {
  const sampler: DuckDBConnection = await (await sharedDuckDB()).connect();
  let rss = process.memoryUsage().rss;
  let duckdb = 0;
  let sampling = false;
  const timer = setInterval(() => {
    rss = Math.max(rss, process.memoryUsage().rss);
    if (sampling) return;
    sampling = true;
    sampler
      .runAndReadAll('SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory()')
      .then((reader) => {
        duckdb = Math.max(duckdb, Number(reader.getRowObjectsJS()[0]?.['bytes'] ?? 0));
      })
      .catch(() => undefined)
      .finally(() => (sampling = false));
  }, 100);
  const started = performance.now();
  try {
    const value = await work();
    return {
      value,
      seconds: (performance.now() - started) / 1000,
      rss: Math.max(rss, process.memoryUsage().rss),
      duckdb,
    };
  } finally {
    clearInterval(timer);
    sampler.closeSync();
  }
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');

export async function run(): Promise<BenchTable[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'yigai-bench-simulate-'));
  const rows: Array<Array<string | number>> = [];
  try {
    for (const size of SIZES) {
      const file = path.join(folder, `bills-${size}.parquet`);
      const generated = performance.now();
      const lines = await writeDemoBills(file, { seed: 20_170_901, lines: size });
      const generateSeconds = (performance.now() - generated) / 1000;
      const bare = await measured(() =>
        withDuckDB(async (connection) => {
          await connection.run(BARE_SQL, { bills: file });
          await connection.run('DROP TABLE bare');
        }),
      );
      const scenario = preset('banan-2017').scenario;
      const whole = await measured(() => simulateBills({ bills: file, scenario }));
      rows.push([
        format(lines),
        format(whole.value.encounters),
        (statSync(file).size / MB).toFixed(0),
        generateSeconds.toFixed(1),
        bare.seconds.toFixed(2),
        whole.seconds.toFixed(2),
        `${(whole.seconds / bare.seconds).toFixed(2)}×`,
        format(lines / whole.seconds),
        format(bare.rss / MB),
        format(whole.rss / MB),
        format(whole.duckdb / MB),
      ]);
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    closeDuckDB();
  }
  return [
    {
      title: 'Reform simulation (banan-2017) vs bare per-encounter aggregation, Parquet bills',
      columns: [
        'lines',
        'encounters',
        'file MB',
        'generate s',
        'bare s',
        'scenario s',
        'ratio',
        'lines/s',
        'bare peak RSS MB',
        'scenario peak RSS MB',
        'scenario peak DuckDB MB',
      ],
      rows,
      note:
        'bare = one GROUP BY encounter summing amount_fen by charge category into a temp table (reading every ' +
        'line and assigning it to its encounter); scenario = simulateBills(): re-pricing, settlement before and ' +
        'after with per-person deductibles and caps, all groupings, distributions, compensation. Peak RSS is the ' +
        'whole process (DuckDB runs in it), sampled every 100 ms; DuckDB MB from duckdb_memory(). ' +
        `DuckDB threads: ${availableParallelism()} (all cores).`,
    },
  ];
}
