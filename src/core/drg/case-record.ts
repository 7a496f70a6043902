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

const splitCodes = (text: string): string[] =>
  text === ''
    ? []
    : text
        .split('|')
        .map((code) => code.trim())
        .filter((code) => code !== '');

export function parseCaseRecord(
  record: Readonly<Record<string, string | undefined>>,
  place: RecordPlace,
): DrgCase {
  const text = (column: (typeof CASE_COLUMNS)[number]) => (record[column] ?? '').trim();
  const number = (column: (typeof CASE_COLUMNS)[number]): number | null => {
    const value = text(column);
    if (value === '') return null;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) {
      throw badInput(`${COLUMN_LABELS[column]}（${column}）“${value}”不是数字`, {
        where: place.file,
        line: place.line,
      });
    }
    return parsed;
  };
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
