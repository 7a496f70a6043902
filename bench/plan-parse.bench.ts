// Plan parsing speed per seed document (goal: under 50 ms), and the time to read each seed as .docx and as PDF.
import { parsePlan } from '../src/core/plan/parse';
import { readPlanDocument } from '../src/documents/read-document';
import { findCjkFont, readSeed, seedNames, toDocx, toPdf } from '../test/documents/make-documents';
import type { BenchTable } from './table';

const goalMs = 50;
const warmUp = 10;
const runs = 50;
const readRuns = 5;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function time(run: () => unknown | Promise<unknown>, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

export async function run(): Promise<BenchTable[]> {
  const font = findCjkFont();
  const rows: Array<Array<string | number>> = [];
  for (const name of seedNames) {
    const text = readSeed(name);
    for (let i = 0; i < warmUp; i++) parsePlan(text);
    const parse = await time(() => parsePlan(text), runs);
    const median = percentile(parse, 50);
    const p95 = percentile(parse, 95);

    const docx = await toDocx(text, { tables: true, autoNumbering: true });
    await readPlanDocument(docx, 'plan.docx');
    const readDocx = percentile(
      await time(() => readPlanDocument(docx, 'plan.docx'), readRuns),
      50,
    );
    let readPdf = '无中文字体';
    if (font) {
      const pdf = await toPdf(text, font);
      await readPlanDocument(pdf, 'plan.pdf');
      readPdf = ms(percentile(await time(() => readPlanDocument(pdf, 'plan.pdf'), readRuns), 50));
    }
    rows.push([
      name.replace(/\.txt$/, ''),
      text.split('\n').length,
      ms(median),
      ms(p95),
      p95 < goalMs ? '是' : '否',
      ms(readDocx),
      readPdf,
    ]);
  }
  return [
    {
      title: '方案解析耗时（毫秒）',
      columns: [
        '文件',
        '行数',
        '解析中位数',
        '解析 P95',
        `P95 < ${goalMs} ms`,
        '读取 .docx',
        '读取 PDF',
      ],
      rows,
      note:
        `解析：预热 ${warmUp} 次后计时 ${runs} 次；读取：各 ${readRuns} 次取中位数（.docx 含 Word 表格与自动编号，` +
        'PDF 由 pdfkit 生成、带文字层），只计读取，不含解析。',
    },
  ];
}
