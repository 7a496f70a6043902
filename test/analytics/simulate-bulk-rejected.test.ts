// Lines the bulk simulator cannot use are counted per reason with example lines, their encounters left
// out, and the rest simulated.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDuckDB } from '../../src/analytics/duckdb';
import { simulateBills } from '../../src/analytics/simulate-bulk';
import { preset } from '../../src/core/simulate/presets';

const folder = mkdtempSync(path.join(tmpdir(), 'yigai-simulate-rejected-'));
afterAll(() => {
  closeDuckDB();
  rmSync(folder, { recursive: true, force: true });
});

const header =
  'encounter_id,person_id,hospital_code,hospital_name,hospital_level,hospital_sponsor,scheme,encounter_type,start_date,end_date,principal_dx,line_no,item_code,category,tag,insurance_class,quantity,unit_price_fen,amount_fen,service_date';
const encounter = (id: string, person: string, scheme: string, end = '2017-10-02') =>
  `${id},${person},H3,市医院,3,state-enterprise,${scheme},outpatient,2017-10-02,${end},I10.x00`;

describe('rejected lines', () => {
  it('counts each reason with examples and simulates the rest', async () => {
    const file = path.join(folder, 'bills.csv');
    writeFileSync(
      file,
      [
        header,
        `${encounter('E1', 'P1', 'employee')},1,C1,consultation,,A,1,600,600,`,
        `${encounter('E1', 'P1', 'employee')},2,D1,western-drug,,A,1.5,2300,3450,`,
        `${encounter('E2', 'P2', '', '2017-13-02')},1,C1,consultation,,B,-1,600,600,`,
        `${encounter('E3', 'P3', 'employee')},1,C1,bogus,,B,1,600,601,`,
        `${encounter('E3', 'P3', 'employee')},2,C1,consultation,,B,1,600,600,`,
        `${encounter('E4', 'P4', 'employee')},1,C1,consultation,,A,1,600,600,`,
        `${encounter('E4', 'P5', 'employee')},2,C1,consultation,,A,1,600,600,`,
      ].join('\n'),
    );
    const result = await simulateBills({ bills: file, scenario: preset('harbin-2017').scenario });
    expect(result.lines).toBe(7);
    expect(result.encounters).toBe(1);
    expect(result.total.before.costFen).toBe(4050);
    expect(result.rejected.lines).toBe(5);
    expect(result.rejected.encounters).toBe(3);
    const byReason = Object.fromEntries(result.rejected.reasons.map((r) => [r.reason, r]));
    expect(Object.keys(byReason)).toEqual([
      'negative-quantity',
      'amount-mismatch',
      'missing-scheme',
      'malformed-date',
      'unknown-category',
      'inconsistent-encounter',
      'rejected-with-encounter',
    ]);
    expect(byReason['amount-mismatch']?.examples[0]).toMatchObject({
      line: 5,
      message: 'amount_fen：601 ≠ quantity 1 × unit_price_fen 600',
    });
    expect(byReason['inconsistent-encounter']?.lines).toBe(2);
    expect(byReason['rejected-with-encounter']?.examples.map((e) => e.line)).toEqual([6]);
  });

  it('names the file when it cannot be read', async () => {
    const missing = path.join(folder, 'missing.parquet');
    await expect(
      simulateBills({ bills: missing, scenario: preset('banan-2017').scenario }),
    ).rejects.toMatchObject({ details: { where: missing } });
  });
});
