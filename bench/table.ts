// The comparison table every benchmark prints: a title, column names, rows.

export interface BenchTable {
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  /** A line under the table: what was measured and how to read it. */
  note?: string;
}

const width = (text: string) =>
  [...text].reduce((sum, ch) => sum + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);

export function formatTable(table: BenchTable): string {
  const cells = [table.columns, ...table.rows.map((row) => row.map(String))];
  const widths = table.columns.map((_, c) => Math.max(...cells.map((row) => width(row[c] ?? ''))));
  const line = (row: string[]) =>
    '| ' +
    row.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - width(cell))).join(' | ') +
    ' |';
  const rule = '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|';
  const out = [`## ${table.title}`, '', line(cells[0] ?? []), rule, ...cells.slice(1).map(line)];
  if (table.note) out.push('', table.note);
  return out.join('\n');
}
