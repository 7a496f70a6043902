// What each source says about a work group: a labelled section ("（一）综合协调组" ⏎ 牵头部门：… ⏎
// 成员部门：… ⏎ 工作职责：…), a duties table (工作组 | 主要责任) or a composition table (组长 / 副组长 / 成员).
import { cellText, findTables, joinCjk, trimCell, type FlatTable, type TableCell } from './tables';

export interface GroupPart {
  name: string;
  line: number;
  endLine: number;
  leadUnits?: string[];
  memberUnits?: string[];
  dutySummary?: string;
  duties?: string[];
  leader?: string | null;
  deputies?: string[];
  staffUnits?: string[];
}

const NUMBERING =
  '(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．])';
const GROUP_NAME = new RegExp(`^${NUMBERING}?\\s*([^\\s，。；：:、]{1,24}?(?:工作组|组|专班))$`);
const LABEL =
  /^(牵头部门|牵头单位|组长单位|成员部门|成员单位|配合部门|配合单位|工作职责|主要职责|职责)\s*[：:]\s*(.*)$/;

/** The group's name without numbering or spaces, or null when the text is not a group name. */
export function groupName(text: string): string | null {
  const m = GROUP_NAME.exec(trimCell(text).replace(/\s+/g, ''));
  return m ? (m[1] as string) : null;
}

/** Units of a list cell: "区政府办、区委宣传部、、区公安分局。" → three names, as written. */
export function splitUnits(text: string): string[] {
  return text
    .split(/[、，,；;]/)
    .map((s) =>
      trimCell(s)
        .replace(/[。.]+$/, '')
        .trim(),
    )
    .filter((s) => s !== '');
}

/** Labelled sections anywhere in the text: a group heading followed by 牵头部门 / 成员部门 / 工作职责 lines. */
export function readSections(lines: string[]): GroupPart[] {
  const parts: GroupPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.includes('\t')) continue;
    const name = groupName(line);
    if (name === null) continue;
    const part: GroupPart = { name, line: i + 1, endLine: i + 1 };
    let j = i + 1;
    for (; j < lines.length; j++) {
      const m = LABEL.exec(trimCell(lines[j] as string));
      if (m === null) break;
      const [label, value] = [m[1] as string, joinCjk(m[2] as string)];
      if (/牵头|组长/.test(label)) part.leadUnits = splitUnits(value);
      else if (/成员|配合/.test(label)) part.memberUnits = splitUnits(value);
      else {
        part.dutySummary = value;
        part.duties = value
          .split(/[；;]/)
          .map((d) => d.replace(/[。]$/, '').trim())
          .filter((d) => d !== '');
      }
      part.endLine = j + 1;
    }
    if (part.endLine > part.line) parts.push(part);
  }
  return parts;
}

function hasHeader(table: FlatTable, re: RegExp): boolean {
  return table.headers.some((h) => re.test(h));
}

/** Numbered duties of a cell: "1. …" lines (a duty may run over several lines, or two share one). */
export function splitDuties(cell: TableCell[]): string[] {
  const text = cell.map((c) => c.lines.join('\n')).join('\n');
  return text
    .split(/(?:^|\n|(?<=[。；;]))\s*\d{1,2}\s*[.．、](?!\d)\s*/)
    .map((d) => joinCjk(d.replace(/\n/g, '')).replace(/\s+(?=[。；;，,])/g, ''))
    .filter((d) => d !== '');
}

/** Rows of a table that opens each row with a group-name cell. */
function groupRows(table: FlatTable): { name: string; cells: TableCell[] }[] {
  const rows: { name: string; cells: TableCell[] }[] = [];
  for (const cell of table.cells) {
    const name = cell.lines.length === 1 ? groupName(cell.lines[0] as string) : null;
    if (name !== null) rows.push({ name, cells: [cell] });
    else if (rows.length > 0) (rows[rows.length - 1] as { cells: TableCell[] }).cells.push(cell);
  }
  return rows;
}

function span(cells: TableCell[]): { line: number; endLine: number } {
  return {
    line: (cells[0] as TableCell).line,
    endLine: (cells[cells.length - 1] as TableCell).endLine,
  };
}

/** "工作组 | 主要责任" tables: each group's numbered duties. */
export function readDutyTables(lines: string[]): GroupPart[] {
  const parts: GroupPart[] = [];
  for (const table of findTables(lines)) {
    if (
      !hasHeader(table, /工作组|组别/) ||
      !hasHeader(table, /责任|职责|任务/) ||
      hasHeader(table, /序号|责任人/)
    ) {
      continue;
    }
    for (const row of groupRows(table)) {
      parts.push({ name: row.name, ...span(row.cells), duties: splitDuties(row.cells.slice(1)) });
    }
  }
  return parts;
}

/**
 * A person as written, the inner space of a two-character name closed up: "黄 曦 区卫生计生委主任"
 * → "黄曦 区卫生计生委主任" (layouts pad two-character names to the width of three).
 */
export function personOf(line: string): string {
  const tokens = trimCell(line).split(/[\s\u00a0\u3000]+/);
  const [first, second] = tokens;
  let nameTokens = 1;
  if (
    first !== undefined &&
    second !== undefined &&
    first.length === 1 &&
    second.length <= 2 &&
    tokens.length >= 3
  ) {
    nameTokens = 2;
  }
  const name = tokens.slice(0, nameTokens).join('');
  const title = tokens.slice(nameTokens).join(' ');
  return title === '' ? name : `${name} ${title}`;
}

/** Staff units of a 成员 cell: names of bodies only ("区卫生计生委 20人" → 区卫生计生委). */
function staffUnitsOf(text: string): string[] {
  const afterColon =
    text.includes('：') || text.includes(':') ? text.split(/[：:]/).slice(1).join('') : text;
  return splitUnits(afterColon)
    .map((u) => u.replace(/\s*\d+\s*人.*$/, '').trim())
    .filter((u) => /^(?:区|市|县|省|州|镇|乡|街道|各)/.test(u));
}

/** "工作组 | 责任人 | 组成人员" tables: leader, deputies and the units that send staff. */
export function readCompositionTables(lines: string[]): GroupPart[] {
  const parts: GroupPart[] = [];
  for (const table of findTables(lines)) {
    if (!hasHeader(table, /责任人|组成人员/)) continue;
    for (const row of groupRows(table)) {
      const part: GroupPart = {
        name: row.name,
        ...span(row.cells),
        leader: null,
        deputies: [],
        staffUnits: [],
      };
      let role: 'leader' | 'deputy' | 'member' | null = null;
      for (const cell of row.cells.slice(1)) {
        const label = cellText(cell).replace(/\s/g, '');
        if (label === '组长') role = 'leader';
        else if (label === '副组长') role = 'deputy';
        else if (label === '成员' || label === '组员') role = 'member';
        else if (role === 'member') part.staffUnits?.push(...staffUnitsOf(cell.lines.join('')));
        else if (role !== null) {
          const people = cell.lines.map(personOf);
          if (role === 'leader' && part.leader === null) part.leader = people.shift() ?? null;
          part.deputies?.push(...people);
        }
      }
      parts.push(part);
    }
  }
  return parts;
}
