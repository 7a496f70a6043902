// Turns one row of a case file (the columns of data/drg/samples/input_DRG_Python.txt) into a DrgCase;
// a value that is not what the column holds is an error naming the file, line and column.
import { badInput } from '../shared/errors';
import { CASE_COLUMN_TABLE, caseColumnOf, type CaseColumnName } from './case-columns';
import type { DrgCase } from './types';

/** The columns a case file must have; lists are separated by `|`, other columns are ignored. */
export const CASE_COLUMNS: readonly CaseColumnName[] = CASE_COLUMN_TABLE.map(
  (column) => column.name,
);

const COLUMN_LABELS = Object.fromEntries(
  CASE_COLUMN_TABLE.map((column) => [column.name, column.header]),
) as Record<CaseColumnName, string>;

export interface RecordPlace {
  file: string;
  /** 1-based line in the file, counting the header. */
  line: number;
}

/**
 * The format's name of each header (English name, Chinese header or alias; a header that names no case
 * column is kept as written and ignored); a missing column is an error naming it both ways.
 */
export function checkCaseColumns(columns: readonly string[], file: string): string[] {
  const names = columns.map((column) => caseColumnOf(column) ?? column);
  const missing = CASE_COLUMN_TABLE.filter((column) => !names.includes(column.name));
  if (missing.length > 0) {
    const listed = missing.map((column) => `${column.header}（${column.name}）`).join('、');
    throw badInput(
      `缺少列 ${listed}。需要的列：${CASE_COLUMN_TABLE.map((column) => `${column.header}（${column.name}）`).join('、')}；表头可用中文或英文列名`,
      { where: file, line: 1 },
    );
  }
  return names;
}

const isBlank = (code: string) =>
  code === '' || code.charCodeAt(0) <= 32 || code.charCodeAt(code.length - 1) <= 32;

/** A `|`-separated list; codes trimmed, empty ones dropped (the common clean list is returned as split). */
function splitCodes(text: string): string[] {
  if (text === '') return [];
  const codes = text.split('|');
  if (!codes.some(isBlank)) return codes;
  return codes.map((code) => code.trim()).filter((code) => code !== '');
}

export function parseCaseRecord(
  record: Readonly<Record<string, string | undefined>>,
  place: RecordPlace,
): DrgCase {
  return caseOfValues((column) => record[column] ?? '', place);
}

/**
 * A reader of rows given as arrays in the order of `header` (a CSV file read without building an object
 * per row): checks the header once, then turns each row into a DrgCase exactly as parseCaseRecord does.
 */
export function caseRowReader(
  header: readonly string[],
  file: string,
): (values: readonly string[], line: number) => DrgCase {
  const columns = checkCaseColumns(
    header.map((column) => column.trim()),
    file,
  );
  const [id, gender, age, ageDay, weight, dept, stay, leaving, diagnoses, procedures] =
    CASE_COLUMNS.map((column) => columns.indexOf(column)) as number[] as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
  // Written out field by field: this runs once per row of files with millions of rows.
  return (values, line) => {
    const place = { file, line };
    const caseId = trimmed(values[id]);
    if (caseId === '') throw badInput('病案号（Index）为空', { where: file, line });
    const genderText = trimmed(values[gender]);
    return {
      id: caseId,
      gender:
        genderText === '男' ? 1 : genderText === '女' ? 2 : numberOf(genderText, 'gender', place),
      age: numberOf(trimmed(values[age]), 'age', place),
      ageDay: numberOf(trimmed(values[ageDay]), 'ageDay', place),
      weight: numberOf(trimmed(values[weight]), 'weight', place),
      dept: trimmed(values[dept]),
      inHospitalTime: numberOf(trimmed(values[stay]), 'inHospitalTime', place),
      leavingType: numberOf(trimmed(values[leaving]), 'leavingType', place),
      diagnoses: splitCodes(trimmed(values[diagnoses])),
      procedures: splitCodes(trimmed(values[procedures])),
    };
  };
}

const trimmed = (value: string | undefined): string =>
  value === undefined || value === '' ? '' : isBlank(value) ? value.trim() : value;

function numberOf(value: string, column: CaseColumnName, place: RecordPlace): number | null {
  if (value === '') return null;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) {
    throw badInput(`${COLUMN_LABELS[column]}（${column}）“${value}”不是数字`, {
      where: place.file,
      line: place.line,
    });
  }
  return parsed;
}

function caseOfValues(valueOf: (column: CaseColumnName) => string, place: RecordPlace): DrgCase {
  const text = (column: CaseColumnName) => valueOf(column).trim();
  const number = (column: CaseColumnName) => numberOf(text(column), column, place);
  const genderText = text('gender');
  const id = text('Index');
  if (id === '') throw badInput('病案号（Index）为空', { where: place.file, line: place.line });
  return {
    id,
    gender: genderText === '男' ? 1 : genderText === '女' ? 2 : number('gender'),
    age: number('age'),
    ageDay: number('ageDay'),
    weight: number('weight'),
    dept: text('dept'),
    inHospitalTime: number('inHospitalTime'),
    leavingType: number('leavingType'),
    diagnoses: splitCodes(text('ICD10_DRGS')),
    procedures: splitCodes(text('ICD9_DRGS')),
  };
}
