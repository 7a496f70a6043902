// Checks one bill line as read (every value as text) and turns it into typed encounter fields and a BillLine,
// or lists what is wrong with it, naming each column. The same checks exist as SQL (lines-sql.ts), generated
// from the same value tables; a property test on dirty files holds the two to the same answer.
import { roundDiv } from '../../core/shared/money';
import type { BillLine, Hospital, InsuranceScheme } from '../../core/simulate/bills';
import { billText } from '../../core/simulate/bill-values';
import type { SourceColumnName } from './columns';
import type { RejectionReason } from './rejections';
import * as values from './values';

export type RawBillRow = Readonly<Partial<Record<SourceColumnName, string | null>>>;

/** What DRG grouping needs of an inpatient encounter (病案首页 fields). */
export interface InpatientRecord {
  /** ICD-10, principal first. */
  diagnoses: string[];
  /** ICD-9-CM-3, main first. */
  procedures: string[];
  sex: 1 | 2 | null;
  ageYears: number | null;
  ageDays: number | null;
  birthWeightGrams: number | null;
  losDays: number | null;
  dischargeType: string;
  dept: string;
}

export interface EncounterFields {
  id: string;
  personId: string;
  hospital: Hospital;
  scheme: InsuranceScheme;
  type: 'outpatient' | 'inpatient';
  startDate: string;
  endDate: string;
  principalDiagnosis: string;
  inpatient?: InpatientRecord;
}

export interface ParsedLine {
  encounter: EncounterFields;
  line: BillLine;
}

/** A line's values as read: codes for spellings, numbers exact; null where the text is empty or not accepted. */
export interface LineValues {
  encounterId: string | null;
  /** Equal for two lines exactly when they write the same encounter fields (after spellings are resolved). */
  encounterKey: string;
  hospitalCode: string | null;
  itemCode: string | null;
  lineNo: number | null;
  thousandths: number | null;
  unitPriceFen: number | null;
  amountFen: number | null;
}

export interface LineProblem {
  reason: RejectionReason;
  message: string;
}

/** Anything with `has(code)`: a Set of item codes, or a Map from code to catalogue entry. */
export interface ItemCodeLookup {
  has(code: string): boolean;
}

const codes = (text: string): string[] =>
  text
    .split('|')
    .map((code) => code.trim())
    .filter((code) => code !== '');

/** round(price × quantity) to the fen, exactly (money.ts multiplyByQuantity, without its safe-integer limit). */
export const amountOf = (unitPriceFen: number, thousandths: number): bigint =>
  roundDiv(BigInt(unitPriceFen) * BigInt(thousandths), 1000n);

export function parseLine(
  raw: RawBillRow,
  itemCodes?: ItemCodeLookup,
): { parsed?: ParsedLine; problems: LineProblem[]; values: LineValues } {
  const problems: LineProblem[] = [];
  const problem = (reason: RejectionReason, message: string) => problems.push({ reason, message });
  const text = (column: SourceColumnName) => billText(raw[column]);
  const required = (column: SourceColumnName): string => {
    const value = text(column);
    if (value === '') problem('missing-value', `${column} 为空`);
    return value;
  };
  const coded = <T>(
    column: SourceColumnName,
    read: (text: string) => T | undefined,
    reason: RejectionReason,
    optional = false,
  ): T | undefined => {
    const value = optional ? text(column) : required(column);
    if (value === '') return undefined;
    const code = read(value);
    if (code === undefined) problem(reason, `${column}：“${value}”无法识别`);
    return code;
  };
  const date = (column: SourceColumnName, optional = false): string | undefined => {
    const value = optional ? text(column) : required(column);
    if (value === '') return undefined;
    const iso = values.dateOf(value);
    if (iso === undefined) problem('malformed-date', `${column}：“${value}”不是有效日期`);
    return iso;
  };
  const integer = (column: SourceColumnName, optional = true): number | null => {
    const value = optional ? text(column) : required(column);
    if (value === '') return null;
    const number = values.integerOf(value);
    if (number === undefined) problem('malformed-number', `${column}：“${value}”不是整数`);
    return number ?? null;
  };

  const id = required('encounter_id');
  const personId = required('person_id');
  const hospitalCode = required('hospital_code');
  const hospitalName = text('hospital_name');
  const level = coded('hospital_level', values.hospitalLevelOf, 'unknown-hospital-level');
  const sponsor = coded('hospital_sponsor', values.sponsorOf, 'unknown-sponsor');
  const schemeText = text('scheme');
  const scheme = schemeText === '' ? undefined : values.schemeOf(schemeText);
  if (schemeText === '') problem('missing-scheme', 'scheme 为空');
  else if (scheme === undefined) problem('unknown-scheme', `scheme：“${schemeText}”无法识别`);
  const type = coded('encounter_type', values.encounterTypeOf, 'unknown-encounter-type');
  const startDate = date('start_date');
  const endDate = date('end_date');
  if (startDate && endDate && endDate < startDate) {
    problem('end-before-start', `end_date ${endDate} 早于 start_date ${startDate}`);
  }
  const principalDiagnosis = required('principal_dx');
  const lineNo = integer('line_no', false);
  const itemCode = required('item_code');
  if (itemCode !== '' && itemCodes && !itemCodes.has(itemCode)) {
    problem('unknown-item-code', `item_code：“${itemCode}”不在项目目录中`);
  }
  const category = coded('category', values.categoryOf, 'unknown-category');
  const insuranceClass = coded(
    'insurance_class',
    values.insuranceClassOf,
    'unknown-insurance-class',
  );
  const tag = coded('tag', values.tagOf, 'unknown-tag', true);
  const serviceDate = date('service_date', true);

  const quantityText = required('quantity');
  const thousandths = quantityText === '' ? undefined : values.thousandthsOf(quantityText);
  if (quantityText !== '' && thousandths === undefined) {
    problem('malformed-number', `quantity：“${quantityText}”不是最多三位小数、不超过 9 位整数的数`);
  }
  const money = (
    fenColumn: 'unit_price_fen' | 'amount_fen',
    yuanColumn: 'unit_price' | 'amount',
  ) => {
    const inYuan = raw[fenColumn] === undefined;
    const column = inYuan ? yuanColumn : fenColumn;
    const value = required(column);
    if (value === '') return { column, fen: undefined };
    const fen = inYuan ? values.yuanToFenOf(value) : values.integerOf(value);
    if (fen === undefined) {
      problem(
        'malformed-number',
        `${column}：“${value}”不是${inYuan ? '元（最多两位小数）' : '整数分（最多 15 位）'}`,
      );
    }
    return { column, fen };
  };
  const price = money('unit_price_fen', 'unit_price');
  const amount = money('amount_fen', 'amount');
  if (price.fen !== undefined && price.fen < 0) {
    problem('malformed-number', `${price.column}：${text(price.column)} 为负`);
  }
  if (
    amount.fen !== undefined &&
    amount.fen < 0 &&
    !(thousandths !== undefined && thousandths < 0)
  ) {
    problem('malformed-number', `${amount.column}：${text(amount.column)} 为负`);
  }
  // A negative quantity with a negative amount is a refund (退费), netted with its charge (refunds.ts).
  const refundWithPositiveAmount =
    thousandths !== undefined && thousandths < 0 && amount.fen !== undefined && amount.fen > 0;
  if (refundWithPositiveAmount) {
    problem(
      'negative-quantity',
      `quantity：${quantityText} 为负而金额为正（退费行的数量和金额都应为负）`,
    );
  } else if (thousandths === 0) {
    problem('zero-quantity', `quantity：${quantityText} 为零`);
  }
  if (
    thousandths !== undefined &&
    thousandths !== 0 &&
    !refundWithPositiveAmount &&
    price.fen !== undefined &&
    price.fen >= 0 &&
    amount.fen !== undefined &&
    amountOf(price.fen, thousandths) !== BigInt(amount.fen)
  ) {
    problem(
      'amount-mismatch',
      `${amount.column}：${text(amount.column)} ≠ quantity ${quantityText} × ${price.column} ${text(price.column)}`,
    );
  }

  const inpatient = type === 'inpatient' ? inpatientRecord(text, integer, problem) : undefined;
  const firstDiagnosis = inpatient?.diagnoses[0];
  if (inpatient && firstDiagnosis === undefined && principalDiagnosis !== '') {
    inpatient.diagnoses.push(principalDiagnosis);
  } else if (firstDiagnosis !== undefined && firstDiagnosis !== principalDiagnosis) {
    problem(
      'inconsistent-encounter',
      `diagnoses 的第一项应为 principal_dx（${principalDiagnosis}）`,
    );
  }

  const key: unknown[] = [
    personId,
    hospitalCode,
    hospitalName,
    level ?? null,
    sponsor ?? null,
    scheme ?? null,
    type ?? null,
    startDate ?? null,
    endDate ?? null,
    principalDiagnosis,
  ];
  if (type === 'inpatient') {
    key.push(
      text('diagnoses'),
      text('procedures'),
      ...(['sex', 'age_years', 'age_days', 'birth_weight_g', 'los_days'] as const).map((column) =>
        column === 'sex'
          ? (values.sexOf(text(column)) ?? null)
          : (values.integerOf(text(column)) ?? null),
      ),
      text('discharge_type'),
      text('dept'),
    );
  }
  const lineValues: LineValues = {
    encounterId: id || null,
    encounterKey: JSON.stringify(key),
    hospitalCode: hospitalCode || null,
    itemCode: itemCode || null,
    lineNo,
    thousandths: thousandths ?? null,
    unitPriceFen: price.fen ?? null,
    amountFen: amount.fen ?? null,
  };

  if (problems.length > 0) return { problems, values: lineValues };
  const hospital: Hospital = {
    id: hospitalCode,
    name: hospitalName || hospitalCode,
    level: values.levelNumber(level as '1' | '2' | '3'),
    sponsor: sponsor as Hospital['sponsor'],
  };
  const encounter: EncounterFields = {
    id,
    personId,
    hospital,
    scheme: scheme as InsuranceScheme,
    type: type as EncounterFields['type'],
    startDate: startDate as string,
    endDate: endDate as string,
    principalDiagnosis,
    ...(inpatient ? { inpatient } : {}),
  };
  const line: BillLine = {
    lineNo: lineNo as number,
    itemCode,
    ...(text('item_name') ? { itemName: text('item_name') } : {}),
    category: category as BillLine['category'],
    ...(tag ? { tag } : {}),
    insuranceClass: insuranceClass as BillLine['insuranceClass'],
    quantity: (thousandths as number) / 1000,
    unitPriceFen: price.fen as number,
    amountFen: amount.fen as number,
    ...(serviceDate ? { serviceDate } : {}),
  };
  return { parsed: { encounter, line }, problems, values: lineValues };
}

function inpatientRecord(
  text: (column: SourceColumnName) => string,
  integer: (column: SourceColumnName) => number | null,
  problem: (reason: RejectionReason, message: string) => void,
): InpatientRecord {
  const sexText = text('sex');
  const sex = sexText === '' ? undefined : values.sexOf(sexText);
  if (sexText !== '' && sex === undefined)
    problem('malformed-number', `sex：“${sexText}”应为 1 或 2`);
  return {
    diagnoses: codes(text('diagnoses')),
    procedures: codes(text('procedures')),
    sex: sex === undefined ? null : sex === '1' ? 1 : 2,
    ageYears: integer('age_years'),
    ageDays: integer('age_days'),
    birthWeightGrams: integer('birth_weight_g'),
    losDays: integer('los_days'),
    dischargeType: text('discharge_type'),
    dept: text('dept'),
  };
}
