// The source text of src/core/simulate/presets-from-plans.ts: the parse of each preset's seed document.
import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { parsePlan } from '../../../src/core/plan/parse';
import { PRESET_IDS, PRESET_PLANS } from '../../../src/core/simulate/presets';

const read = (document: string) =>
  readFileSync(new URL(`../../../src/demo/documents/${document}`, import.meta.url), 'utf8');

export async function generated(): Promise<string> {
  const entries = PRESET_IDS.map((id) => {
    const plan = parsePlan(read(PRESET_PLANS[id].document));
    return [id, { issuedOn: plan.issuedOn, mechanisms: plan.mechanisms }] as const;
  });
  const source = `// Generated from the seed plans by test/core/plan/mechanisms-presets.test.ts (vitest -u): what the parser
// reads from each preset's document. Do not edit by hand; change the parser and regenerate.
import type { PlanMechanisms } from '../plan/mechanisms/types';

export const PRESET_MECHANISMS: Record<
  'banan-2017' | 'harbin-2017' | 'ziyang-2017',
  { issuedOn: string | null; mechanisms: PlanMechanisms }
> = ${JSON.stringify(Object.fromEntries(entries))};
`;
  return format(source, {
    parser: 'typescript',
    printWidth: 100,
    singleQuote: true,
    trailingComma: 'all',
  });
}
