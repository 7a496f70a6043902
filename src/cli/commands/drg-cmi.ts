// `yigai drg cmi --bills FILE`: CMI, cost- and time-efficiency index per hospital (and per month) from the
// inpatient encounters of a bill file, as a Chinese table or --json.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { CasemixFigures } from '../../analytics/casemix-aggregate';
import { rankHospitals, type CasemixSummary } from '../../analytics/casemix-summary';
import type { WeightSource } from '../../analytics/casemix-weights';
import { badInput } from '../../core/shared/errors';
import { SHIPPED_DRG_SCHEMES } from '../../store/drg-schemes';
import { withPreparedBills } from '../prepared-bills';

interface CmiOptions {
  bills: string;
  scheme: string;
  weights: string;
  cases?: string;
  json?: boolean;
  strict?: boolean;
}

/** The pool settings only matter for payment; a file without them still gives RW for CMI. */
const PLACEHOLDER_SETTINGS = { pool: '权重文件', year: 2000, baseRateFen: 1 };

async function weightSource(choice: string): Promise<WeightSource> {
  if (choice === 'yancheng-2023') return { kind: 'yancheng-2023' };
  if (choice === 'derived') return { kind: 'derived' };
  let content: Buffer;
  try {
    content = readFileSync(choice);
  } catch {
    throw badInput(
      '权重文件不存在或无法读取（--weights 可为 yancheng-2023、derived 或权重表文件）',
      {
        where: choice,
      },
    );
  }
  const name = path.basename(choice);
  // Loaded here, not at start-up: the Excel reader is large and only this option needs it.
  const { readWeightTableFile } = await import('../../documents/read-weight-table');
  let result = await readWeightTableFile(content, name, {});
  if (
    result.table === null &&
    result.errors.every((error) => error.line === 1 && /pool|year|baseRateFen/.test(error.column))
  ) {
    result = await readWeightTableFile(content, name, PLACEHOLDER_SETTINGS);
  }
  if (result.table === null) {
    const first = result.errors
      .slice(0, 3)
      .map((error) => `第 ${error.line} ${result.unit} ${error.column}：${error.message}`);
    throw badInput(`权重表有 ${result.errors.length} 处问题：${first.join('；')}`, {
      where: choice,
    });
  }
  return { kind: 'table', table: result.table, label: name };
}

const figures = (row: CasemixFigures) => ({
  cases: row.cases,
  cmi: row.cmi.value,
  costEfficiency: row.costEfficiency.value,
  timeEfficiency: row.timeEfficiency.value,
});

export function cmiJson(summary: CasemixSummary) {
  return {
    scheme: summary.scheme,
    weights: {
      kind: summary.weights.kind,
      label: summary.weights.label,
      ...(summary.weights.steps ? { steps: summary.weights.steps } : {}),
    },
    cases: summary.cases,
    byStatus: summary.byStatus,
    qualityWarnings: summary.qualityWarnings ?? 0,
    strict: summary.strict === true,
    total: figures(summary.total),
    hospitals: rankHospitals(summary.hospitals).map((row) => ({
      rank: row.rank,
      code: row.code,
      name: row.name,
      ...figures(row.figures),
      qualityWarnings: row.qualityWarnings ?? 0,
    })),
    months: summary.byMonth.map((row) => ({ month: row.month, ...figures(row.figures) })),
  };
}

const width = (text: string) =>
  [...text].reduce((sum, ch) => sum + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, columns: number) =>
  text + ' '.repeat(Math.max(0, columns - width(text)));

function table(summary: CasemixSummary): string[] {
  const header = [
    '名次',
    '医院编码',
    '医院',
    '病例数',
    'CMI',
    '费用消耗指数',
    '时间消耗指数',
    '数据质量提示',
  ];
  const quality = (count: number | undefined, cases: number) =>
    count === undefined
      ? '—'
      : `${count}（${cases > 0 ? ((count / cases) * 100).toFixed(1) : '0.0'}%）`;
  const cells = rankHospitals(summary.hospitals).map((row) => [
    String(row.rank),
    row.code,
    row.name,
    String(row.figures.cases),
    row.figures.cmi.value ?? '—',
    row.figures.costEfficiency.value ?? '—',
    row.figures.timeEfficiency.value ?? '—',
    quality(row.qualityWarnings, row.figures.cases),
  ]);
  cells.push([
    '',
    '',
    '全部',
    String(summary.total.cases),
    summary.total.cmi.value ?? '—',
    summary.total.costEfficiency.value ?? '—',
    summary.total.timeEfficiency.value ?? '—',
    quality(summary.qualityWarnings, summary.total.cases),
  ]);
  const widths = header.map((h, c) =>
    Math.max(width(h), ...cells.map((row) => width(row[c] ?? ''))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, c) => pad(cell, widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  const statuses = Object.entries(summary.byStatus)
    .map(([status, count]) => `${status} ${count}`)
    .join('，');
  return [
    `病例组合指数（${summary.schemeLabel}；权重：${summary.weights.label}）`,
    ...(summary.weights.note ? [`注意：${summary.weights.note}`] : []),
    `住院病例 ${summary.cases} 例：${statuses}`,
    '',
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
    '',
    'CMI = Σ 病组权重 RW ÷ 有权重的入组病例数；费用、时间消耗指数 = Σ（病例费用或住院日 ÷ 全部病例中同病组的均值）÷ 病例数',
    summary.strict
      ? '严格校验：编码不在目录中、主诊断与性别或年龄不符的病例判为信息校验不通过'
      : '数据质量提示：编码不在目录中、主诊断与性别或年龄不符的病例，仍按参考分组器分组并计入指数',
  ];
}

export function registerDrgCmi(drg: Command): void {
  drg
    .command('cmi')
    .description('由账单文件中的住院病例计算各医院的 CMI、费用消耗指数与时间消耗指数')
    .requiredOption(
      '--bills <file>',
      '账单明细文件（CSV（UTF-8 或 GBK）、.xlsx、Parquet 或 .csv.gz，列见 docs/bills.md）',
    )
    .option(
      '--scheme <scheme>',
      `分组方案：${Object.keys(SHIPPED_DRG_SCHEMES).join('|')}，或规则文件路径`,
      'chs-drg-1.1',
    )
    .option(
      '--weights <source>',
      '权重来源：yancheng-2023（盐城 2023，CHS-DRG 1.1）、derived（由本账单测算）或权重表文件（.json/.csv/.xlsx）',
      'yancheng-2023',
    )
    .option('--cases <file>', '另存每个病例的结果（Parquet）')
    .option('--json', '输出 JSON')
    .option(
      '--strict',
      '严格校验：编码不在目录中、主诊断与性别或年龄不符的病例判为信息校验不通过，不分组、不计入指数',
    )
    .action(async (options: CmiOptions) => {
      // DuckDB is loaded when a case-mix run starts, so that other drg commands start without it.
      const [{ runCasemix }, { closeDuckDB }] = await Promise.all([
        import('../../analytics/casemix-run'),
        import('../../analytics/duckdb'),
      ]);
      const weights = await weightSource(options.weights);
      const folder = options.cases ? null : mkdtempSync(path.join(tmpdir(), 'yigai-cmi-'));
      try {
        const summary = await withPreparedBills(options.bills, (prepared) =>
          runCasemix(prepared.file, {
            scheme: options.scheme,
            weights,
            casesFile: options.cases ?? path.join(folder as string, 'cases.parquet'),
            strict: options.strict === true,
          }),
        );
        const text = options.json
          ? JSON.stringify(cmiJson(summary), null, 2)
          : table(summary).join('\n');
        process.stdout.write(`${text}\n`);
      } finally {
        if (folder) rmSync(folder, { recursive: true, force: true });
        closeDuckDB();
      }
    });
}
