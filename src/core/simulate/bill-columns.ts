// The bill file format in one place: one row per bill line, the encounter's fields repeated on each line
// (docs/bills.md describes every column). Each column has the name the format uses, the header a hospital's
// settlement list or HIS export gives it, and the other headers seen in such exports. Readers, templates,
// the upload check, the demo writer and the format help all take their columns from this list.

export type BillColumnType =
  'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DATE' | 'DECIMAL(12,3)' | 'DECIMAL(14,2)';

export interface BillColumn {
  name: string;
  type: BillColumnType;
  /** A file may leave the column out (outpatient-only exports, files without DRG fields). */
  optional?: true;
  /** The Chinese header the templates write. */
  header: string;
  /** Other headers hospital exports use for the same column. */
  aliases: readonly string[];
  /** What the column holds, in a few words. */
  meaning: string;
}

export const BILL_COLUMNS = [
  {
    name: 'encounter_id',
    type: 'VARCHAR',
    header: '就诊流水号',
    aliases: ['就诊ID', '就诊号', '就诊登记号', '住院号', '门诊号', '流水号', '结算流水号'],
    meaning: '就诊流水号 / 住院号，每次就诊唯一',
  },
  {
    name: 'person_id',
    type: 'VARCHAR',
    header: '人员编号',
    aliases: ['个人编号', '参保人编号', '患者编号', '病人ID', '患者ID'],
    meaning: '参保人；起付线、封顶线按人按年累计',
  },
  {
    name: 'hospital_code',
    type: 'VARCHAR',
    header: '机构编码',
    aliases: ['医疗机构编码', '定点医药机构编号', '定点医疗机构编码', '医院编码'],
    meaning: '医疗机构编码',
  },
  {
    name: 'hospital_name',
    type: 'VARCHAR',
    optional: true,
    header: '机构名称',
    aliases: ['医疗机构名称', '定点医药机构名称', '定点医疗机构名称', '医院名称'],
    meaning: '医疗机构名称',
  },
  {
    name: 'hospital_level',
    type: 'INTEGER',
    header: '医院等级',
    aliases: ['机构等级', '医疗机构等级', '医院级别'],
    meaning: '一级 / 二级 / 三级',
  },
  {
    name: 'hospital_sponsor',
    type: 'VARCHAR',
    header: '举办主体',
    aliases: ['办医主体', '举办类型', '举办单位类型'],
    meaning: '政府办、事业单位办、国企办、社会办',
  },
  {
    name: 'scheme',
    type: 'VARCHAR',
    header: '险种类型',
    aliases: ['险种', '参保险种', '医保类型', '参保类型'],
    meaning: '患者的参保险种',
  },
  {
    name: 'encounter_type',
    type: 'VARCHAR',
    header: '就诊类型',
    aliases: ['医疗类别', '就诊方式', '门诊住院标志'],
    meaning: '门诊或住院',
  },
  {
    name: 'start_date',
    type: 'DATE',
    header: '就诊日期',
    aliases: ['入院日期', '入院时间', '开始日期', '就诊时间'],
    meaning: '就诊日期或入院日期',
  },
  {
    name: 'end_date',
    type: 'DATE',
    header: '结算日期',
    aliases: ['出院日期', '出院时间', '结束日期', '结算时间'],
    meaning: '就诊日期或出院（结算）日期，决定政策年度',
  },
  {
    name: 'principal_dx',
    type: 'VARCHAR',
    header: '主要诊断编码',
    aliases: ['主诊断编码', '主要诊断代码', '门诊诊断编码'],
    meaning: '主要诊断 ICD-10（医保版 2.0）',
  },
  {
    name: 'diagnoses',
    type: 'VARCHAR',
    optional: true,
    header: '全部诊断编码',
    aliases: ['诊断编码', '出院诊断编码'],
    meaning: '全部诊断，主诊断在前，以 | 分隔',
  },
  {
    name: 'procedures',
    type: 'VARCHAR',
    optional: true,
    header: '手术及操作编码',
    aliases: ['手术操作编码', '全部手术操作编码'],
    meaning: '全部手术操作 ICD-9-CM-3，主手术在前，以 | 分隔',
  },
  {
    name: 'sex',
    type: 'INTEGER',
    optional: true,
    header: '性别',
    aliases: ['性别代码'],
    meaning: '1 男、2 女',
  },
  {
    name: 'age_years',
    type: 'INTEGER',
    optional: true,
    header: '年龄',
    aliases: ['年龄（岁）', '入院年龄'],
    meaning: '入院年龄（岁）',
  },
  {
    name: 'age_days',
    type: 'INTEGER',
    optional: true,
    header: '日龄',
    aliases: ['年龄（天）', '新生儿日龄', '年龄不足1周岁的年龄（天）'],
    meaning: '入院日龄（新生儿）',
  },
  {
    name: 'birth_weight_g',
    type: 'INTEGER',
    optional: true,
    header: '出生体重（克）',
    aliases: ['新生儿出生体重（克）', '新生儿出生体重', '出生体重'],
    meaning: '新生儿出生体重（克）',
  },
  {
    name: 'los_days',
    type: 'INTEGER',
    optional: true,
    header: '住院天数',
    aliases: ['实际住院天数', '实际住院天数（天）'],
    meaning: '住院天数；门诊为 0',
  },
  {
    name: 'discharge_type',
    type: 'VARCHAR',
    optional: true,
    header: '离院方式',
    aliases: ['离院方式代码'],
    meaning: '1 医嘱离院、2 医嘱转院、3 转社区、4 非医嘱离院、5 死亡、9 其他',
  },
  {
    name: 'dept',
    type: 'VARCHAR',
    optional: true,
    header: '科室',
    aliases: ['科别', '出院科别', '就诊科室', '科室名称'],
    meaning: '科室',
  },
  {
    name: 'line_no',
    type: 'INTEGER',
    header: '明细序号',
    aliases: ['序号', '行号', '费用明细序号'],
    meaning: '明细序号（从 1 起），同一就诊内唯一',
  },
  {
    name: 'item_code',
    type: 'VARCHAR',
    header: '项目编码',
    aliases: ['医保项目编码', '医疗目录编码', '收费项目编码', '医保目录编码'],
    meaning: '收费项目编码',
  },
  {
    name: 'item_name',
    type: 'VARCHAR',
    optional: true,
    header: '项目名称',
    aliases: ['医保项目名称', '医疗目录名称', '收费项目名称'],
    meaning: '收费项目名称',
  },
  {
    name: 'category',
    type: 'VARCHAR',
    header: '费用类别',
    aliases: ['收费类别', '发票项目', '费用类型'],
    meaning: '医保结算清单收费类别（西药费、诊察费……）',
  },
  {
    name: 'tag',
    type: 'VARCHAR',
    optional: true,
    header: '项目标记',
    aliases: ['细分项目'],
    meaning: '方案点名的细分项目（大型设备检查、药事服务费、中医），多数行为空',
  },
  {
    name: 'insurance_class',
    type: 'VARCHAR',
    header: '甲乙类',
    aliases: ['医保类别', '收费项目等级', '目录类别', '甲乙类别'],
    meaning: '甲类 / 乙类 / 丙类',
  },
  {
    name: 'quantity',
    type: 'DECIMAL(12,3)',
    header: '数量',
    aliases: ['数量（天）'],
    meaning: '数量（按日计价项目为天数），至多三位小数',
  },
  {
    name: 'unit_price_fen',
    type: 'BIGINT',
    header: '单价（分）',
    aliases: [],
    meaning: '单价，以分计',
  },
  {
    name: 'amount_fen',
    type: 'BIGINT',
    header: '金额（分）',
    aliases: [],
    meaning: '金额 = 数量 × 单价，四舍五入到分，以分计',
  },
  {
    name: 'service_date',
    type: 'DATE',
    optional: true,
    header: '费用发生日期',
    aliases: ['收费日期', '发生日期', '费用日期'],
    meaning: '项目发生日期；为空时取就诊开始日期',
  },
] as const satisfies readonly BillColumn[];

export type BillColumnName = (typeof BILL_COLUMNS)[number]['name'];

export const BILL_COLUMN_NAMES: readonly BillColumnName[] = BILL_COLUMNS.map((c) => c.name);

/** Hospital exports write prices in yuan: each of these may stand in for the fen column it names. */
export const YUAN_COLUMNS = {
  unit_price: 'unit_price_fen',
  amount: 'amount_fen',
} as const satisfies Record<string, BillColumnName>;

export type YuanColumnName = keyof typeof YUAN_COLUMNS;

/** Headers of the yuan columns: what a settlement list or HIS export writes for price and amount. */
export const YUAN_COLUMN_HEADERS: Record<YuanColumnName, { header: string; aliases: string[] }> = {
  unit_price: { header: '单价', aliases: ['单价（元）', '医保单价'] },
  amount: { header: '金额', aliases: ['金额（元）', '明细项目费用总额', '费用金额', '总金额'] },
};

/** Every name a file may carry: the format's columns and the yuan variants. */
export type SourceColumnName = BillColumnName | YuanColumnName;

/** A header as compared: no surrounding or inner white space, half-width brackets, lower case. */
export function headerKey(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .replace(/[\s\u3000]+/g, '')
    .replaceAll('（', '(')
    .replaceAll('）', ')')
    .toLowerCase();
}

const HEADER_TABLE: ReadonlyMap<string, SourceColumnName> = (() => {
  const table = new Map<string, SourceColumnName>();
  const add = (header: string, name: SourceColumnName) => {
    const key = headerKey(header);
    const earlier = table.get(key);
    if (earlier !== undefined && earlier !== name) {
      throw new Error(`bill header ${header} names both ${earlier} and ${name}`);
    }
    table.set(key, name);
  };
  for (const column of BILL_COLUMNS) {
    add(column.name, column.name);
    add(column.header, column.name);
    for (const alias of column.aliases) add(alias, column.name);
  }
  for (const [name, { header, aliases }] of Object.entries(YUAN_COLUMN_HEADERS)) {
    add(name, name as YuanColumnName);
    add(header, name as YuanColumnName);
    for (const alias of aliases) add(alias, name as YuanColumnName);
  }
  return table;
})();

/** The format's column a file's header stands for (English name, Chinese header or alias), if any. */
export function billColumnOf(header: string): SourceColumnName | undefined {
  return HEADER_TABLE.get(headerKey(header));
}
