// Grouping every inpatient stay of a demo bill file (Parquet, src/demo/bills) into DRGs: checks, one row per
// stay, grouping on all cores. Lines/s, stays/s and peak RSS at 1M lines; YIGAI_BENCH_FULL=1 adds 10M.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupBillInpatients, type BillInpatientSummary } from '../src/analytics/drg-bills';
import { closeDuckDB, DUCKDB_MEMORY_LIMIT } from '../src/analytics/duckdb';
import type { BenchTable } from './table';

const SIZES = process.env['YIGAI_BENCH_FULL'] === '1' ? [1e6, 1e7] : [1e6];
const MB = 1024 * 1024;
const yigai = fileURLToPath(new URL('../bin/yigai.mjs', import.meta.url));
const format = (n: number) => Math.round(n).toLocaleString('en-US');

/** The demo file is written by a separate process, so its memory does not count here. */
function writeDemoFile(file: string, lines: number): number {
  const started = performance.now();
  execFileSync(
    process.execPath,
    [yigai, 'demo', 'bills', '--lines', String(lines), '--out', file],
    {
      stdio: 'ignore',
    },
  );
  return (performance.now() - started) / 1000;
}

/** Peak process RSS (worker threads included) while `work` runs, sampled every 50 ms. */
async function measured<T>(work: () => Promise<T>) {
  let rss = process.memoryUsage().rss;
  const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const value = await work();
    return {
      value,
      seconds: (performance.now() - started) / 1000,
      rss: Math.max(rss, process.memoryUsage().rss),
    };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<BenchTable[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'yigai-bench-drg-bills-'));
  const rows: Array<Array<string | number>> = [];
  try {
    for (const size of SIZES) {
      const file = path.join(folder, `bills-${size}.parquet`);
      const generateSeconds = writeDemoFile(file, size);
      const before = process.memoryUsage().rss;
      let handed = 0;
      const grouped = await measured<BillInpatientSummary>(() =>
        groupBillInpatients(file, {
          scheme: 'chs-drg-1.1',
          onCases: (cases) => {
            handed += cases.length;
          },
        }),
      );
      const summary = grouped.value;
      if (handed !== summary.inpatientEncounters) throw new Error('cases handed over ≠ stays');
      rows.push([
        format(size),
        format(summary.inpatientEncounters),
        (statSync(file).size / MB).toFixed(0),
        generateSeconds.toFixed(1),
        summary.path,
        grouped.seconds.toFixed(2),
        format(size / grouped.seconds),
        format(summary.inpatientEncounters / grouped.seconds),
        format(before / MB),
        format(grouped.rss / MB),
      ]);
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    closeDuckDB();
  }
  return [
    {
      title:
        'DRG grouping of a bill file’s inpatient stays (groupBillInpatients, chs-drg-1.1), Parquet bills',
      columns: [
        'lines',
        'stays',
        'file MB',
        'generate s',
        'path',
        'group s',
        'lines/s',
        'stays/s',
        'RSS before MB',
        'peak RSS MB',
      ],
      rows,
      note:
        'group s = checks (one scan for hospital and coded values, one for the stays table with every line check), ' +
        `then the stays streamed in batches to ${availableParallelism()} worker threads (each compiles the scheme: ` +
        'included). Peak RSS is the whole process (DuckDB and the worker threads run in it), sampled every 50 ms; ' +
        `DuckDB memory_limit ${DUCKDB_MEMORY_LIMIT}. The demo file is written by a separate process.`,
    },
  ];
}
