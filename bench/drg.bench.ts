// DRG grouping throughput: 100,000 generated cases per shipped scheme, on one core and on all cores
// (worker threads, results in input order). Goal: at least 150,000 cases/second on one core.
import { availableParallelism } from 'node:os';
import { openDrgWorkerPool } from '../src/analytics/drg-bulk';
import { groupCase } from '../src/core/drg/group';
import { caseGenerator } from '../src/core/drg/random-cases';
import { GROUP_STATUS, type DrgCase, type DrgRules } from '../src/core/drg/types';
import {
  loadDrgCatalogues,
  loadDrgRules,
  loadDrgScheme,
  SHIPPED_DRG_SCHEMES,
  type ShippedDrgScheme,
} from '../src/store/drg-schemes';
import type { BenchTable } from './table';

const CASES = 100_000;
const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
const format = (n: number) => n.toLocaleString('en-US');

async function measure(name: ShippedDrgScheme, cores: number): Promise<Array<string | number>> {
  let started = performance.now();
  const scheme = loadDrgScheme(name);
  const compileMs = Math.round(performance.now() - started);
  const generator = caseGenerator(
    loadDrgRules(name) as DrgRules,
    scheme,
    20_240_101,
    Object.keys(loadDrgCatalogues().diagnoses),
  );
  const cases: DrgCase[] = Array.from({ length: CASES }, () => generator.next());

  for (const drgCase of cases.slice(0, 10_000)) groupCase(scheme, drgCase, { trace: false }); // warm-up
  let grouped = 0;
  started = performance.now();
  for (const drgCase of cases)
    if (groupCase(scheme, drgCase, { trace: false }).status === GROUP_STATUS.success) grouped++;
  const oneCore = perSecond(CASES, performance.now() - started);

  started = performance.now();
  for (const drgCase of cases.slice(0, 20_000)) groupCase(scheme, drgCase);
  const traced = perSecond(20_000, performance.now() - started);

  const pool = openDrgWorkerPool({ scheme: name, workers: cores });
  try {
    await pool.ready();
    for await (const _ of pool.groupBatches(cases.slice(0, 20_000))) void _; // warm-up
    started = performance.now();
    let count = 0;
    for await (const results of pool.groupBatches(cases)) count += results.length;
    const allCores = perSecond(count, performance.now() - started);
    return [
      SHIPPED_DRG_SCHEMES[name].label,
      format(CASES),
      `${((grouped / CASES) * 100).toFixed(1)}%`,
      compileMs,
      format(oneCore),
      format(traced),
      format(allCores),
    ];
  } finally {
    await pool.close();
  }
}

export async function run(): Promise<BenchTable[]> {
  const cores = availableParallelism();
  const rows: Array<Array<string | number>> = [];
  for (const name of Object.keys(SHIPPED_DRG_SCHEMES) as ShippedDrgScheme[])
    rows.push(await measure(name, cores));
  return [
    {
      title: 'DRG 分组吞吐量（病案/秒）',
      columns: [
        '方案',
        '病案数',
        '分组成功',
        '加载编译 ms',
        '单核',
        '单核含分组过程',
        `全部 ${cores} 核（工作线程）`,
      ],
      rows,
      note:
        `生成的病案（种子固定，编码取自方案自身的表，约 2% 带数据错误）。单核：进程内 groupCase，不生成分组过程；` +
        `全部核：${cores} 个工作线程，每批 4,000 例，结果按输入顺序返回，含线程间传输。目标：单核 ≥ 150,000 例/秒。`,
    },
  ];
}
