// Preparing a bill file for the reader (src/analytics/bills/intake.ts): a GBK CSV with Chinese headers decoded
// and written as UTF-8, and a UTF-8 CSV only checked. MB/s and peak RSS at 256 MB; YIGAI_BENCH_FULL=1 adds 1 GB.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { prepareBillFile } from '../src/analytics/bills/intake';
import { billTemplateTable } from '../src/core/simulate/bill-template';
import { csvLine } from '../src/documents/csv-field';
import type { BenchTable } from './table';

const MB = 1024 * 1024;
const SIZES = process.env['YIGAI_BENCH_FULL'] === '1' ? [256 * MB, 1024 * MB] : [256 * MB];

/** Writes about `bytes` of bill lines: the template's lines repeated under distinct encounter ids. */
async function writeBills(file: string, bytes: number, form: 'chinese' | 'english', gbk: boolean) {
  const table = billTemplateTable(form);
  const encode = (text: string) => (gbk ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
  const out = createWriteStream(file);
  out.write(encode(csvLine(table.header)));
  let written = 0;
  for (let block = 0; written < bytes; block++) {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++)
      for (const row of table.rows)
        lines.push(csvLine([`E${block}-${i}-${row[0]}`, ...row.slice(1)]));
    const chunk = encode(lines.join(''));
    written += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

async function measured<T>(work: () => Promise<T>) {
  let rss = process.memoryUsage().rss;
  const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const value = await work();
    return { value, seconds: (performance.now() - started) / 1000, rss };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<BenchTable[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'yigai-bench-intake-'));
  const rows: Array<Array<string | number>> = [];
  try {
    for (const size of SIZES) {
      for (const [name, form, gbk] of [
        ['GBK, Chinese headers', 'chinese', true],
        ['UTF-8, English names', 'english', false],
      ] as const) {
        const input = path.join(folder, `bills-${size}-${form}.csv`);
        await writeBills(input, size, form, gbk);
        const mb = statSync(input).size / MB;
        const before = process.memoryUsage().rss;
        const prepared = await measured(() => prepareBillFile(input, { workDir: folder }));
        rows.push([
          name,
          mb.toFixed(0),
          prepared.value.converted ? 'decoded, written as UTF-8' : 'checked only',
          prepared.seconds.toFixed(1),
          (mb / prepared.seconds).toFixed(0),
          (before / MB).toFixed(0),
          (prepared.rss / MB).toFixed(0),
        ]);
        await prepared.value.cleanup();
        rmSync(input, { force: true });
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return [
    {
      title: 'Bill intake: a CSV prepared for the reader (prepareBillFile)',
      columns: ['file', 'MB', 'work', 's', 'MB/s', 'RSS before MB', 'peak RSS MB'],
      rows,
      note:
        'The encoding is chosen on the first 1 MB, then the whole file is decoded in 1 MB chunks (line by line ' +
        'only where a chunk fails), its quotes followed, and for GBK written as UTF-8 under the format names. ' +
        'Peak RSS is the whole process, sampled every 50 ms.',
    },
  ];
}
