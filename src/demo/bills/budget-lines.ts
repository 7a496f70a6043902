// Turns money meant for a charge category into bill lines: picks items the hospital offers for this kind
// of encounter and sets quantities so the expected amount equals the budget. Every amount is exact fen.
import type { EncounterType, HospitalLevel } from '../../core/simulate/bills';
import { multiplyByQuantity } from '../../core/shared/money';
import type { HospitalType } from './hospitals';
import { DEMO_ITEMS, priceAt, type DemoItem } from './items';
import type { BudgetCategory } from './parameters';
import { stochasticRound, type Random } from './random';

export interface DraftLine {
  item: DemoItem;
  quantityThousandths: number;
  unitPriceFen: number;
  amountFen: number;
}

export interface LineContext {
  level: HospitalLevel;
  hospitalType: HospitalType;
  encounterType: EncounterType;
  procedures: readonly string[];
  /** Drugs of a hospital without markup sell at purchase price: the catalogue price ÷ 1.15. */
  chargesMarkup: boolean;
}

/** The price this hospital charges for an item. */
export function unitPrice(entry: DemoItem, context: LineContext): number {
  const price = priceAt(entry, context.level);
  const drug = entry.category === 'western-drug' || entry.category === 'tcm-patent-drug';
  return drug && !context.chargesMarkup ? Math.max(1, Math.round((price * 100) / 115)) : price;
}

export function draftLine(
  entry: DemoItem,
  quantityThousandths: number,
  context: LineContext,
): DraftLine {
  const unitPriceFen = unitPrice(entry, context);
  return {
    item: entry,
    quantityThousandths,
    unitPriceFen,
    amountFen: multiplyByQuantity(unitPriceFen, quantityThousandths / 1000),
  };
}

const eligibleCache = new Map<string, DemoItem[]>();

function eligible(category: BudgetCategory, context: LineContext): DemoItem[] {
  const key = `${category}|${context.level}|${context.hospitalType}|${context.encounterType}|${context.procedures.join(',')}`;
  let items = eligibleCache.get(key);
  if (items === undefined) {
    items = DEMO_ITEMS.filter(
      (entry) =>
        entry.category === category &&
        entry.weight > 0 &&
        priceAt(entry, context.level) > 0 &&
        (entry.use === 'both' || entry.use === context.encounterType) &&
        (entry.types === undefined || entry.types.includes(context.hospitalType)) &&
        (entry.procedures === undefined ||
          entry.procedures.some((prefix) => context.procedures.some((p) => p.startsWith(prefix)))),
    );
    eligibleCache.set(key, items);
  }
  return items;
}

/** Up to `count` items drawn by weight without replacement. */
function drawItems(random: Random, items: readonly DemoItem[], count: number): DemoItem[] {
  const pool = [...items];
  const chosen: DemoItem[] = [];
  while (chosen.length < count && pool.length > 0) {
    const total = pool.reduce((sum, entry) => sum + entry.weight, 0);
    let target = random() * total;
    let index = 0;
    for (; index < pool.length - 1; index++) {
      target -= (pool[index] as DemoItem).weight;
      if (target < 0) break;
    }
    chosen.push(pool.splice(index, 1)[0] as DemoItem);
  }
  return chosen;
}

/**
 * Lines for `budgetFen` of a category: `maxItems` distinct items at most, the budget split between them at
 * random, each quantity rounded up or down at random so the expected amount is the budget.
 */
export function budgetLines(
  random: Random,
  category: BudgetCategory,
  budgetFen: number,
  maxItems: number,
  context: LineContext,
): DraftLine[] {
  const items = eligible(category, context);
  if (items.length === 0 || budgetFen <= 0) return [];
  const chosen = drawItems(random, items, 1 + Math.floor(random() * maxItems));
  const parts = chosen.map(() => 0.2 + random());
  const partSum = parts.reduce((sum, part) => sum + part, 0);
  const lines: DraftLine[] = [];
  chosen.forEach((entry, index) => {
    const price = unitPrice(entry, context);
    const step = entry.stepThousandths ?? 1000;
    const share = (budgetFen * (parts[index] as number)) / partSum;
    const steps = stochasticRound(random, share / ((price * step) / 1000));
    if (steps > 0) lines.push(draftLine(entry, steps * step, context));
  });
  return lines;
}
