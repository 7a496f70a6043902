// How `yigai drg group` prints results as a readable Chinese table with a summary line (CSV lines are
// core/drg/result-csv.ts).
import { messageText } from '../../core/drg/result-csv';
import type { DrgResult } from '../../core/drg/types';
import { GROUP_STATUS } from '../../core/drg/types';

/** Display width: CJK characters take two columns. */
const width = (text: string) =>
  [...text].reduce((sum, ch) => sum + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, columns: number) =>
  text + ' '.repeat(Math.max(0, columns - width(text)));

const TABLE_HEADER = ['病案号', '状态', 'MDC', 'ADRG', 'DRG', '名称 / 原因'];

export function tableRows(results: readonly DrgResult[]): string[] {
  const cells = results.map((r) => [
    r.caseId,
    r.status,
    r.mdc,
    r.adrg,
    r.drg,
    r.status === GROUP_STATUS.invalid
      ? r.messages.join('；')
      : r.warnings.length > 0
        ? `${r.drgName}（${messageText(r)}）`
        : r.drgName,
  ]);
  const widths = TABLE_HEADER.map((h, c) =>
    Math.max(width(h), ...cells.map((row) => width(row[c] ?? ''))),
  );
  const line = (row: string[]) =>
    row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c] ?? 0))).join('  ');
  return [line(TABLE_HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

export function summaryLine(results: readonly DrgResult[], schemeLabel: string): string {
  const counts = Object.values(GROUP_STATUS).map(
    (status) => `${status} ${results.filter((r) => r.status === status).length}`,
  );
  const warned = results.filter((r) => r.warnings.length > 0).length;
  const quality = warned > 0 ? `；其中 ${warned} 例有数据质量提示` : '';
  return `共 ${results.length} 例（${schemeLabel}）：${counts.join('，')}${quality}`;
}
