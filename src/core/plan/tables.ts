// Tables flattened to tab-separated lines (annex tables copied out of Word or PDF): find them by
// their header cells and read their body as a stream of cells, each with the lines it came from.

export interface TableCell {
  /** The cell's lines, trimmed, in order (a cell split over lines keeps each piece). */
  lines: string[];
  /** 1-based line numbers of the first and last piece. */
  line: number;
  endLine: number;
}

export interface FlatTable {
  headers: string[];
  headerLine: number;
  cells: TableCell[];
}

const HEADER_WORDS = new Set([
  '序号',
  '完成时限',
  '时限',
  '完成时间',
  '时间',
  '时间节点',
  '时间安排',
  '主要任务',
  '工作任务',
  '重点任务',
  '任务',
  '工作内容',
  '具体任务',
  '责任组',
  '责任单位',
  '牵头单位',
  '责任部门',
  '配合单位',
  '工作组',
  '组别',
  '主要责任',
  '工作职责',
  '主要职责',
  '职责',
  '责任人',
  '组成人员',
  '成员',
  '备注',
]);

/** Spaces of every width, including the no-break space Word leaves in cells. */
export function trimCell(s: string): string {
  return s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

/** Text of a cell: its pieces joined; spaces a page layout put between two Chinese characters removed. */
export function cellText(cell: TableCell, joiner = ''): string {
  return joinCjk(cell.lines.join(joiner));
}

export function joinCjk(s: string): string {
  const cjk = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
  return s.replace(new RegExp(`([${cjk}])[ \\u00a0]+(?=[${cjk}])`, 'g'), '$1').trim();
}

function headerCells(line: string): string[] | null {
  if (!line.includes('\t')) return null;
  const cells = line
    .split('\t')
    .map(trimCell)
    .filter((c) => c !== '');
  if (cells.length === 0 || !cells.every((c) => HEADER_WORDS.has(c.replace(/\s/g, ''))))
    return null;
  return cells.map((c) => c.replace(/\s/g, ''));
}

/** Header rows: consecutive tab lines whose every cell is a header word, at least two cells in all. */
function headerAt(lines: string[], i: number): { headers: string[]; next: number } | null {
  const headers: string[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const cells = headerCells(lines[j] as string);
    if (cells === null) break;
    headers.push(...cells);
  }
  return headers.length >= 2 ? { headers, next: j } : null;
}

function endsTable(lines: string[], i: number, blankRun: number): boolean {
  const line = lines[i] as string;
  if (line.includes('\t')) return false;
  const text = trimCell(line);
  return /^附\s*件/.test(text) || (blankRun >= 3 && text !== '');
}

/** Every flattened table of the document, with its header cells and the cells of its body. */
export function findTables(lines: string[]): FlatTable[] {
  const tables: FlatTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = headerAt(lines, i);
    if (header === null) {
      i++;
      continue;
    }
    const table: FlatTable = { headers: header.headers, headerLine: i + 1, cells: [] };
    let current: TableCell | null = null;
    let blankRun = 0;
    let j = header.next;
    for (; j < lines.length; j++) {
      if (headerAt(lines, j) !== null || endsTable(lines, j, blankRun)) break;
      const line = lines[j] as string;
      if (trimCell(line) === '' && !line.includes('\t')) {
        blankRun++;
        current = null;
        continue;
      }
      blankRun = 0;
      const parts = line.split('\t');
      parts.forEach((part, k) => {
        const text = trimCell(part);
        // Text before the first tab of a tab line opens a row written on one line; a line without
        // tabs continues the cell above (a cell broken over lines).
        if (k === 0 && parts.length > 1 && text === '') return;
        if (parts.length > 1 || current === null) {
          current = { lines: [], line: j + 1, endLine: j + 1 };
          table.cells.push(current);
        }
        if (text !== '') {
          if (current.lines.length === 0) current.line = j + 1;
          current.lines.push(text);
          current.endLine = j + 1;
        }
      });
    }
    table.cells = table.cells.filter((c) => c.lines.length > 0);
    tables.push(table);
    i = j;
  }
  return tables;
}
