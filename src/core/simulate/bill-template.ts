// The bill file template: the header row and three example lines (an outpatient visit; an inpatient stay
// with diagnoses and a procedure), in the Chinese headers of hospital exports with money in yuan, or in the
// format's English names with money in fen; and the 填写说明 rows generated from the column table.
import { BILL_COLUMN_ACCEPTED, YUAN_COLUMN_ACCEPTED } from './bill-column-guide';
import {
  BILL_COLUMNS,
  YUAN_COLUMN_HEADERS,
  YUAN_COLUMNS,
  type BillColumnName,
} from './bill-columns';
import { CHARGE_CATEGORY_NAMES, type ChargeCategory } from './categories';
import { ENCOUNTER_TYPE_NAMES, LEVEL_NAMES, SCHEME_NAMES } from './names';
import type { EncounterType, InsuranceScheme } from './bills';

/** chinese: 就诊流水号 … 单价、金额 in yuan; english: encounter_id … unit_price_fen, amount_fen. */
export type BillTemplateForm = 'chinese' | 'english';

export interface BillTemplateTable {
  header: string[];
  rows: string[][];
}

type ExampleLine = Record<BillColumnName, string | number | null>;

const outpatient = {
  encounter_id: 'MZ202403050001',
  person_id: '500113000012345',
  hospital_code: 'H50011300001',
  hospital_name: '示例区人民医院',
  hospital_level: 3,
  hospital_sponsor: 'government',
  scheme: 'employee',
  encounter_type: 'outpatient',
  start_date: '2024-03-05',
  end_date: '2024-03-05',
  principal_dx: 'J06.900',
  diagnoses: 'J06.900',
  procedures: '',
  sex: 2,
  age_years: 34,
  age_days: null,
  birth_weight_g: null,
  los_days: 0,
  discharge_type: '',
  dept: '内科',
} as const;

const inpatient = {
  encounter_id: 'ZY202403100001',
  person_id: '500113000067890',
  hospital_code: 'H50011300001',
  hospital_name: '示例区人民医院',
  hospital_level: 3,
  hospital_sponsor: 'government',
  scheme: 'resident-tier1',
  encounter_type: 'inpatient',
  start_date: '2024-03-10',
  end_date: '2024-03-14',
  principal_dx: 'K35.800',
  diagnoses: 'K35.800|I10.x00x002',
  procedures: '47.0100',
  sex: 1,
  age_years: 45,
  age_days: null,
  birth_weight_g: null,
  los_days: 4,
  discharge_type: '1',
  dept: '普通外科',
} as const;

/** The example lines in the format's own values; money in fen. */
export const BILL_TEMPLATE_LINES: readonly ExampleLine[] = [
  {
    ...outpatient,
    line_no: 1,
    item_code: '110200001',
    item_name: '普通门诊诊察费',
    category: 'consultation',
    tag: '',
    insurance_class: 'A',
    quantity: '1',
    unit_price_fen: 600,
    amount_fen: 600,
    service_date: '2024-03-05',
  },
  {
    ...inpatient,
    line_no: 1,
    item_code: '331603005',
    item_name: '腹腔镜下阑尾切除术',
    category: 'surgery',
    tag: '',
    insurance_class: 'A',
    quantity: '1',
    unit_price_fen: 110000,
    amount_fen: 110000,
    service_date: '2024-03-11',
  },
  {
    ...inpatient,
    line_no: 2,
    item_code: '110900001',
    item_name: '普通病房床位费（三人间）',
    category: 'bed',
    tag: '',
    insurance_class: 'A',
    quantity: '4',
    unit_price_fen: 2800,
    amount_fen: 11200,
    service_date: '2024-03-10',
  },
];

const SPONSOR_NAMES: Record<string, string> = {
  government: '政府办',
  'public-institution': '事业单位办',
  'state-enterprise': '国企办',
  private: '社会办',
};
const CLASS_NAMES: Record<string, string> = { A: '甲类', B: '乙类', C: '丙类' };
const SEX_NAMES: Record<string, string> = { 1: '男', 2: '女' };

const fenColumns = new Set<string>(Object.values(YUAN_COLUMNS));
const yuanOf = Object.fromEntries(
  Object.entries(YUAN_COLUMNS).map(([yuan, fen]) => [fen, yuan as keyof typeof YUAN_COLUMNS]),
) as Record<string, keyof typeof YUAN_COLUMNS>;

/** Integer fen as yuan with two decimals, as a settlement list writes it: 110000 → "1100.00". */
function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const magnitude = Math.abs(fen);
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

/** A value as the Chinese form writes it: the words hospital exports use, money in yuan. */
function chineseValue(name: BillColumnName, value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  switch (name) {
    case 'hospital_level':
      return LEVEL_NAMES[text] ?? text;
    case 'hospital_sponsor':
      return SPONSOR_NAMES[text] ?? text;
    case 'scheme':
      return SCHEME_NAMES[text as InsuranceScheme] ?? text;
    case 'encounter_type':
      return ENCOUNTER_TYPE_NAMES[text as EncounterType] ?? text;
    case 'category':
      return CHARGE_CATEGORY_NAMES[text as ChargeCategory] ?? text;
    case 'insurance_class':
      return CLASS_NAMES[text] ?? text;
    case 'sex':
      return SEX_NAMES[text] ?? text;
    default:
      return fenColumns.has(name) ? yuanText(Number(value)) : text;
  }
}

/** The template's header and example lines in one form. */
export function billTemplateTable(form: BillTemplateForm): BillTemplateTable {
  const header = BILL_COLUMNS.map((column) => {
    if (form === 'english') return column.name;
    const yuan = yuanOf[column.name];
    return yuan ? YUAN_COLUMN_HEADERS[yuan].header : column.header;
  });
  const rows = BILL_TEMPLATE_LINES.map((line) =>
    BILL_COLUMNS.map((column) =>
      form === 'english'
        ? String(line[column.name] ?? '')
        : chineseValue(column.name, line[column.name]),
    ),
  );
  return { header, rows };
}

/** One row of 填写说明: column name, Chinese header, meaning, required or optional, accepted values. */
export type GuideRow = [string, string, string, string, string];

export const GUIDE_HEADER: GuideRow = ['列名', '中文表头', '含义', '必填', '可填的值'];

export function billTemplateGuide(): GuideRow[] {
  const rows: GuideRow[] = BILL_COLUMNS.map((column) => [
    column.name,
    [column.header, ...column.aliases].join('、'),
    column.meaning,
    'optional' in column ? '可选' : '必填',
    BILL_COLUMN_ACCEPTED[column.name] || '文字',
  ]);
  for (const [yuan, { header, aliases }] of Object.entries(YUAN_COLUMN_HEADERS)) {
    rows.push([
      yuan,
      [header, ...aliases].join('、'),
      `${yuan === 'unit_price' ? '单价' : '金额'}，以元计`,
      `与 ${YUAN_COLUMNS[yuan as keyof typeof YUAN_COLUMNS]} 二选一`,
      YUAN_COLUMN_ACCEPTED[yuan as keyof typeof YUAN_COLUMN_ACCEPTED],
    ]);
  }
  return rows;
}
