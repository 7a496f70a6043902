// A new city's scheme is a new file: a rules JSON given by path is compiled and grouped like a shipped
// one, and a malformed one fails with a message naming what is wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScheme } from '../../../src/core/drg/compile';
import { groupCase } from '../../../src/core/drg/group';
import type { DrgCase } from '../../../src/core/drg/types';
import { UserError } from '../../../src/core/shared/errors';
import { loadDrgCatalogues, loadDrgScheme } from '../../../src/store/drg-schemes';

const tinyRules = {
  version: 'tiny_city_2024',
  mdcs: [{ mdc: 'MDCG', cond: { pdxIn: 'L1' }, steps: [{ adrg: 'GZ1' }] }],
  adrg: { GZ1: { cond: { pdxIn: 'L1' }, drgs: ['GZ11', 'GZ15'], fallback: null } },
  drgSplit: { GZ11: { and: [{ dxCountGt: 1 }, { hasMCC: true }] }, GZ15: { const: true } },
  lists: { L1: ['K29.700'] },
  SS_VALID: [],
  CC: {},
  MCC: { 'J96.900x001': '109', 'K92.208': '111' },
  CCE: { 'K29.700': '111' },
};
const gastritis: DrgCase = {
  id: 'g',
  gender: 2,
  age: 50,
  ageDay: 18250,
  weight: null,
  dept: '',
  inHospitalTime: 5,
  leavingType: 1,
  diagnoses: ['K29.700'],
  procedures: [],
};

describe('a scheme given as a file', () => {
  it('groups with a rules file and the names beside it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yigai-drg-'));
    const file = path.join(dir, 'tiny-city-2024.rules.json');
    writeFileSync(file, JSON.stringify(tinyRules));
    writeFileSync(
      path.join(dir, 'tiny-city-2024.names.json'),
      JSON.stringify({ GZ11: '胃炎，伴严重并发症', GZ15: '胃炎' }),
    );
    const scheme = loadDrgScheme(file);
    expect(groupCase(scheme, gastritis)).toMatchObject({ drg: 'GZ15', drgName: '胃炎' });
    expect(groupCase(scheme, { ...gastritis, diagnoses: ['K29.700', 'J96.900x001'] }).drg).toBe(
      'GZ11',
    );
    // The principal diagnosis's exclusion table 111 removes an MCC of the same table.
    const excluded = groupCase(scheme, { ...gastritis, diagnoses: ['K29.700', 'K92.208'] });
    expect(excluded.drg).toBe('GZ15');
    expect(excluded.trace.map((s) => s.text).join('\n')).toContain(
      '与主诊断同属排除表 111，被排除',
    );
  });

  it('rejects a rule that names a missing list or an unknown condition', () => {
    const catalogues = { ...loadDrgCatalogues(), drgNames: {} };
    const missingList = {
      ...tinyRules,
      adrg: { GZ1: { ...tinyRules.adrg.GZ1, cond: { pdxIn: 'L9' } } },
    };
    expect(() => compileScheme(missingList, catalogues)).toThrow(
      /ADRG GZ1 的入组条件：规则引用了不存在的表 L9/,
    );
    const unknown = {
      ...tinyRules,
      drgSplit: { ...tinyRules.drgSplit, GZ15: { isTuesday: true } },
    };
    expect(() => compileScheme(unknown, catalogues)).toThrow(/不支持的条件类型 isTuesday/);
    expect(() => compileScheme({ mdcs: 3 }, catalogues)).toThrow(UserError);
  });

  it('names the file when it is not JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yigai-drg-'));
    const file = path.join(dir, 'broken.rules.json');
    writeFileSync(file, '{ not json');
    expect(() => loadDrgScheme(file)).toThrow(/不是有效的 JSON/);
  });
});
