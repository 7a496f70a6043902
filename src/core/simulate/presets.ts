// Scenario presets: the draft scenarios the plan parser reads from the three seed plans that state money
// mechanisms (presets-from-plans.ts, checked against a fresh parse by test/core/plan/mechanisms-presets.test.ts).
// Every value carries its provenance: the plan's sentence and line, or a flag that it is an assumption to set.

import { draftScenario } from '../plan/mechanisms/draft';
import type { PlanMechanisms } from '../plan/mechanisms/types';
import { PRESET_NAMES, type PresetCode } from './preset-names';
import { PRESET_MECHANISMS } from './presets-from-plans';
import type { Scenario } from './scenario';

/** Where a value comes from. A path like "compensation.floorRate" or "reimbursement.after.rules.*.rule". */
export type Provenance =
  | { assumption?: false; source: SourceQuote }
  | { assumption: true; note: string; source?: SourceQuote };

export interface SourceQuote {
  /** File name under src/demo/documents. */
  document: string;
  /** 1-based line of the document. */
  line: number;
  /** Words as written on that line. */
  quote: string;
}

export interface Preset {
  id: PresetId;
  title: string;
  scenario: Scenario;
  /** Keyed by path into the scenario, array indices written as "*"; the longest matching prefix applies. */
  provenance: Readonly<Record<string, Provenance>>;
}

export const PRESET_IDS = [
  'banan-2017',
  'harbin-2017',
  'ziyang-2017',
] as const satisfies readonly PresetCode[];
export type PresetId = (typeof PRESET_IDS)[number];

/** Which shipped plan document each preset is read from (src/demo/documents), and its name. */
export const PRESET_PLANS: Readonly<
  Record<PresetId, { document: string; name: string; policyPrefix: string }>
> = {
  'banan-2017': {
    document: 'banan-2017-public-hospital-reform.txt',
    name: PRESET_NAMES['banan-2017'],
    policyPrefix: 'banan',
  },
  'harbin-2017': {
    document: 'harbin-2017-urban-public-hospital-reform.txt',
    name: PRESET_NAMES['harbin-2017'],
    policyPrefix: 'harbin',
  },
  'ziyang-2017': {
    document: 'ziyang-2017-comprehensive-reform-pilot.txt',
    name: PRESET_NAMES['ziyang-2017'],
    policyPrefix: 'ziyang',
  },
};

/** A fresh copy of a preset, so callers may edit the scenario freely. */
export function preset(id: PresetId): Preset {
  const plan = PRESET_PLANS[id];
  const read = PRESET_MECHANISMS[id];
  // A deep copy: the generated constant is shared by every call.
  const mechanisms = structuredClone(read.mechanisms) as PlanMechanisms;
  const { scenario, provenance } = draftScenario(mechanisms, {
    id,
    name: plan.name,
    document: plan.document,
    policyPrefix: plan.policyPrefix,
    issuedOn: read.issuedOn,
  });
  return { id, title: scenario.name, scenario, provenance };
}

export function listPresets(): Preset[] {
  return PRESET_IDS.map(preset);
}

/** Normalises a path: numeric segments become "*" ("reimbursement.after.rules.3.rule" → "…rules.*.rule"). */
export function normalisePath(path: string): string {
  return path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? '*' : segment))
    .join('.');
}

/** The provenance of a value in a preset's scenario: the entry with the longest path that is a prefix of it. */
export function provenanceOf(p: Pick<Preset, 'provenance'>, path: string): Provenance | undefined {
  let segments = normalisePath(path).split('.');
  while (segments.length > 0) {
    const found = p.provenance[segments.join('.')];
    if (found) return found;
    segments = segments.slice(0, -1);
  }
  return undefined;
}

/** Paths of every leaf value of a scenario (empty arrays count as leaves), for completeness checks. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (Array.isArray(value)) {
    if (value.length === 0) return [prefix];
    return value.flatMap((item, index) => leafPaths(item, join(String(index))));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, join(key)));
  }
  return [prefix];
}
