// Demo bills: the same seed gives the same bills, figures meet calibration, codes come from the
// catalogues, amounts are exact, and inpatient encounters group into DRGs.
import { describe, expect, it } from 'vitest';
import type { BillRow } from '../../src/analytics/bills/columns';
import { groupCase, GROUP_STATUS, type DrgCase } from '../../src/core/drg';
import { multiplyByQuantity } from '../../src/core/shared/money';
import { isChargeCategory } from '../../src/core/simulate/categories';
import { BillFigures, checkFigures } from '../../src/demo/bills/calibration';
import { BillGenerator } from '../../src/demo/bills/generate';
import { DEMO_ITEMS_BY_CODE } from '../../src/demo/bills/items';
import { loadDrgCatalogues, loadDrgScheme } from '../../src/store/drg-schemes';

function encounters(seed: number, lines: number): BillRow[][] {
  const generator = new BillGenerator({ seed, lines });
  const result: BillRow[][] = [];
  while (!generator.done()) result.push(generator.next());
  return result;
}

const sample = encounters(2017, 240_000);

describe('demo bills', () => {
  it('gives the same bills for the same seed and different bills for another', () => {
    const again = encounters(2017, 240_000);
    expect(again).toEqual(sample);
    expect(encounters(2018, 5_000)).not.toEqual(encounters(2017, 5_000));
  });

  it('meets the calibration targets on about 20,000 encounters', () => {
    expect(sample.length).toBeGreaterThan(18_000);
    const figures = new BillFigures();
    for (const rows of sample) figures.add(rows);
    const failing = checkFigures(figures).filter((row) => !row.ok);
    expect(failing).toEqual([]);
  });

  it('uses catalogue codes and exact amounts', () => {
    const { diagnoses, procedures } = loadDrgCatalogues();
    for (const rows of sample) {
      for (const row of rows) {
        expect(diagnoses[row.principal_dx], row.principal_dx).toBeDefined();
        for (const code of row.diagnoses.split('|').filter(Boolean))
          expect(diagnoses[code], code).toBeDefined();
        for (const code of row.procedures.split('|').filter(Boolean))
          expect(procedures[code], code).toBeDefined();
        expect(DEMO_ITEMS_BY_CODE.has(row.item_code), row.item_code).toBe(true);
        expect(isChargeCategory(row.category)).toBe(true);
        expect(row.amount_fen).toBe(
          multiplyByQuantity(row.unit_price_fen, row.quantity_thousandths / 1000),
        );
        expect(row.quantity_thousandths).toBeGreaterThan(0);
        expect(row.end_date >= row.start_date).toBe(true);
        expect(row.end_date.slice(0, 4) >= '2016' && row.end_date <= '2018-12-31').toBe(true);
      }
    }
  });

  it('gives newborns a birth weight and age in days under 29', () => {
    const newborns = sample
      .map((rows) => rows[0] as BillRow)
      .filter((r) => r.principal_dx[0] === 'P');
    expect(newborns.length).toBeGreaterThan(10);
    for (const row of newborns) {
      expect(row.age_years).toBe(0);
      expect(row.age_days).toBeLessThanOrEqual(28);
      expect(row.birth_weight_g).toBeGreaterThan(1000);
    }
  });

  it.each(['chongqing-2022', 'chs-drg-1.1'])('groups most inpatient encounters with %s', (ref) => {
    const scheme = loadDrgScheme(ref);
    const stays = sample
      .map((rows) => rows[0] as BillRow)
      .filter((row) => row.encounter_type === 'inpatient');
    expect(stays.length).toBeGreaterThan(800);
    const statuses = new Map<string, number>();
    for (const row of stays) {
      const drgCase: DrgCase = {
        id: row.encounter_id,
        gender: row.sex,
        age: row.age_years,
        ageDay: row.age_days,
        weight: row.birth_weight_g,
        dept: row.dept,
        inHospitalTime: row.los_days,
        leavingType: Number(row.discharge_type),
        diagnoses: row.diagnoses.split('|'),
        procedures: row.procedures.split('|').filter(Boolean),
      };
      const result = groupCase(scheme, drgCase, { trace: false });
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    }
    const grouped = statuses.get(GROUP_STATUS.success) ?? 0;
    expect(grouped / stays.length, JSON.stringify([...statuses])).toBeGreaterThan(0.9);
  });
});
