// The case fields a rule may read, their Chinese labels, and how a missing value compares (as 0).
import { badInput } from '../shared/errors';
import type { CaseField, DrgCase } from './types';

const LABELS: Record<CaseField, string> = {
  gender: '性别',
  age: '年龄',
  ageDay: '日龄',
  weight: '出生体重',
  inHospitalTime: '住院天数',
  leavingType: '离院方式',
  dept: '科室',
};

export const fieldLabel = (field: CaseField): string => LABELS[field];

/** The field's value, or null when the record leaves it empty. */
export function readCaseField(drgCase: DrgCase, field: CaseField): number | string | null {
  if (field === 'dept') return drgCase.dept === '' ? null : drgCase.dept;
  return drgCase[field];
}

/** A reader of the field as a number; an empty field counts as 0 (so an empty weight is `< 1500`). */
export function numericField(field: CaseField): (drgCase: DrgCase) => number {
  switch (field) {
    case 'gender':
      return (k) => k.gender ?? 0;
    case 'age':
      return (k) => k.age ?? 0;
    case 'ageDay':
      return (k) => k.ageDay ?? 0;
    case 'weight':
      return (k) => k.weight ?? 0;
    case 'inHospitalTime':
      return (k) => k.inHospitalTime ?? 0;
    case 'leavingType':
      return (k) => k.leavingType ?? 0;
    case 'dept':
      return (k) => Number(k.dept) || 0;
    default:
      throw badInput(`规则引用了病案中没有的字段 ${String(field)}`);
  }
}
