// `yigai drg group FILE --scheme …`: groups the cases of a CSV file into DRGs and prints a table, CSV or JSON.
import { once } from 'node:events';
import type { Command } from 'commander';
import { groupCasesInParallel } from '../../analytics/drg-bulk';
import { groupCase } from '../../core/drg/group';
import type { DrgCase, DrgResult } from '../../core/drg/types';
import { badInput } from '../../core/shared/errors';
import { isShippedDrgScheme, loadDrgScheme, SHIPPED_DRG_SCHEMES } from '../../store/drg-schemes';
import { registerDrgCmi } from './drg-cmi';
import { readCaseFile } from './drg-case-file';
import { CSV_HEADER, csvRow, summaryLine, tableRows } from './drg-output';

interface GroupCommandOptions {
  scheme: string;
  json?: boolean;
  csv?: boolean;
  trace?: boolean;
  parallel?: boolean;
}

/** Buffers output lines and respects stdout's back-pressure, so a million rows stream in bounded memory. */
function lineWriter() {
  let buffer = '';
  return {
    async write(line: string) {
      buffer += `${line}\n`;
      if (buffer.length < 65_536) return;
      const full = !process.stdout.write(buffer);
      buffer = '';
      if (full) await once(process.stdout, 'drain');
    },
    flush() {
      if (buffer !== '') process.stdout.write(buffer);
      buffer = '';
    },
  };
}

async function* groupInProcess(
  cases: AsyncIterable<DrgCase>,
  scheme: string,
  trace: boolean,
): AsyncGenerator<DrgResult> {
  const compiled = loadDrgScheme(scheme);
  for await (const drgCase of cases) yield groupCase(compiled, drgCase, { trace });
}

async function groupFile(file: string, options: GroupCommandOptions): Promise<void> {
  if (options.json && options.csv) throw badInput('--json 与 --csv 只能选一个');
  const trace = Boolean(options.json || options.trace);
  const cases = readCaseFile(file);
  const results = options.parallel
    ? groupCasesInParallel(cases, { scheme: options.scheme, trace })
    : groupInProcess(cases, options.scheme, trace);
  const out = lineWriter();
  if (options.csv) {
    await out.write(CSV_HEADER);
    for await (const result of results) await out.write(csvRow(result));
  } else if (options.json) {
    let first = true;
    await out.write('[');
    for await (const result of results) {
      await out.write(`${first ? '' : ','}${JSON.stringify(result)}`);
      first = false;
    }
    await out.write(']');
  } else {
    const all: DrgResult[] = [];
    for await (const result of results) all.push(result);
    for (const row of tableRows(all)) await out.write(row);
    if (options.trace) {
      for (const result of all) {
        await out.write(`\n病案 ${result.caseId}：`);
        for (const step of result.trace) await out.write(`  · ${step.text}`);
      }
    }
    const label = isShippedDrgScheme(options.scheme)
      ? SHIPPED_DRG_SCHEMES[options.scheme].label
      : options.scheme;
    await out.write(`\n${summaryLine(all, label)}`);
  }
  out.flush();
}

export function registerDrg(program: Command): void {
  const drg = program
    .command('drg')
    .description('DRG 分组：按数据形式的分组方案（CHS-DRG 1.1 及地方版）为病案分组');
  drg
    .command('group')
    .description(
      '为 CSV 病案文件分组（列：Index,gender,age,ageDay,weight,dept,inHospitalTime,leavingType,ICD10_DRGS,ICD9_DRGS）',
    )
    .argument('<file>', '病案 CSV 文件，诊断与手术列表用 | 分隔')
    .option(
      '--scheme <scheme>',
      `分组方案：${Object.keys(SHIPPED_DRG_SCHEMES).join('|')}，或规则文件路径`,
      'chs-drg-1.1',
    )
    .option('--json', '输出 JSON 数组（含分组过程）')
    .option('--csv', '输出 CSV：Index,status,mdc,adrg,drg')
    .option('--trace', '表格后列出每个病案的分组过程')
    .option('--parallel', '在所有 CPU 核上并行分组（大文件）')
    .action(async (file: string, options: GroupCommandOptions) => {
      await groupFile(file, options);
    });
  registerDrgCmi(drg);
}
