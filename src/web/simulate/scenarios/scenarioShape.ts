// A light check of a scenario typed as JSON before it replaces the form: the parts and their kinds. The
// server checks every value again on save and names the field of any problem.
import type { Scenario } from './api';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isWhole = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value);

/** Problems in Chinese, each naming its path; empty when the shape is right. */
export function scenarioShapeProblems(value: unknown): string[] {
  if (!isObject(value)) return ['最外层应是一个对象 { … }'];
  const problems: string[] = [];
  const need = (ok: boolean, text: string) => {
    if (!ok) problems.push(text);
  };
  need(value['schemaVersion'] === 1, 'schemaVersion：应为 1');
  need(typeof value['name'] === 'string' && value['name'] !== '', 'name：应为非空文字');
  need(
    value['pricingDate'] === null || isDate(value['pricingDate']),
    'pricingDate：应为 YYYY-MM-DD 或 null',
  );
  const markup = value['markup'];
  if (!isObject(markup)) problems.push('markup：缺少取消加成规则');
  else {
    need(isDate(markup['effectiveFrom']), 'markup.effectiveFrom：应为 YYYY-MM-DD');
    need(isWhole(markup['rate']), 'markup.rate：应为整数基点（1500 = 15%）');
    for (const key of ['exemptCategories', 'hospitalsWithoutMarkup', 'abolishedTags'])
      need(Array.isArray(markup[key]), `markup.${key}：应为数组 [ … ]`);
  }
  need(Array.isArray(value['priceSchedule']), 'priceSchedule：应为数组 [ … ]');
  const reimbursement = value['reimbursement'];
  if (!isObject(reimbursement)) problems.push('reimbursement：缺少报销政策');
  else {
    for (const side of ['before', 'after']) {
      const policy = reimbursement[side];
      need(
        isObject(policy) && Array.isArray(policy['rules']) && isDate(policy['effectiveFrom']),
        `reimbursement.${side}：应有 effectiveFrom 和 rules`,
      );
    }
  }
  const compensation = value['compensation'];
  need(
    isObject(compensation) &&
      (compensation['kind'] === 'split' || compensation['kind'] === 'floor'),
    'compensation.kind：应为 split 或 floor',
  );
  const base = value['compensationBase'];
  need(
    isObject(base) &&
      ['simulated', 'base-year-markup', 'base-year-drug-spending'].includes(String(base['kind'])),
    'compensationBase.kind：应为 simulated、base-year-markup 或 base-year-drug-spending',
  );
  const conditions = value['conditions'];
  need(
    isObject(conditions) && isWhole(conditions['fundMaxIncrease']),
    'conditions.fundMaxIncrease：应为整数基点',
  );
  return problems;
}

/** Parses JSON text into a scenario, or the problems (with the line of a syntax error). */
export function parseScenario(text: string): { scenario: Scenario } | { problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    return {
      problems: [`JSON 语法错误${line === null ? '' : `（第 ${line} 行附近）`}：${message}`],
    };
  }
  const problems = scenarioShapeProblems(value);
  return problems.length > 0 ? { problems } : { scenario: value as Scenario };
}
