// Where each value of a stored scenario comes from: the preset's provenance, or for a scenario drafted from a
// plan the provenance kept with it (plan sentence and line, or an assumption to set), except that a value the
// user changed is marked as the user's own, and price entries marked as assumed (a demo schedule) say so.
import { isDeepStrictEqual } from 'node:util';
import { PRESET_IDS, preset, type PresetId, type Provenance } from '../../core/simulate/presets';
import type { Scenario } from '../../core/simulate/scenario';

export const isPresetId = (value: string | null): value is PresetId =>
  value !== null && (PRESET_IDS as readonly string[]).includes(value);

/** Paths whose values are the record's own (id, name, version), never compared with the preset. */
const RECORD_FIELDS = new Set(['schemaVersion', 'id', 'name', 'version']);

/** Every value at a path whose "*" segments match each array element. */
function valuesAt(value: unknown, segments: readonly string[]): unknown[] {
  const [head, ...rest] = segments;
  if (head === undefined) return [value];
  if (head === '*') {
    return Array.isArray(value) ? value.flatMap((item: unknown) => valuesAt(item, rest)) : [];
  }
  if (value === null || typeof value !== 'object') return [undefined];
  return valuesAt((value as Record<string, unknown>)[head], rest);
}

/** The notes of price entries marked as assumed, e.g. "示例调价，仅用于演示；请导入本地调价表（共 120 项）". */
function assumedPrices(scenario: Scenario): Record<string, Provenance> {
  const counts = new Map<string, number>();
  for (const entry of scenario.priceSchedule) {
    if (entry.assumption) counts.set(entry.assumption, (counts.get(entry.assumption) ?? 0) + 1);
  }
  if (counts.size === 0) return {};
  const note = [...counts].map(([text, count]) => `${text}（共 ${count} 项）`).join('；');
  return { priceSchedule: { assumption: true, note } };
}

/** A scenario drafted from a plan: the provenance kept with it, and the scenario as first drafted. */
export interface DraftOrigin {
  title: string;
  scenario: Scenario;
  provenance: Readonly<Record<string, Provenance>>;
}

/** The provenance of `scenario`, keyed by path; only its assumed prices when based on neither. */
export function scenarioProvenance(
  basedOn: string | null,
  scenario: Scenario,
  draft?: DraftOrigin | null,
): Record<string, Provenance> {
  const origin =
    draft ??
    (isPresetId(basedOn)
      ? (() => {
          const p = preset(basedOn);
          return {
            title: `预置测算方案“${p.title}”`,
            scenario: p.scenario,
            provenance: p.provenance,
          };
        })()
      : null);
  return { ...(origin ? compared(origin, scenario) : {}), ...assumedPrices(scenario) };
}

function compared(original: DraftOrigin, scenario: Scenario): Record<string, Provenance> {
  const out: Record<string, Provenance> = {};
  for (const [path, provenance] of Object.entries(original.provenance)) {
    const segments = path.split('.');
    const same =
      RECORD_FIELDS.has(path) ||
      isDeepStrictEqual(valuesAt(original.scenario, segments), valuesAt(scenario, segments));
    if (same) {
      out[path] = provenance;
      continue;
    }
    const was = provenance.assumption ? `原为假设值：${provenance.note}` : '原值来自方案原文';
    out[path] = {
      assumption: true,
      note: `已由用户修改，与${original.title}不同（${was}）`,
      ...(provenance.source ? { source: provenance.source } : {}),
    };
  }
  return out;
}
