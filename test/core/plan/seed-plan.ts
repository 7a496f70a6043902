// Helpers for the seed-plan tests: load a seed document and put its tasks in table rows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../../src/core/plan/parse';
import type { Plan } from '../../../src/core/plan/types';

export function loadSeedPlan(name: string): Plan {
  const url = new URL(`../../../src/demo/documents/${name}`, import.meta.url);
  return parsePlan(readFileSync(fileURLToPath(url), 'utf8'));
}

function unitList(units: string[]): string {
  // A name holding "、" would be two units read as one; the row format would hide that.
  for (const unit of units) if (unit.includes('、')) throw new Error(`unit not split: ${unit}`);
  return units.join('、');
}

/** "key | ref | title | lead、lead | co、co | due | line" for each task. */
export function taskRows(plan: Plan): string[] {
  return plan.tasks.map((t) =>
    [
      t.key,
      t.ref,
      t.title,
      unitList(t.lead),
      unitList(t.co),
      t.due ?? '',
      String(t.source.line),
    ].join(' | '),
  );
}
