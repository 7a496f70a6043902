// DRG grouping throughput: 100,000 generated cases per shipped scheme, on one core and on all cores
// (worker threads, results in input order), and `yigai drg group FILE --csv` on 200,000 cases as a whole
// process, start-up included. Goals: 150,000 cases/second on one core; 100,000/s whole process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
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

const WHOLE_CASES = 200_000;
const CLI = new URL('../bin/yigai.mjs', import.meta.url).pathname;

/** One CSV line per case, in the columns `yigai drg group` reads. */
function caseFileText(cases: readonly DrgCase[]): string {
  let text =
    'Index,gender,age,ageDay,weight,dept,inHospitalTime,leavingType,ICD10_DRGS,ICD9_DRGS\n';
  const value = (n: number | null) => (n === null ? '' : String(n));
  for (const c of cases) {
    text += `${c.id},${value(c.gender)},${value(c.age)},${value(c.ageDay)},${value(c.weight)},`;
    text += `${c.dept},${value(c.inHospitalTime)},${value(c.leavingType)},`;
    text += `${c.diagnoses.join('|')},${c.procedures.join('|')}\n`;
  }
  return text;
}

/** Wall time of the command as a child process, output to a file (as a user redirects it), in ms. */
function timeCli(args: string[], out: string): number {
  const fd = openSync(out, 'w');
  try {
    const started = performance.now();
    const child = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', fd, 'pipe'] });
    const ms = performance.now() - started;
    if (child.status !== 0) throw new Error(`yigai ${args.join(' ')}: ${String(child.stderr)}`);
    return ms;
  } finally {
    closeSync(fd);
  }
}

/** `yigai drg group FILE --csv` on 200,000 generated cases: whole process, and the start-up alone. */
export function measureWholeProcess(): BenchTable {
  const name: ShippedDrgScheme = 'chs-drg-1.1';
  const scheme = loadDrgScheme(name);
  const generator = caseGenerator(
    loadDrgRules(name) as DrgRules,
    scheme,
    20_240_102,
    Object.keys(loadDrgCatalogues().diagnoses),
  );
  const folder = mkdtempSync(path.join(tmpdir(), 'yigai-drg-bench-'));
  try {
    const file = path.join(folder, 'cases.csv');
    writeFileSync(file, caseFileText(Array.from({ length: WHOLE_CASES }, () => generator.next())));
    const out = path.join(folder, 'out.csv');
    const startUp = timeCli(['--help'], out);
    const rows = [
      ['yigai --help（启动）', '—', Math.round(startUp), '—', '—'],
      ...[
        ['drg group --csv', ['drg', 'group', file, '--csv']],
        ['drg group --csv --parallel', ['drg', 'group', file, '--csv', '--parallel']],
      ].map(([label, args]) => {
        const ms = timeCli(args as string[], out);
        const net = ms - startUp;
        return [
          label as string,
          format(WHOLE_CASES),
          Math.round(ms),
          format(perSecond(WHOLE_CASES, ms)),
          net > 0 ? format(perSecond(WHOLE_CASES, net)) : '—',
        ];
      }),
    ];
    return {
      title: `yigai drg group 整个进程（${format(WHOLE_CASES)} 例 CSV → CSV）`,
      columns: ['命令', '病案数', '用时 ms', '病案/秒（含启动）', '病案/秒（扣除启动）'],
      rows,
      note:
        `node bin/yigai.mjs 作为子进程运行，输出写入文件；“启动”为同一入口 --help 的用时（加载命令与运行时），` +
        `扣除启动即分组、读写 CSV 的部分。目标：含启动 ≥ 100,000 例/秒。`,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchTable[]> {
  const cores = availableParallelism();
  const rows: Array<Array<string | number>> = [];
  for (const name of Object.keys(SHIPPED_DRG_SCHEMES) as ShippedDrgScheme[])
    rows.push(await measure(name, cores));
  return [
    measureWholeProcess(),
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
        `生成的病案（种子固定，编码取自方案自身的表，约 2% 带数据错误：1% 缺性别被拒，1% 带目录外编码仍分组并给出数据质量提示）。单核：进程内 groupCase，不生成分组过程；` +
        `全部核：${cores} 个工作线程，每批 4,000 例，结果按输入顺序返回，含线程间传输。目标：单核 ≥ 150,000 例/秒。`,
    },
  ];
}
