// A minimal scenario for rule tests: 15% markup removed from 2017-09-01 (中药饮片 exempt), no schedule.

import { SCENARIO_SCHEMA_VERSION, type Scenario } from '../../../src/core/simulate/scenario';
import { policyOf, rule } from './fixtures';

export const baseScenario = (over: Partial<Scenario> = {}): Scenario => ({
  schemaVersion: SCENARIO_SCHEMA_VERSION,
  id: 'test',
  name: '测试情景',
  version: 1,
  pricingDate: null,
  markup: {
    effectiveFrom: '2017-09-01',
    rate: 1500,
    exemptCategories: ['tcm-decoction-pieces'],
    hospitalsWithoutMarkup: [],
    abolishedTags: ['pharmacy-service-fee'],
  },
  priceSchedule: [],
  reimbursement: { before: policyOf(rule(), 'before'), after: policyOf(rule(), 'after') },
  compensation: {
    kind: 'floor',
    floorRate: 9000,
    fundingShares: { city: 0, district: 10_000 },
    fiscalSponsors: ['government'],
  },
  compensationBase: { kind: 'simulated' },
  conditions: { fundMaxIncrease: 0 },
  ...over,
});
