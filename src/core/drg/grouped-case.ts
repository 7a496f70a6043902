// A discharged case after grouping, with what payment and case-mix rules read: hospital, cost, stay.
// The cost is the stay's itemized-bill total, i.e. what fee-for-service would pay the hospital.
import { badInput } from '../shared/errors';
import type { Fen } from '../shared/money';
import { GROUP_STATUS, UNGROUPABLE_DRG, type GroupStatus } from './types';

/** 一级 / 二级 / 三级. */
export type HospitalLevel = 1 | 2 | 3;

export const HOSPITAL_LEVELS: readonly HospitalLevel[] = [1, 2, 3];

export const LEVEL_NAMES: Record<HospitalLevel, string> = { 1: '一级', 2: '二级', 3: '三级' };

export interface GroupedCase {
  caseId: string;
  hospitalId: string;
  hospitalLevel: HospitalLevel;
  /** Discharge department (出院科室); empty when unknown. */
  department: string;
  /** Discharge date YYYY-MM-DD: decides the month and the year of the case. */
  dischargeDate: string;
  /** The grouper's status: only 分组成功 is paid by DRG. */
  status: GroupStatus;
  /** The DRG code; "0000" when ungroupable, empty when the input checks failed. */
  drg: string;
  /** Total cost of the stay in fen (the fee-for-service amount); never negative. */
  costFen: Fen;
  /** Length of stay in days, for the time-efficiency index. */
  lengthOfStayDays: number;
}

/** True when the case has a DRG that payment and indices may use. */
export const isGrouped = (groupedCase: GroupedCase): boolean =>
  groupedCase.status === GROUP_STATUS.success &&
  groupedCase.drg !== '' &&
  groupedCase.drg !== UNGROUPABLE_DRG;

export const dischargeYear = (groupedCase: GroupedCase): number =>
  Number(groupedCase.dischargeDate.slice(0, 4));

/** YYYY-MM of the discharge date. */
export const dischargeMonth = (groupedCase: GroupedCase): string =>
  groupedCase.dischargeDate.slice(0, 7);

/** Throws unless the cost is a whole, non-negative number of fen: refunds are not cases. */
export function checkCaseCost(groupedCase: GroupedCase): void {
  if (!Number.isSafeInteger(groupedCase.costFen) || groupedCase.costFen < 0) {
    throw badInput(
      `病例 ${groupedCase.caseId} 的总费用（costFen）“${groupedCase.costFen}”应为不小于 0 的整数分`,
    );
  }
}
