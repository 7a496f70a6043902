// The bill file's columns (docs/bills.md), shown in the format help of the bill-dataset page.

export interface BillColumn {
  column: string;
  type: string;
  meaning: string;
  accepted: string;
  optional?: true;
}

export const BILL_COLUMNS: BillColumn[] = [
  {
    column: 'encounter_id',
    type: 'VARCHAR',
    meaning: '就诊流水号 / 住院号',
    accepted: '非空，每次就诊唯一',
  },
  {
    column: 'person_id',
    type: 'VARCHAR',
    meaning: '参保人；起付线、封顶线按人按年累计',
    accepted: '非空',
  },
  { column: 'hospital_code', type: 'VARCHAR', meaning: '机构编码', accepted: '非空' },
  { column: 'hospital_name', type: 'VARCHAR', meaning: '医院名称', accepted: '', optional: true },
  {
    column: 'hospital_level',
    type: 'INTEGER',
    meaning: '医院等级',
    accepted: '1 2 3，或 一级 二级 三级',
  },
  {
    column: 'hospital_sponsor',
    type: 'VARCHAR',
    meaning: '举办主体',
    accepted:
      'government 政府办、public-institution 事业单位办、state-enterprise 国企办、private 社会办',
  },
  {
    column: 'scheme',
    type: 'VARCHAR',
    meaning: '险种',
    accepted:
      'employee 城镇职工、resident-tier1 城乡居民一档、resident-tier2 城乡居民二档、self-pay 自费',
  },
  {
    column: 'encounter_type',
    type: 'VARCHAR',
    meaning: '门诊或住院',
    accepted: 'outpatient 门诊/门急诊/急诊，inpatient 住院',
  },
  {
    column: 'start_date',
    type: 'DATE',
    meaning: '就诊日期或入院日期',
    accepted: 'YYYY-MM-DD，也可 YYYY/M/D、YYYYMMDD',
  },
  {
    column: 'end_date',
    type: 'DATE',
    meaning: '就诊日期或出院（结算）日期，决定政策年度',
    accepted: '同上，不早于 start_date',
  },
  {
    column: 'principal_dx',
    type: 'VARCHAR',
    meaning: '主要诊断 ICD-10（医保版 2.0）',
    accepted: '如 J18.900',
  },
  {
    column: 'diagnoses',
    type: 'VARCHAR',
    meaning: '全部诊断，主诊断在前，以 | 分隔',
    accepted: '如 J18.900|I10.x00x002',
    optional: true,
  },
  {
    column: 'procedures',
    type: 'VARCHAR',
    meaning: '全部手术操作 ICD-9-CM-3，以 | 分隔',
    accepted: '如 51.2300',
    optional: true,
  },
  { column: 'sex', type: 'INTEGER', meaning: '性别', accepted: '1 男、2 女', optional: true },
  { column: 'age_years', type: 'INTEGER', meaning: '入院年龄（岁）', accepted: '', optional: true },
  {
    column: 'age_days',
    type: 'INTEGER',
    meaning: '入院日龄（新生儿）',
    accepted: '',
    optional: true,
  },
  {
    column: 'birth_weight_g',
    type: 'INTEGER',
    meaning: '新生儿出生体重（克）',
    accepted: '',
    optional: true,
  },
  {
    column: 'los_days',
    type: 'INTEGER',
    meaning: '住院天数；门诊为 0',
    accepted: '',
    optional: true,
  },
  {
    column: 'discharge_type',
    type: 'VARCHAR',
    meaning: '离院方式',
    accepted: '1 医嘱离院 … 5 死亡、9 其他',
    optional: true,
  },
  { column: 'dept', type: 'VARCHAR', meaning: '科室', accepted: '', optional: true },
  {
    column: 'line_no',
    type: 'INTEGER',
    meaning: '明细序号（从 1 起）',
    accepted: '同一就诊内唯一',
  },
  {
    column: 'item_code',
    type: 'VARCHAR',
    meaning: '收费项目编码',
    accepted: '提供项目目录时须在目录中',
  },
  { column: 'item_name', type: 'VARCHAR', meaning: '项目名称', accepted: '', optional: true },
  {
    column: 'category',
    type: 'VARCHAR',
    meaning: '医保结算清单收费类别',
    accepted:
      'bed 床位费、consultation 诊察费、examination 检查费、laboratory 化验费、treatment 治疗费、surgery 手术费、nursing 护理费、health-materials 卫生材料费、western-drug 西药费、tcm-decoction-pieces 中药饮片费、tcm-patent-drug 中成药费、general-diagnosis 一般诊疗费、registration 挂号费、other 其他费',
  },
  {
    column: 'tag',
    type: 'VARCHAR',
    meaning: '方案点名的细分项目，多数行为空',
    accepted: 'large-equipment 大型设备检查、pharmacy-service-fee 药事服务费、tcm-service 中医',
    optional: true,
  },
  {
    column: 'insurance_class',
    type: 'VARCHAR',
    meaning: '甲类 / 乙类 / 丙类',
    accepted: 'A B C，甲 乙 丙，甲类 乙类 丙类',
  },
  {
    column: 'quantity',
    type: 'DECIMAL(12,3)',
    meaning: '数量（按日计价项目为天数）',
    accepted: '> 0，至多三位小数',
  },
  {
    column: 'unit_price_fen',
    type: 'BIGINT',
    meaning: '单价（分）',
    accepted: '≥ 0；或用 unit_price 列（元，至多两位小数）',
  },
  {
    column: 'amount_fen',
    type: 'BIGINT',
    meaning: '金额 = 数量 × 单价，四舍五入到分',
    accepted: '须精确相等；或用 amount 列（元）',
  },
  {
    column: 'service_date',
    type: 'DATE',
    meaning: '项目发生日期；为空时取就诊开始日期',
    accepted: '',
    optional: true,
  },
];
