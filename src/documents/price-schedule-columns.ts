// The columns of a price schedule file (调价表): the Chinese header the export writes, the headers an import
// accepts (Chinese or English), and which are required; shared by the reader and the .xlsx writer.

export type PriceField =
  | 'itemCode'
  | 'level'
  | 'price'
  | 'effectiveFrom'
  | 'effectiveTo'
  | 'insuranceClass'
  | 'assumption';

export interface PriceColumn {
  field: PriceField;
  /** The header the export writes, and the column's name in messages. */
  header: string;
  /** Accepted headers, compared after `normalisePriceHeader`. */
  aliases: readonly string[];
  required: boolean;
}

export const PRICE_COLUMNS: readonly PriceColumn[] = [
  { field: 'itemCode', header: '项目编码', aliases: ['项目编码', 'item_code'], required: true },
  { field: 'level', header: '医院等级', aliases: ['医院等级', 'level'], required: true },
  {
    field: 'price',
    header: '新价格（元）',
    aliases: ['新价格（元）', '新价格(元)', '价格（元）', '价格(元)', 'price_yuan'],
    required: true,
  },
  {
    field: 'effectiveFrom',
    header: '执行日期',
    aliases: ['执行日期', '起始日期', 'effective_from'],
    required: true,
  },
  {
    field: 'effectiveTo',
    header: '截止日期',
    aliases: ['截止日期', 'effective_to'],
    required: false,
  },
  {
    field: 'insuranceClass',
    header: '医保类别',
    aliases: ['医保类别', 'insurance_class'],
    required: false,
  },
  // not in a price office's list: kept so an exported schedule's assumed prices re-import as assumed
  { field: 'assumption', header: '假设说明', aliases: ['假设说明', 'assumption'], required: false },
];

/** Without spaces, underscores or hyphens, brackets half-width, lower case: "新价格（元）" → "新价格(元)". */
export function normalisePriceHeader(header: string): string {
  return header
    .replace(/[\s_-]/gu, '')
    .replaceAll('（', '(')
    .replaceAll('）', ')')
    .toLowerCase();
}

/** The file's header of each field it has (the first matching column when several do). */
export function priceColumnsOf(headers: readonly string[]): Map<PriceField, string> {
  const found = new Map<PriceField, string>();
  for (const header of headers) {
    const key = normalisePriceHeader(header);
    const column = PRICE_COLUMNS.find((c) =>
      c.aliases.some((a) => normalisePriceHeader(a) === key),
    );
    if (column && !found.has(column.field)) found.set(column.field, header);
  }
  return found;
}

/** How the files write a hospital level: 1 → 一级, 'all' → 全部. */
export const LEVEL_WORDS: Readonly<Record<string, string>> = {
  '1': '一级',
  '2': '二级',
  '3': '三级',
  all: '全部',
};
