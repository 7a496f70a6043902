// Turns one row of a case file (the columns of data/drg/samples/input_DRG_Python.txt) into a DrgCase;
// a value that is not what the column holds is an error naming the file, line and column.
import { badInput } from '../shared/errors';
import type { DrgCase } from './types';

/** The columns a case file must have; lists are separated by `|`, other columns are ignored. */
export const CASE_COLUMNS = [
  'Index',
  'gender',
  'age',
  'ageDay',
  'weight',
  'dept',
  'inHospitalTime',
  'leavingType',
  'ICD10_DRGS',
  'ICD9_DRGS',
] as const;

const COLUMN_LABELS: Record<(typeof CASE_COLUMNS)[number], string> = {
  Index: '病案号',
  gender: '性别',
  age: '年龄',
  ageDay: '日龄',
  weight: '出生体重',
  dept: '科室',
  inHospitalTime: '住院天数',
  leavingType: '离院方式',
  ICD10_DRGS: '诊断',
  ICD9_DRGS: '手术操作',
};

export interface RecordPlace {
  file: string;
  /** 1-based line in the file, counting the header. */
  line: number;
}

export function checkCaseColumns(columns: readonly string[], file: string): void {
  const missing = CASE_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw badInput(`缺少列 ${missing.join('、')}（需要 ${CASE_COLUMNS.join(',')}）`, {
      where: file,
      line: 1,
    });
  }
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
  const columns = header.map((column) => column.trim());
  checkCaseColumns(columns, file);
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

function numberOf(
  value: string,
  column: (typeof CASE_COLUMNS)[number],
  place: RecordPlace,
): number | null {
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

function caseOfValues(
  valueOf: (column: (typeof CASE_COLUMNS)[number]) => string,
  place: RecordPlace,
): DrgCase {
  const text = (column: (typeof CASE_COLUMNS)[number]) => valueOf(column).trim();
  const number = (column: (typeof CASE_COLUMNS)[number]) => numberOf(text(column), column, place);
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
