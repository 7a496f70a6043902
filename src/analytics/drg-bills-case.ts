// An inpatient encounter of a bill file as a DRG case: the 病案首页 fields the grouper reads, and after grouping
// the GroupedCase that payment and case-mix rules read (cost = the encounter's bill total in fen).
import type { GroupedCase, HospitalLevel } from '../core/drg/grouped-case';
import type { DrgCase, DrgResult } from '../core/drg/types';
import type { Fen } from '../core/shared/money';
import type { InpatientRecord } from './bills/parse-line';

/** One inpatient encounter as read from the bills (by the reader, or aggregated to one row). */
export interface BillInpatient {
  id: string;
  personId: string;
  hospitalId: string;
  hospitalLevel: HospitalLevel;
  startDate: string;
  endDate: string;
  principalDiagnosis: string;
  record: InpatientRecord;
  /** Σ amount of the encounter's lines. */
  costFen: Fen;
  lines: number;
}

/** What a case carries beyond GroupedCase, for lists and files of cases. */
export interface BillCaseDetail {
  personId: string;
  admissionDate: string;
  principalDiagnosis: string;
  mdc: string;
  adrg: string;
  drgName: string;
  /** The grouper's messages (why a case failed the input checks). */
  messages: readonly string[];
  /** Data-quality warnings of a case that grouped all the same (unknown codes, sex or age mismatch). */
  warnings: readonly string[];
  lines: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** los_days when the file gives it, else discharge − admission in days. */
export function lengthOfStay(inpatient: Pick<BillInpatient, 'record' | 'startDate' | 'endDate'>) {
  if (inpatient.record.losDays !== null) return inpatient.record.losDays;
  const start = Date.parse(`${inpatient.startDate}T00:00:00Z`);
  const end = Date.parse(`${inpatient.endDate}T00:00:00Z`);
  return Math.round((end - start) / DAY_MS);
}

/** 离院方式 as the grouper's number; text that is not a whole number is left empty. */
function leavingTypeOf(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

export function drgCaseOf(inpatient: BillInpatient): DrgCase {
  const { record } = inpatient;
  return {
    id: inpatient.id,
    gender: record.sex,
    age: record.ageYears,
    ageDay: record.ageDays,
    weight: record.birthWeightGrams,
    dept: record.dept,
    inHospitalTime: lengthOfStay(inpatient),
    leavingType: leavingTypeOf(record.dischargeType),
    diagnoses: record.diagnoses,
    procedures: record.procedures,
  };
}

export function groupedCaseOf(inpatient: BillInpatient, result: DrgResult): GroupedCase {
  return {
    caseId: inpatient.id,
    hospitalId: inpatient.hospitalId,
    hospitalLevel: inpatient.hospitalLevel,
    department: inpatient.record.dept,
    dischargeDate: inpatient.endDate,
    status: result.status,
    drg: result.drg,
    costFen: inpatient.costFen,
    lengthOfStayDays: Math.max(0, lengthOfStay(inpatient)),
  };
}

export function caseDetailOf(inpatient: BillInpatient, result: DrgResult): BillCaseDetail {
  return {
    personId: inpatient.personId,
    admissionDate: inpatient.startDate,
    principalDiagnosis: inpatient.principalDiagnosis,
    mdc: result.mdc,
    adrg: result.adrg,
    drgName: result.drgName,
    messages: result.messages,
    warnings: result.warnings,
    lines: inpatient.lines,
  };
}
