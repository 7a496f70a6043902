// The demo scenario: banan-2017 as the plan states it, with the demo bills' hospitals that already sold
// drugs without markup, and an example price schedule over the demo catalogue, every entry marked assumed.
import { roundDiv, type Fen } from '../../core/shared/money';
import type { HospitalLevel } from '../../core/simulate/bills';
import { preset } from '../../core/simulate/presets';
import type { PriceScheduleEntry, Scenario } from '../../core/simulate/scenario';
import { HOSPITALS_WITHOUT_MARKUP } from '../bills/hospitals';
import { DEMO_ITEMS, priceAt } from '../bills/items';
import { DEMO_PRICE_CHANGES, type PriceChanges } from './demo-price-changes';
import { priceGroupOf } from './price-groups';

export const DEMO_SCENARIO_NAME = '巴南区演示方案（示例调价表）';
export const DEMO_PRICE_NOTE = '示例调价，仅用于演示；请导入本地调价表';

const LEVELS: readonly HospitalLevel[] = [1, 2, 3];

/** A price changed by `change` basis points, to the jiao (一角) as price lists write it. */
const changed = (priceFen: Fen, change: number): Fen =>
  Number(roundDiv(BigInt(priceFen) * BigInt(10_000 + change), 100_000n)) * 10;

/** One entry per catalogue item and level it is offered at whose price the changes move. */
export function demoPriceSchedule(
  effectiveFrom: string,
  changes: PriceChanges = DEMO_PRICE_CHANGES,
): PriceScheduleEntry[] {
  const entries: PriceScheduleEntry[] = [];
  for (const item of DEMO_ITEMS) {
    const group = priceGroupOf(item);
    if (group === null) continue;
    for (const level of LEVELS) {
      const before = priceAt(item, level);
      const after = changed(before, changes[group][level]);
      if (before === 0 || after === before) continue;
      entries.push({
        itemCode: item.code,
        level,
        priceFen: after,
        effectiveFrom,
        // Banan 三（三）3: adjusted items become 甲类.
        insuranceClass: 'A',
        assumption: DEMO_PRICE_NOTE,
      });
    }
  }
  return entries;
}

export function demoScenario(changes: PriceChanges = DEMO_PRICE_CHANGES): Scenario {
  const { scenario } = preset('banan-2017');
  return {
    ...scenario,
    name: DEMO_SCENARIO_NAME,
    markup: { ...scenario.markup, hospitalsWithoutMarkup: [...HOSPITALS_WITHOUT_MARKUP] },
    priceSchedule: demoPriceSchedule(scenario.markup.effectiveFrom, changes),
  };
}
