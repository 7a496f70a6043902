// `yigai drg group FILE --scheme …`: groups the cases of a CSV file into DRGs and prints a table, CSV or JSON.
// CSV streams in and out a chunk at a time; worker threads are used when asked or when the file is big
// enough for them to pay for their start.
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { openDrgWorkerPool } from '../../analytics/drg-bulk';
import { groupCase } from '../../core/drg/group';
import { groupCaseRows } from '../../core/drg/group-case-rows';
import { CSV_HEADER } from '../../core/drg/result-csv';
import type { DrgCase, DrgResult, GroupOptions } from '../../core/drg/types';
import { badInput } from '../../core/shared/errors';
import { isShippedDrgScheme, loadDrgScheme, SHIPPED_DRG_SCHEMES } from '../../store/drg-schemes';
import { registerDrgCmi } from './drg-cmi';
import { openCasePieces, readCaseBatches, readCaseFile } from './drg-case-file';
import { summaryLine, tableRows } from './drg-output';

interface GroupCommandOptions {
  scheme: string;
  json?: boolean;
  csv?: boolean;
  trace?: boolean;
  parallel?: boolean;
  strict?: boolean;
}

/**
 * From this file size on (about 50,000 cases), `--csv` groups on worker threads without being asked:
 * below it, starting the threads and loading the scheme in each costs about what the second core gives
 * back (whole process with 12,500 and 25,000 cases; 200,000 in bench/drg.bench.ts).
 */
export const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;

/** Writes to stdout as it comes, waiting whenever stdout asks to (a million rows stream in bounded memory). */
async function writeOut(data: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(data)) await once(process.stdout, 'drain');
}

/** Buffers output into writes of at least 64 KB. */
function textWriter() {
  let buffer = '';
  return {
    async write(text: string) {
      buffer += text;
      if (buffer.length < 1 << 16) return;
      const full = buffer;
      buffer = '';
      await writeOut(full);
    },
    async flush() {
      if (buffer !== '') await writeOut(buffer);
      buffer = '';
    },
  };
}

/**
 * `--csv`: the file is read in pieces of whole records and each piece grouped straight into its CSV
 * lines, in-process or on worker threads; no case or result object outlives its row.
 */
async function groupToCsv(file: string, options: GroupCommandOptions, parallel: boolean) {
  const groupOptions: GroupOptions = { trace: false, strict: options.strict === true };
  // The scheme is checked (and, on workers, loading) before the file is opened.
  const pool = parallel
    ? openDrgWorkerPool({ scheme: options.scheme, trace: false, strict: groupOptions.strict })
    : undefined;
  const scheme = pool === undefined ? loadDrgScheme(options.scheme) : undefined;
  let header: string | undefined = `${CSV_HEADER}\n`;
  // The header goes out with the first lines, so a file refused at once prints nothing.
  const write = async (lines: string | Uint8Array) => {
    if (header !== undefined) {
      const first = header;
      header = undefined;
      if (typeof lines === 'string') return writeOut(first + lines);
      await writeOut(first);
    }
    return writeOut(lines);
  };
  try {
    const casesFile = await openCasePieces(file);
    if (pool !== undefined) {
      for await (const lines of pool.groupCsvPieces(casesFile)) await write(lines);
    } else if (scheme !== undefined) {
      let linesBefore = casesFile.headerLines;
      for await (const bytes of casesFile.pieces) {
        const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString();
        const grouped = groupCaseRows(
          scheme,
          casesFile.header,
          casesFile.name,
          { text, linesBefore },
          groupOptions,
        );
        linesBefore += grouped.lines;
        await write(grouped.csv);
      }
    }
    if (header !== undefined) await write('');
  } finally {
    await pool?.close();
  }
}

async function* groupInProcess(
  cases: AsyncIterable<DrgCase[]>,
  scheme: string,
  options: GroupOptions,
): AsyncGenerator<DrgResult[]> {
  const compiled = loadDrgScheme(scheme);
  for await (const batch of cases) {
    const results = new Array<DrgResult>(batch.length);
    for (let i = 0; i < batch.length; i++)
      results[i] = groupCase(compiled, batch[i] as DrgCase, options);
    yield results;
  }
}

async function* groupOnWorkers(
  file: string,
  scheme: string,
  options: GroupOptions,
): AsyncGenerator<DrgResult[]> {
  const pool = openDrgWorkerPool({
    scheme,
    trace: options.trace ?? false,
    strict: options.strict ?? false,
  });
  try {
    yield* pool.groupBatches(readCaseFile(file));
  } finally {
    await pool.close();
  }
}

function wantsWorkers(file: string, options: GroupCommandOptions): boolean {
  if (options.parallel !== undefined) return options.parallel;
  if (options.csv !== true || availableParallelism() < 2) return false;
  return (statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= PARALLEL_FROM_BYTES;
}

async function groupFile(file: string, options: GroupCommandOptions): Promise<void> {
  if (options.json && options.csv) throw badInput('--json 与 --csv 只能选一个');
  if (options.csv) {
    await groupToCsv(file, options, wantsWorkers(file, options));
    return;
  }
  const groupOptions: GroupOptions = {
    trace: Boolean(options.json || options.trace),
    strict: options.strict === true,
  };
  const batches = wantsWorkers(file, options)
    ? groupOnWorkers(file, options.scheme, groupOptions)
    : groupInProcess(readCaseBatches(file), options.scheme, groupOptions);
  const out = textWriter();
  if (options.json) {
    let first = true;
    await out.write('[');
    for await (const results of batches) {
      for (const result of results) {
        await out.write(`${first ? '' : ','}${JSON.stringify(result)}`);
        first = false;
      }
    }
    await out.write(']\n');
  } else {
    const all: DrgResult[] = [];
    for await (const results of batches) all.push(...results);
    for (const row of tableRows(all)) await out.write(`${row}\n`);
    if (options.trace) {
      for (const result of all) {
        await out.write(`\n病案 ${result.caseId}：\n`);
        for (const step of result.trace) await out.write(`  · ${step.text}\n`);
      }
    }
    const label = isShippedDrgScheme(options.scheme)
      ? SHIPPED_DRG_SCHEMES[options.scheme].label
      : options.scheme;
    await out.write(`\n${summaryLine(all, label)}\n`);
  }
  await out.flush();
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
    .option('--csv', `输出 CSV：${CSV_HEADER}（messages：不能分组的原因或数据质量提示）`)
    .option('--trace', '表格后列出每个病案的分组过程')
    .option('--parallel', '在所有 CPU 核上并行分组（--csv 时 4 MB 以上的文件自动并行）')
    .option('--no-parallel', '只在一个核上分组（不启动工作线程）')
    .option(
      '--strict',
      '严格校验：编码不在目录中、主诊断与性别或年龄不符的病案也判为信息校验不通过，不分组',
    )
    .action(async (file: string, options: GroupCommandOptions) => {
      await groupFile(file, options);
    });
  registerDrgCmi(drg);
}
