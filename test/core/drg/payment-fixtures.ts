// Shared by the payment, point and case-mix tests: a small weight table with round numbers and a case builder.
import type { GroupedCase } from '../../../src/core/drg/grouped-case';
import type { DrgPaymentRule } from '../../../src/core/drg/payment';
import { GROUP_STATUS } from '../../../src/core/drg/types';
import type { WeightTable } from '../../../src/core/drg/weights';

/** Base rate 7,938.24 yuan per RW (Yancheng's implied rate), 二级 0.9, 三级 1.05. */
export const exampleTable: WeightTable = {
  pool: '示例市',
  year: 2024,
  baseRateFen: 793_824,
  levelCoefficients: { 2: '0.9', 3: '1.05' },
  groups: [
    {
      drg: 'ES23',
      name: '呼吸系统感染/炎症，伴并发症',
      rw: '1.2345',
      caseByCase: false,
      meanCostFen: 1_000_000,
    },
    { drg: 'GZ15', name: '其他消化系统诊断，不伴并发症', rw: '0.8', caseByCase: false },
    { drg: 'FM19', name: '经皮心血管操作及经皮心腔内操作', rw: '4.5', caseByCase: true },
    { drg: 'CR19', rw: null, caseByCase: false },
    { drg: 'BD29', rw: '10.5', caseByCase: false, levelCoefficients: { 2: null } },
  ],
};

export const exampleRule: DrgPaymentRule = {
  table: exampleTable,
  highMultiple: '3',
  highExcessRate: 9000,
  lowMultiple: '0.4',
  lowPay: 'cost',
  outlierReference: 'group-mean',
  standard: 'formula',
};

let counter = 0;

export function caseOf(
  fields: Partial<GroupedCase> & { drg: string; costFen: number },
): GroupedCase {
  counter += 1;
  return {
    caseId: `C${counter}`,
    hospitalId: 'H1',
    hospitalLevel: 3,
    department: '内科',
    dischargeDate: '2024-03-15',
    status: GROUP_STATUS.success,
    lengthOfStayDays: 7,
    ...fields,
  };
}
