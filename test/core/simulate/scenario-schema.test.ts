// The one scenario schema: a scenario as data is read the same way from the API and from a file, and every
// problem names the field in Chinese with its dotted path in `where`.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/shared/errors';
import { preset } from '../../../src/core/simulate/presets';
import {
  parseScenario,
  parseScenarioJson,
  scenarioProblems,
} from '../../../src/core/simulate/scenario-schema';

interface LooseScenario {
  reimbursement: { after: { rules: { rule: { ratio: unknown; deductibleFen: unknown } }[] } };
  priceSchedule: unknown[];
}

const banan = () => structuredClone(preset('banan-2017').scenario) as unknown as LooseScenario;

function thrown(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('scenario schema', () => {
  it('accepts every preset as it is', () => {
    for (const id of ['banan-2017', 'harbin-2017', 'ziyang-2017'] as const) {
      expect(scenarioProblems(preset(id).scenario)).toEqual([]);
    }
  });

  it('names the field of a file in Chinese, with the file and the dotted path', () => {
    const scenario = banan();
    const third = scenario.reimbursement.after.rules[2];
    if (!third) throw new Error('expected a third rule');
    third.rule.ratio = 0.5;
    const error = thrown(() => parseScenarioJson(JSON.stringify(scenario), 's.json'));
    expect(error.message).toMatch(
      /^报销政策（改革后） → .+ → 报销比例：应为 0 到 10000 之间的整数/,
    );
    expect(error.details.where).toBe('s.json（reimbursement.after.rules.2.rule.ratio）');
  });

  it('says when a file is not JSON', () => {
    const error = thrown(() => parseScenarioJson('{ "id": ', 's.json'));
    expect(error.message).toContain('不是有效的 JSON');
    expect(error.details.where).toBe('s.json');
  });

  it('keeps a price entry marked as an assumption', () => {
    const scenario = banan();
    scenario.priceSchedule.push({
      itemCode: '110200001',
      level: 3,
      priceFen: 900,
      effectiveFrom: '2017-09-01',
      assumption: '示例调价',
    });
    expect(parseScenario(scenario).priceSchedule[0]?.assumption).toBe('示例调价');
  });
});
