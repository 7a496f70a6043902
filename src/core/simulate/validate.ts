// Checks bills and a scenario before a run, and names each problem by encounter, line and field the way
// the user wrote them (e.g. "encounter E12 line 3, amountFen: 1250 ≠ quantity 2 × price 600").

import { multiplyByQuantity } from '../shared/money';
import { isChargeCategory } from './categories';
import { INSURANCE_SCHEMES, type Encounter, type Hospital } from './bills';
import { checkCompensationRule } from './compensation';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from './scenario';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const isFen = (value: number) => Number.isSafeInteger(value) && value >= 0;

export function checkEncounter(
  encounter: Encounter,
  hospitals: ReadonlyMap<string, Hospital>,
): string[] {
  const at = `encounter ${encounter.id}`;
  const problems: string[] = [];
  if (!hospitals.has(encounter.hospitalId))
    problems.push(`${at}, hospitalId: 未知医院 ${encounter.hospitalId}`);
  if (!INSURANCE_SCHEMES.includes(encounter.scheme))
    problems.push(`${at}, scheme: 未知险种 ${encounter.scheme}`);
  if (!datePattern.test(encounter.startDate))
    problems.push(`${at}, startDate: 日期应写成 YYYY-MM-DD`);
  if (!datePattern.test(encounter.endDate)) problems.push(`${at}, endDate: 日期应写成 YYYY-MM-DD`);
  if (encounter.endDate < encounter.startDate) problems.push(`${at}, endDate: 早于 startDate`);
  for (const line of encounter.lines) {
    const where = `${at} line ${line.lineNo}`;
    if (!isChargeCategory(line.category))
      problems.push(`${where}, category: 未知收费类别 ${line.category}`);
    if (!['A', 'B', 'C'].includes(line.insuranceClass))
      problems.push(`${where}, insuranceClass: 应为 A、B 或 C`);
    if (!isFen(line.unitPriceFen)) problems.push(`${where}, unitPriceFen: 应为非负整数分`);
    if (!isFen(line.amountFen)) problems.push(`${where}, amountFen: 应为非负整数分`);
    if (line.serviceDate !== undefined && !datePattern.test(line.serviceDate)) {
      problems.push(`${where}, serviceDate: 日期应写成 YYYY-MM-DD`);
    }
    let expected: number | null = null;
    try {
      if (!(line.quantity > 0)) throw new RangeError('数量应大于0');
      expected = isFen(line.unitPriceFen)
        ? multiplyByQuantity(line.unitPriceFen, line.quantity)
        : null;
    } catch (error) {
      problems.push(
        `${where}, quantity: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (expected !== null && expected !== line.amountFen) {
      problems.push(
        `${where}, amountFen: ${line.amountFen} ≠ quantity ${line.quantity} × price ${line.unitPriceFen}`,
      );
    }
  }
  return problems;
}

export function checkScenario(scenario: Scenario): string[] {
  const problems: string[] = [];
  if (scenario.schemaVersion !== SCENARIO_SCHEMA_VERSION) {
    problems.push(
      `schemaVersion: 应为 ${SCENARIO_SCHEMA_VERSION}，收到 ${String(scenario.schemaVersion)}`,
    );
  }
  if (!datePattern.test(scenario.markup.effectiveFrom))
    problems.push('markup.effectiveFrom: 日期应写成 YYYY-MM-DD');
  if (!Number.isSafeInteger(scenario.markup.rate) || scenario.markup.rate < 0) {
    problems.push('markup.rate: 应为非负整数万分比');
  }
  scenario.priceSchedule.forEach((entry, index) => {
    if (!isFen(entry.priceFen)) problems.push(`priceSchedule[${index}].priceFen: 应为非负整数分`);
    if (!datePattern.test(entry.effectiveFrom))
      problems.push(`priceSchedule[${index}].effectiveFrom: 日期格式`);
  });
  for (const [when, policy] of Object.entries(scenario.reimbursement)) {
    policy.rules.forEach((entry, index) => {
      const { rule } = entry;
      const where = `reimbursement.${when}.rules[${index}]`;
      if (rule.ratio < 0 || rule.ratio > 10_000) problems.push(`${where}.ratio: 应在0到100%之间`);
      if (rule.classBSelfPayShare < 0 || rule.classBSelfPayShare > 10_000) {
        problems.push(`${where}.classBSelfPayShare: 应在0到100%之间`);
      }
      if (!isFen(rule.deductibleFen)) problems.push(`${where}.deductibleFen: 应为非负整数分`);
      if (rule.annualCapFen !== null && !isFen(rule.annualCapFen))
        problems.push(`${where}.annualCapFen: 应为非负整数分`);
      rule.fixedAmounts.forEach((fixed, f) => {
        if (!isFen(fixed.quotaFen))
          problems.push(`${where}.fixedAmounts[${f}].quotaFen: 应为非负整数分`);
      });
    });
  }
  return [...problems, ...checkCompensationRule(scenario.compensation)];
}
