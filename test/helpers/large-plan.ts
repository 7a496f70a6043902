// A plan document of a given size for benchmarks and browser tests: a real plan (the Kaizhou task division) followed by
// annexes of policy prose taken from the other shipped plans, as a long plan with explanatory annexes reads.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const documents = fileURLToPath(new URL('../../src/demo/documents/', import.meta.url));
const read = (name: string) => readFileSync(`${documents}${name}`, 'utf8');

/** Prose lines of the shipped plans: long lines that do not start a numbered item or a heading. */
function proseLines(): string[] {
  const names = [
    'banan-2017-public-hospital-reform.txt',
    'harbin-2017-urban-public-hospital-reform.txt',
    'yuzhong-2022-high-quality-development.txt',
    'ziyang-2017-comprehensive-reform-pilot.txt',
  ];
  return names
    .flatMap((name) => read(name).split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 40 && !/^[（(]?[一二三四五六七八九十\d]+[、.．)）]/.test(line));
}

/** About `bytes` bytes of UTF-8 plan text. */
export function largePlanText(bytes: number): string {
  const head = read('kaizhou-2020-h2-reform-task-division.txt').trimEnd();
  const prose = proseLines();
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let annex = 1; size < bytes; annex++) {
    const title = `附件${annex}：有关政策说明（${annex}）`;
    parts.push('', title);
    size += Buffer.byteLength(title) + 2;
    for (let i = 0; i < 400 && size < bytes; i++) {
      const line = prose[(annex * 37 + i) % prose.length] ?? '';
      parts.push(line);
      size += Buffer.byteLength(line) + 1;
    }
  }
  return `${parts.join('\n')}\n`;
}
