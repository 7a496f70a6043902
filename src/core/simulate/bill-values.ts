// The values a bill file may write, as data: the format's codes and the spellings hospital exports use
// (城镇职工, 住院, 甲, 西药费 …), and the shapes of dates and numbers with their digit limits. The JS reader
// and the SQL of the bulk engines are both generated from these tables, so they accept the same text.
import {
  CHARGE_CATEGORIES,
  CHARGE_CATEGORY_NAMES,
  type ChargeCategory,
  type ItemTag,
} from './categories';
import type { EncounterType, InsuranceClass, InsuranceScheme, Sponsor } from './bills';

/**
 * What JavaScript's String.prototype.trim removes (white space and line terminators, the full-width space
 * U+3000 and the byte-order mark among them); the SQL trims exactly these characters too.
 */
export const BILL_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000\ufeff';

/** A value as compared: surrounding white space removed. Empty text means the value is not given. */
export const billText = (text: string | null | undefined): string => (text ?? '').trim();

/** Text → code, compared after trimming and in lower case. Keys are the spellings, values the codes. */
export type SpellingTable<T extends string> = Readonly<Record<string, T>>;

const categorySpellings: Record<string, ChargeCategory> = {};
for (const category of CHARGE_CATEGORIES) {
  categorySpellings[category] = category;
  categorySpellings[CHARGE_CATEGORY_NAMES[category]] = category;
}
Object.assign(categorySpellings, {
  材料费: 'health-materials',
  诊查费: 'consultation',
  检验费: 'laboratory',
  其他: 'other',
} satisfies Record<string, ChargeCategory>);

/** Every coded column's accepted spellings. A code is always one of its own spellings. */
export const BILL_SPELLINGS = {
  scheme: {
    employee: 'employee',
    城镇职工: 'employee',
    城镇职工医保: 'employee',
    职工医保: 'employee',
    'resident-tier1': 'resident-tier1',
    城乡居民一档: 'resident-tier1',
    居民一档: 'resident-tier1',
    'resident-tier2': 'resident-tier2',
    城乡居民二档: 'resident-tier2',
    居民二档: 'resident-tier2',
    'self-pay': 'self-pay',
    自费: 'self-pay',
    全自费: 'self-pay',
  } satisfies SpellingTable<InsuranceScheme>,
  encounter_type: {
    outpatient: 'outpatient',
    门诊: 'outpatient',
    门急诊: 'outpatient',
    急诊: 'outpatient',
    inpatient: 'inpatient',
    住院: 'inpatient',
  } satisfies SpellingTable<EncounterType>,
  insurance_class: {
    A: 'A',
    甲: 'A',
    甲类: 'A',
    B: 'B',
    乙: 'B',
    乙类: 'B',
    C: 'C',
    丙: 'C',
    丙类: 'C',
  } satisfies SpellingTable<InsuranceClass>,
  hospital_sponsor: {
    government: 'government',
    政府办: 'government',
    'public-institution': 'public-institution',
    事业单位办: 'public-institution',
    行政事业单位办: 'public-institution',
    'state-enterprise': 'state-enterprise',
    国企办: 'state-enterprise',
    private: 'private',
    社会办: 'private',
  } satisfies SpellingTable<Sponsor>,
  hospital_level: {
    '1': '1',
    一级: '1',
    '2': '2',
    二级: '2',
    '3': '3',
    三级: '3',
  } satisfies SpellingTable<'1' | '2' | '3'>,
  sex: { '1': '1', 男: '1', '2': '2', 女: '2' } satisfies SpellingTable<'1' | '2'>,
  category: categorySpellings as SpellingTable<ChargeCategory>,
  tag: {
    'large-equipment': 'large-equipment',
    大型设备检查: 'large-equipment',
    大型医用设备检查: 'large-equipment',
    'pharmacy-service-fee': 'pharmacy-service-fee',
    药事服务费: 'pharmacy-service-fee',
    'tcm-service': 'tcm-service',
    中医: 'tcm-service',
    中医服务: 'tcm-service',
  } satisfies SpellingTable<ItemTag>,
} as const;

export type CodedColumn = keyof typeof BILL_SPELLINGS;
export type CodeOf<C extends CodedColumn> =
  (typeof BILL_SPELLINGS)[C][keyof (typeof BILL_SPELLINGS)[C]];

/** The table keyed as compared (lower case), checked once: two spellings may not differ only in case. */
export function spellingEntries(column: CodedColumn): ReadonlyArray<[string, string]> {
  const seen = new Map<string, string>();
  for (const [spelling, code] of Object.entries(BILL_SPELLINGS[column])) {
    const key = spelling.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined && earlier !== code) {
      throw new Error(`bill spelling ${spelling} names both ${earlier} and ${code}`);
    }
    seen.set(key, code);
  }
  return [...seen.entries()];
}

/** The distinct codes of a column, in table order. */
export const codesOf = (column: CodedColumn): string[] => [
  ...new Set(Object.values(BILL_SPELLINGS[column]) as string[]),
];

/**
 * Shapes of dates and numbers as regular expressions that JavaScript and DuckDB (RE2) read alike: only
 * [0-9] classes, groups and bounded repeats. The digit limits keep every value exact in both: whole numbers
 * below 10^15 (so below 2^53), quantities below 10^9 with three decimals, yuan below 10^13 with two decimals.
 * price × quantity then stays below 10^27, which SQL multiplies in HUGEINT and JavaScript in BigInt.
 */
export const VALUE_SHAPES = {
  /** YYYY-MM-DD, YYYY/M/D, YYYYMMDD, with an optional time of day. Groups: year, month, day. */
  date: '^([0-9]{4})[-/]?([0-9]{1,2})[-/]?([0-9]{1,2})(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]+)?)?)?$',
  /** A whole number, "12.0" as typed exports write it. Groups: sign, digits. */
  integer: '^([+-]?)([0-9]{1,15})(?:[.]0*)?$',
  /** A quantity with at most three decimals. Groups: sign, whole, decimals. */
  thousandths: '^([+-]?)([0-9]{1,9})(?:[.]([0-9]{1,3})0*)?$',
  /** Yuan with at most two decimals ("12.5", "12.50", "12.5000"). Groups: sign, whole, decimals. */
  yuan: '^([+-]?)([0-9]{1,13})(?:[.]([0-9]{1,2})0*)?$',
} as const;

export type ValueShape = keyof typeof VALUE_SHAPES;

const SHAPE_PATTERNS: Record<ValueShape, RegExp> = {
  date: new RegExp(VALUE_SHAPES.date),
  integer: new RegExp(VALUE_SHAPES.integer),
  thousandths: new RegExp(VALUE_SHAPES.thousandths),
  yuan: new RegExp(VALUE_SHAPES.yuan),
};

/** The reader of a coded column: the code, or undefined when the text is not a spelling it knows. */
export function spellingReader<C extends CodedColumn>(
  column: C,
): (text: string) => CodeOf<C> | undefined {
  const table = new Map(spellingEntries(column));
  return (text) => table.get(billText(text).toLowerCase()) as CodeOf<C> | undefined;
}

/** A calendar date as YYYY-MM-DD; undefined for text of another shape or a day the calendar lacks. */
export function dateOf(text: string): string | undefined {
  const match = SHAPE_PATTERNS.date.exec(billText(text));
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso
    ? undefined
    : iso;
}

/** sign and digits as a number, never -0. */
const signed = (sign: string | undefined, value: number) =>
  value === 0 ? 0 : sign === '-' ? -value : value;

/** A whole number written plainly ("12", "-3", "12.0"), at most 15 digits; undefined otherwise. */
export function integerOf(text: string): number | undefined {
  const match = SHAPE_PATTERNS.integer.exec(billText(text));
  if (!match) return undefined;
  return signed(match[1], Number(match[2]));
}

/** A quantity with at most three decimals, as an exact count of thousandths. */
export function thousandthsOf(text: string): number | undefined {
  const match = SHAPE_PATTERNS.thousandths.exec(billText(text));
  if (!match) return undefined;
  const [, sign, whole = '0', decimals = ''] = match;
  return signed(sign, Number(whole) * 1000 + Number(decimals.padEnd(3, '0')));
}

/** Yuan as decimal text to fen; more than two significant decimals is not money. */
export function yuanToFenOf(text: string): number | undefined {
  const match = SHAPE_PATTERNS.yuan.exec(billText(text));
  if (!match) return undefined;
  const [, sign, whole = '0', decimals = ''] = match;
  return signed(sign, Number(whole) * 100 + Number(decimals.padEnd(2, '0')));
}
