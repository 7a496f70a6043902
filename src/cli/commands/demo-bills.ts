// `yigai demo bills`: generate seeded, calibrated demo bills into a Parquet file (progress on stderr), or
// with --check print the generated figures next to the calibration targets.
import type { Command } from 'commander';
import { badInput } from '../../core/shared/errors';

interface DemoBillsOptions {
  lines: string;
  out?: string;
  seed: string;
  check?: boolean;
}

function wholeNumber(text: string, option: string): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value <= 0)
    throw badInput(`${option} 应为正整数，收到“${text}”`);
  return value;
}

/** A progress line on stderr: redrawn twice a second on a terminal, one line every 10 s into a log. */
function progressBar(target: number): (lines: number) => void {
  const started = Date.now();
  const interactive = process.stderr.isTTY;
  const interval = interactive ? 500 : 10_000;
  let lastPrinted = 0;
  return (lines) => {
    const now = Date.now();
    if (now - lastPrinted < interval && lines < target) return;
    lastPrinted = now;
    const share = Math.min(1, lines / target);
    const filled = Math.round(share * 30);
    const rate = Math.round(lines / Math.max(0.001, (now - started) / 1000));
    const text = `[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${(share * 100).toFixed(1)}%  ${lines.toLocaleString('en-US')} 行  ${rate.toLocaleString('en-US')} 行/秒`;
    process.stderr.write(interactive ? `\r${text}` : `${text}\n`);
  };
}

async function run(options: DemoBillsOptions): Promise<void> {
  const seed = wholeNumber(options.seed, '--seed');
  const { BillGenerator } = await import('../../demo/bills/generate');
  if (options.check) {
    const { BillFigures, checkFigures, formatCheck } = await import('../../demo/bills/calibration');
    const lines = wholeNumber(options.lines, '--lines');
    const generator = new BillGenerator({ seed, lines });
    const figures = new BillFigures();
    while (!generator.done()) figures.add(generator.next());
    const rows = checkFigures(figures);
    console.log(formatCheck(rows, figures.lines));
    if (rows.some((row) => !row.ok)) process.exitCode = 1;
    return;
  }
  if (!options.out) throw badInput('请用 --out FILE.parquet 指定输出文件，或用 --check 只看指标');
  const lines = wholeNumber(options.lines, '--lines');
  const [{ writeDemoBills }, { closeDuckDB }] = await Promise.all([
    import('../../demo/bills/write-parquet'),
    import('../../analytics/duckdb'),
  ]);
  let peakRss = 0;
  const bar = progressBar(lines);
  try {
    const written = await writeDemoBills(options.out, {
      seed,
      lines,
      onProgress: (done) => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        bar(done);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(
      `已生成 ${written.toLocaleString('en-US')} 行账单明细：${options.out}（种子 ${seed}，峰值内存 ${Math.round(peakRss / 1_048_576)} MB）`,
    );
  } finally {
    closeDuckDB();
  }
}

export function registerDemoBills(demo: Command): void {
  demo
    .command('bills')
    .description(
      '生成巴南区十家公立医院 2016–2018 年的演示账单明细（Parquet），或用 --check 核对校准指标',
    )
    .option('--lines <n>', '明细行数（按整次就诊凑足）', '1000000')
    .option('--out <file>', '输出文件 FILE.parquet')
    .option('--seed <s>', '随机种子：同一种子生成同一文件', '2017')
    .option('--check', '不写文件，打印生成指标与校准目标的对照表')
    .action((options: DemoBillsOptions) => run(options));
}
