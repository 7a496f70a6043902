// The metadata rows a government portal prints above a notice — "文号 | 哈政办规〔2017〕28号 | 索引号 | …",
// "发文单位：…", "成文日期：…", "发布时间：… 来源：…" — read into named fields, labels in any separator style.

/** What a portal's rows say about the document. 成文日期 is the signing date; 发布日期 only when it went online. */
export interface PortalFields {
  docNumber: string | null;
  issuer: string | null;
  /** 成文日期 / 签发日期 / 印发日期 as written. */
  signedOn: string | null;
  /** 发布日期 / 发布时间 / 更新时间 as written. */
  publishedOn: string | null;
  /** 来源 / 作者: the body that put the page online, which is not the issuer. */
  source: string | null;
  title: string | null;
  /** 1-based line of each field, for warnings. */
  lines: Partial<Record<FieldName, number>>;
}

export type FieldName = 'docNumber' | 'issuer' | 'signedOn' | 'publishedOn' | 'source' | 'title';

const FIELD_LABELS: Record<FieldName, string[]> = {
  docNumber: ['发文字号', '发文文号', '文号'],
  issuer: ['发文单位', '发文机关', '发文机构', '发布机构', '制发机关'],
  signedOn: ['成文日期', '成文时间', '签发日期', '印发日期', '发文日期'],
  publishedOn: ['发布日期', '发布时间', '公开日期', '公开时间', '更新时间', '上网时间'],
  source: ['信息来源', '来源', '作者'],
  title: ['文件名称', '标题', '名称'],
};
/** Labels that carry nothing we read but end the value before them. */
const OTHER_LABELS = [
  '索引号',
  '主题分类',
  '主题词',
  '体裁分类',
  '组配分类',
  '服务对象',
  '信息分类',
  '所属机构',
  '有效性',
  '生效日期',
  '废止日期',
  '公开方式',
  '公开范围',
  '浏览次数',
  '点击数',
  '访问量',
  '阅读次数',
  '文种',
  '分类',
];

const LABEL_OF = new Map<string, FieldName | null>();
for (const [field, labels] of Object.entries(FIELD_LABELS) as [FieldName, string[]][])
  for (const label of labels) LABEL_OF.set(label, field);
for (const label of OTHER_LABELS) LABEL_OF.set(label, null);
const ALL_LABELS = [...LABEL_OF.keys()].sort((a, b) => b.length - a.length);

/** A label at a cell's start: at the line start or after a separator, followed by ":", a separator or a space. */
const LABEL_RE = new RegExp(
  `(?:^|[|｜\\t\\s])\\s*(${ALL_LABELS.join('|')})\\s*(?:[:：]|[|｜\\t]|\\s(?=\\S))`,
  'g',
);

interface Cell {
  label: string;
  value: string;
}

/** The label–value cells of a row, or null when the row does not open with a label. */
export function portalCells(text: string): Cell[] | null {
  const found: { label: string; start: number; valueStart: number }[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m !== null; m = LABEL_RE.exec(text)) {
    const label = m[1] as string;
    found.push({ label, start: m.index, valueStart: m.index + m[0].length });
    // Let the next label start inside this one's trailing separator.
    LABEL_RE.lastIndex = m.index + m[0].length;
  }
  const first = found[0];
  if (first === undefined || text.slice(0, first.start).trim() !== '') return null;
  return found.map((cell, i) => {
    const end = found[i + 1]?.start ?? text.length;
    const value = text
      .slice(cell.valueStart, end)
      .replace(/^[\s|｜:：]+|[\s|｜]+$/g, '')
      .trim();
    return { label: cell.label, value };
  });
}

/** A row of portal metadata: it opens with a label and every cell is short. */
export function isPortalFieldRow(text: string): boolean {
  if (/[。；;]/.test(text)) return false;
  const cells = portalCells(text.trim());
  if (cells === null) return false;
  // "来源：…" alone, or several labels on one row; a value as long as a sentence is not a field.
  return cells.every((cell) => cell.value.length <= 60);
}

/** Every portal field of the lines (the first value of each field wins). */
export function readPortalFields(lines: { text: string; line: number }[]): PortalFields {
  const fields: PortalFields = {
    docNumber: null,
    issuer: null,
    signedOn: null,
    publishedOn: null,
    source: null,
    title: null,
    lines: {},
  };
  for (const { text, line } of lines) {
    if (!isPortalFieldRow(text)) continue;
    for (const cell of portalCells(text.trim()) ?? []) {
      const field = LABEL_OF.get(cell.label);
      if (field === undefined || field === null || cell.value === '') continue;
      if (fields[field] !== null) continue;
      fields[field] = cell.value;
      fields.lines[field] = line;
    }
  }
  return fields;
}
