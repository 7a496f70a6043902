// `npm run bench [-- NAME…]`: runs every bench/*.bench.ts (or those whose name contains NAME) and prints its tables.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatTable, type BenchTable } from './table';

const here = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

for (const file of files) {
  const module = (await import(`./${file}`)) as { run: () => Promise<BenchTable[]> };
  for (const table of await module.run()) console.log(`${formatTable(table)}\n`);
}
