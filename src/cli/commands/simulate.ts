// `yigai simulate --bills FILE --scenario FILE|PRESET [--json]`: runs a reform scenario over a bill file
// (Parquet or CSV) and prints a Chinese summary, or with --json the CLI contract (money in fen).
import { access, readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import type { BulkSimulationResult } from '../../analytics/simulate-bulk';
import { formatRejections } from '../../analytics/bills/rejections';
import { badInput } from '../../core/shared/errors';
import { formatFen, ratioToBasisPoints, formatRate, type Ratio } from '../../core/shared/money';
import { preset, PRESET_IDS, type PresetId } from '../../core/simulate/presets';
import type { Scenario } from '../../core/simulate/scenario';
import { withPreparedBills } from '../prepared-bills';

interface SimulateOptions {
  bills: string;
  scenario: string;
  json?: boolean;
}

const BIG_FILE_BYTES = 64 * 1024 * 1024;
const STAGES: Record<string, string> = {
  scan: '读取并重新定价账单',
  settle: '按人按年结算',
  aggregate: '汇总与补偿测算',
  rejected: '整理被拒明细',
};

async function loadScenario(name: string): Promise<Scenario> {
  if ((PRESET_IDS as readonly string[]).includes(name)) return preset(name as PresetId).scenario;
  let text: string;
  try {
    text = await readFile(name, 'utf8');
  } catch {
    throw badInput(
      `既不是预置测算方案，也无法读取该测算方案文件。可用的预置测算方案：${PRESET_IDS.join('、')}`,
      { where: name },
    );
  }
  const { parseScenarioJson } = await import('../../core/simulate/scenario-schema');
  return parseScenarioJson(text, name);
}

/** A ratio as a decimal fraction with four places (display only). */
const fraction = (ratio: Ratio | null) => (ratio ? ratioToBasisPoints(ratio) / 10_000 : null);

export function simulationJson(result: BulkSimulationResult) {
  const side = (t: BulkSimulationResult['total']['before']) => ({
    cost: t.costFen,
    fund: t.fundFen,
    oop: t.outOfPocketFen,
    revenueByCategory: t.revenueByCategoryFen,
  });
  return {
    scenario: result.scenario,
    lines: result.lines,
    encounters: result.encounters,
    before: side(result.total.before),
    after: side(result.total.after),
    hospitals: result.hospitals.map((h) => ({
      code: h.hospitalId,
      lostMarkup: h.lostMarkupFen,
      abolishedFee: h.abolishedFeeFen,
      priceGain: h.priceGainFen,
      base: h.baseFen,
      subsidy: h.requiredSubsidyFen,
      subsidyPayers: h.subsidyPayers,
      compensationRate: fraction(h.compensationRate),
      compensationRatio: h.compensationRate,
      totalCompensationRate: fraction(h.totalCompensationRate),
      reachesTarget: h.reachesTarget,
    })),
    subsidy: result.subsidy,
    fundChange: result.fundChangeFen,
    byLevel: result.byLevel,
    byScheme: result.byScheme,
    byDisease: result.byDisease,
    outOfPocketChange: result.outOfPocketChange,
    conditions: result.conditions,
    warnings: result.warnings,
    rejected: result.rejected,
  };
}

function summary(result: BulkSimulationResult, bills: string, scenario: Scenario): string {
  const { before, after } = result.total;
  const change = (a: number, b: number) => `${b - a >= 0 ? '+' : ''}${formatFen(b - a)}`;
  const out = [
    `测算方案：${scenario.name}（${scenario.id} 第 ${scenario.version} 版）`,
    `账单：${bills}，明细 ${result.lines} 行，测算就诊 ${result.encounters} 次`,
    '',
    '项目          改革前            改革后            变化',
    ...(
      [
        ['医疗总费用', before.costFen, after.costFen],
        ['医保基金支付', before.fundFen, after.fundFen],
        ['个人负担', before.outOfPocketFen, after.outOfPocketFen],
      ] as const
    ).map(
      ([label, b, a]) =>
        `${label.padEnd(8, '　')}  ${formatFen(b).padStart(16)}  ${formatFen(a).padStart(16)}  ${change(b, a)}`,
    ),
    '',
    '医院      减少的加成收入    调价增加收入    补偿率    财政补助',
    ...result.hospitals.map(
      (h) =>
        `${h.hospitalId.padEnd(8)}  ${formatFen(h.lostMarkupFen + h.abolishedFeeFen).padStart(14)}  ${formatFen(h.priceGainFen).padStart(14)}  ${(h.compensationRate ? formatRate(ratioToBasisPoints(h.compensationRate)) : '—').padStart(8)}  ${formatFen(h.requiredSubsidyFen).padStart(12)}`,
    ),
    '',
    `财政补助合计 ${formatFen(result.subsidy.totalFen)}（市级 ${formatFen(result.subsidy.payers.city)}，区级 ${formatFen(result.subsidy.payers.district)}，原渠道 ${formatFen(result.subsidy.payers.originalChannel)}）`,
  ];
  const { byPatient } = result.outOfPocketChange;
  out.push(
    `患者 ${byPatient.count} 人：负担增加 ${byPatient.payingMore} 人，减少 ${byPatient.payingLess} 人；变化中位数 ${formatFen(byPatient.percentilesFen[50])}，90% 分位 ${formatFen(byPatient.percentilesFen[90])}`,
  );
  const c = result.conditions;
  const holds = (ok: boolean) => (ok ? '满足' : '不满足');
  out.push(
    `公立医院良性运行：${holds(c.hospitalsRunSoundly.holds)}；医保基金可承受：${holds(c.fundCanBear.holds)}；群众整体负担不增加：${holds(c.burdenDoesNotRise.holds)}`,
  );
  for (const warning of result.warnings) out.push(`提示：${warning}`);
  if (result.rejected.lines > 0) {
    out.push('', `未测算：${result.rejected.lines} 行明细（${result.rejected.encounters} 次就诊）`);
    out.push(...formatRejections(bills, result.rejected.reasons).map((line) => `  ${line}`));
  }
  return out.join('\n');
}

async function runSimulate(options: SimulateOptions): Promise<void> {
  try {
    await access(options.bills);
  } catch {
    throw badInput('账单文件不存在或无法读取', { where: options.bills });
  }
  const scenario = await loadScenario(options.scenario);
  const big = (await stat(options.bills)).size >= BIG_FILE_BYTES || process.stderr.isTTY;
  let last = '';
  const onProgress = big
    ? (stage: string, done?: number) => {
        const text = `${STAGES[stage] ?? stage}${done === undefined ? '' : ` ${Math.round(done * 100)}%`}`;
        if (text === last) return;
        last = text;
        process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${text}` : `${text}\n`);
      }
    : undefined;
  // DuckDB loads only when the command runs, so `yigai --help` stays fast.
  const { simulateBills } = await import('../../analytics/simulate-bulk');
  const result = await withPreparedBills(options.bills, (prepared) =>
    simulateBills({
      bills: prepared.file,
      scenario,
      ...(onProgress ? { onProgress } : {}),
    }),
  );
  if (big && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  process.stdout.write(
    options.json
      ? `${JSON.stringify(simulationJson(result), null, 2)}\n`
      : `${summary(result, options.bills, scenario)}\n`,
  );
}

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('改革测算：在明细账单上按测算方案运行，看患者、医保基金和医院的变化')
    .requiredOption(
      '--bills <file>',
      '账单文件（CSV（UTF-8 或 GBK）、.xlsx、Parquet 或 .csv.gz，每行一条收费明细）',
    )
    .requiredOption(
      '--scenario <file|preset>',
      `测算方案 JSON 文件，或预置测算方案：${PRESET_IDS.join('|')}`,
    )
    .option('--json', '输出 JSON（金额单位：分）')
    .action(async (options: SimulateOptions) => {
      await runSimulate(options);
    });
}
