// The dated schedule of a plan (时序安排表 / 进度安排): a table with 序号 | 完成时限 | 主要任务 |
// 责任组 columns, read from its flattened cells whatever the order of the columns.
import type { PlanWarning, ScheduleItem } from './types';
import { parseDeadlineText, type DateContext } from './deadlines';
import { cellText, findTables, type FlatTable, type TableCell } from './tables';

const SEQ = /^序号$/;
const DUE = /时限|时间|日期|节点/;
const OWNER = /责任|牵头|负责/;
const TASK = /任务|内容|事项/;

interface Columns {
  count: number;
  seq: number;
  due: number;
  task: number;
  owner: number;
}

function columnsOf(table: FlatTable): Columns | null {
  const find = (re: RegExp) => table.headers.findIndex((h) => re.test(h));
  const seq = find(SEQ);
  const due = find(DUE);
  if (seq < 0 || due < 0) return null;
  const owner = find(OWNER);
  const task = find(TASK);
  const count = table.headers.length;
  return {
    count,
    seq,
    due,
    owner: owner >= 0 ? owner : count - 1,
    task:
      task >= 0
        ? task
        : ([...Array(count).keys()].find((k) => k !== seq && k !== due && k !== owner) ?? -1),
  };
}

/** Remove what a word processor left inside cells: "[bookmark: _GoBack]", "[image: …]". */
function cleanCell(text: string): string {
  return text.replace(/\[(?:bookmark|image):[^\]]*\]/g, '').trim();
}

function splitOwners(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/)
    .map((s) => s.replace(/[。.]$/, '').trim())
    .filter((s) => s !== '');
}

/** Cells grouped into rows: a row opens with a cell holding the next sequence number. */
function rowsOf(cells: TableCell[]): TableCell[][] {
  const rows: TableCell[][] = [];
  let expected: number | null = null;
  for (const cell of cells) {
    const text = cellText(cell);
    const seq = /^\d{1,3}$/.test(text) ? Number(text) : null;
    if (seq !== null && (expected === null || seq === expected)) {
      rows.push([cell]);
      expected = seq + 1;
    } else if (rows.length > 0) {
      (rows[rows.length - 1] as TableCell[]).push(cell);
    }
  }
  return rows;
}

function readRow(
  row: TableCell[],
  cols: Columns,
  ctx: DateContext,
  warnings: PlanWarning[],
): ScheduleItem {
  const first = row[0] as TableCell;
  const seq = Number(cellText(first));
  const texts = row.map((c) => cleanCell(cellText(c)));
  if (texts.length !== cols.count) {
    warnings.push({
      line: first.line,
      message: `时序安排表第${seq}行有${texts.length}个单元格，表头有${cols.count}列，请核对`,
    });
  }
  // Cells go to the columns in header order; surplus cells belong to the task (a cell split in two).
  const surplus = Math.max(0, texts.length - cols.count);
  const byColumn: string[] = [];
  let k = 0;
  for (let column = 0; column < cols.count; column++) {
    const take = column === cols.task ? 1 + surplus : 1;
    byColumn.push(texts.slice(k, k + take).join(''));
    k += take;
  }
  const dueText = byColumn[cols.due] ?? '';
  const deadline = parseDeadlineText(dueText, ctx);
  if (deadline.due === null && deadline.ongoing !== true && dueText !== '') {
    warnings.push({
      line: first.line,
      message: `时序安排表第${seq}行的完成时限“${dueText}”无法识别为日期`,
    });
  }
  const last = row[row.length - 1] as TableCell;
  return {
    seq,
    dueText,
    due: deadline.due,
    ongoing: deadline.ongoing === true,
    task: byColumn[cols.task] ?? '',
    owners: splitOwners(byColumn[cols.owner] ?? ''),
    source: { line: first.line, endLine: last.endLine },
  };
}

/** Every row of every schedule table in the document, in order. */
export function extractSchedule(
  lines: string[],
  ctx: DateContext,
  warnings: PlanWarning[],
): ScheduleItem[] {
  const items: ScheduleItem[] = [];
  for (const table of findTables(lines)) {
    const cols = columnsOf(table);
    if (cols === null || cols.task < 0) continue;
    for (const row of rowsOf(table.cells)) items.push(readRow(row, cols, ctx, warnings));
  }
  return items;
}
