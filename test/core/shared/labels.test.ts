// The label tables in core name every code a user can meet: each audit action the code writes, each shipped DRG
// scheme and preset, each state of long work; a code the table does not know is shown as itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRG_SCHEME_NAMES, drgSchemeName } from '../../../src/core/drg/scheme-names';
import {
  auditActionLabel,
  auditActionLabels,
  auditEntityLabels,
} from '../../../src/core/shared/audit-labels';
import { roleNames, roles } from '../../../src/core/shared/roles';
import { WORK_STATUS_NAMES, workStatusName } from '../../../src/core/shared/work-status';
import { INSURANCE_SCHEMES } from '../../../src/core/simulate/bills';
import { nameIn, SCHEME_NAMES } from '../../../src/core/simulate/names';
import { basedOnName, PRESET_NAMES, presetName } from '../../../src/core/simulate/preset-names';
import { PRESET_IDS, preset } from '../../../src/core/simulate/presets';
import { SHIPPED_DRG_SCHEMES } from '../../../src/store/drg-schemes';
import type { CasemixRunStatus } from '../../../src/store/casemix-runs';
import type { SimulationRunStatus } from '../../../src/store/simulation-runs';

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });

/** The audit actions and entities the product writes: every `action: 'a.b'` and `entity: '…'` in src/. */
function written(key: 'action' | 'entity'): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(new RegExp(`${key}: '([a-z][a-z.-]*)'`, 'g'))) {
      const code = match[1] ?? '';
      if (key === 'entity' || code.includes('.')) found.add(code);
    }
  }
  return [...found].sort();
}

describe('label tables', () => {
  it('names every audit action and object the product records', () => {
    const actions = written('action');
    expect(actions).toEqual(
      expect.arrayContaining(['plan.revise', 'scenario.create', 'unit.import']),
    );
    expect(actions.filter((code) => !(code in auditActionLabels))).toEqual([]);
    expect(written('entity').filter((code) => !(code in auditEntityLabels))).toEqual([]);
    expect(auditActionLabel('plan.withdraw')).toBe('撤回方案');
    expect(auditActionLabel('custom.thing')).toBe('custom.thing');
  });

  it('names every shipped DRG scheme, the same name the server lists', () => {
    expect(Object.keys(DRG_SCHEME_NAMES).sort()).toEqual(Object.keys(SHIPPED_DRG_SCHEMES).sort());
    for (const [code, scheme] of Object.entries(SHIPPED_DRG_SCHEMES))
      expect(drgSchemeName(code)).toBe(scheme.label);
    expect(drgSchemeName('chongqing-2022')).toBe('重庆 2022');
    expect(drgSchemeName('my-own-scheme')).toBe('my-own-scheme');
  });

  it('names every preset as the preset itself is titled, and what a scenario was based on', () => {
    expect(Object.keys(PRESET_NAMES).sort()).toEqual([...PRESET_IDS].sort());
    for (const id of PRESET_IDS) expect(presetName(id)).toBe(preset(id).title);
    expect(basedOnName('harbin-2017')).toBe('哈尔滨市城市公立医院综合改革（2017）');
    expect(basedOnName('plan:12')).toBe('方案 #12');
    expect(basedOnName('elsewhere')).toBe('elsewhere');
  });

  it('names every state of a run, every role and every insurance scheme', () => {
    const runStates: Record<SimulationRunStatus | CasemixRunStatus, string> = WORK_STATUS_NAMES;
    expect(Object.values(runStates).every((name) => /[\u4e00-\u9fff]/.test(name))).toBe(true);
    expect(workStatusName('running')).toBe('计算中');
    expect(workStatusName('paused')).toBe('paused');
    for (const role of roles) expect(roleNames[role]).toMatch(/[\u4e00-\u9fff]/);
    for (const scheme of INSURANCE_SCHEMES) expect(nameIn(SCHEME_NAMES, scheme)).not.toBe(scheme);
    expect(nameIn(SCHEME_NAMES, 'toString')).toBe('toString');
  });
});
