// `yigai simulate --bills FILE --scenario FILE|PRESET`: the --json contract (money in fen, totals that add up
// and equal the library's result), a Chinese summary by default, and plain one-line errors.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDuckDB } from '../../src/analytics/duckdb';
import { simulateBills } from '../../src/analytics/simulate-bulk';
import { preset } from '../../src/core/simulate/presets';
import { writeDemoBills } from '../../src/demo/bills/write-parquet';
import { billTemplateTable } from '../../src/core/simulate/bill-template';
import { csvLine } from '../../src/documents/csv-field';

const run = promisify(execFile);
const entry = new URL('./simulate-cli-entry.ts', import.meta.url).pathname;
const yigai = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', entry, ...args], { encoding: 'utf8' });
const folder = mkdtempSync(path.join(tmpdir(), 'yigai-simulate-cli-'));
const bills = path.join(folder, 'bills.parquet');

beforeAll(async () => {
  await writeDemoBills(bills, { lines: 5000, seed: 11 });
});
afterAll(() => closeDuckDB());

interface Side {
  cost: number;
  fund: number;
  oop: number;
}
interface Contract {
  lines: number;
  encounters: number;
  before: Side;
  after: Side;
  hospitals: Array<{
    code: string;
    lostMarkup: number;
    priceGain: number;
    subsidy: number;
    compensationRate: number | null;
  }>;
  rejected: { lines: number; encounters: number; reasons: unknown[] };
}

describe('yigai simulate', () => {
  it('prints the JSON contract in fen, equal to the engine and adding up', async () => {
    const { stdout } = await yigai(
      'simulate',
      '--bills',
      bills,
      '--scenario',
      'banan-2017',
      '--json',
    );
    const result = JSON.parse(stdout) as Contract;
    const engine = await simulateBills({ bills, scenario: preset('banan-2017').scenario });
    expect(result.lines).toBe(engine.lines);
    expect(result.encounters).toBe(engine.encounters);
    expect(result.before).toMatchObject({
      cost: engine.total.before.costFen,
      fund: engine.total.before.fundFen,
      oop: engine.total.before.outOfPocketFen,
    });
    for (const side of [result.before, result.after]) {
      expect(Number.isSafeInteger(side.cost)).toBe(true);
      expect(side.fund + side.oop).toBe(side.cost);
    }
    expect(result.hospitals.length).toBeGreaterThan(0);
    for (const hospital of result.hospitals) {
      expect(Number.isSafeInteger(hospital.lostMarkup)).toBe(true);
      expect(Number.isSafeInteger(hospital.subsidy)).toBe(true);
    }
    expect(result.hospitals.some((h) => h.lostMarkup > 0)).toBe(true);
    expect(result.rejected).toEqual({ lines: 0, encounters: 0, reasons: [] });
  });

  it('prints a Chinese summary with the three conditions by default', async () => {
    const { stdout } = await yigai('simulate', '--bills', bills, '--scenario', 'harbin-2017');
    expect(stdout).toContain('医保基金支付');
    expect(stdout).toContain('群众整体负担不增加');
  });

  it('names the scenario file it cannot use and the bill line it rejected', async () => {
    const failed = await yigai('simulate', '--bills', bills, '--scenario', 'nope.json').catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect(failed).toMatchObject({ code: expect.any(Number) });
    expect((failed as { stderr: string }).stderr).toContain('nope.json');

    const csv = path.join(folder, 'bad.csv');
    writeFileSync(
      csv,
      [
        'encounter_id,person_id,hospital_code,hospital_name,hospital_level,hospital_sponsor,scheme,encounter_type,start_date,end_date,principal_dx,line_no,item_code,category,tag,insurance_class,quantity,unit_price_fen,amount_fen',
        'E1,P1,H1,区医院,2,government,employee,outpatient,2017-10-02,2017-10-02,I10.x00,1,C1,consultation,,A,1,600,600',
        'E2,P2,H1,区医院,2,government,employee,outpatient,2017-10-02,2017-10-02,I10.x00,1,C1,consultation,,A,-1,600,600',
      ].join('\n'),
    );
    const { stdout } = await yigai('simulate', '--bills', csv, '--scenario', 'banan-2017');
    expect(stdout).toContain('未测算：1 行明细（1 次就诊）');
    expect(stdout).toContain('第 3 行');
  });

  it('reads a gzip-compressed GBK file, saying how it read it', async () => {
    const table = billTemplateTable('english');
    const gz = path.join(folder, '医院导出.csv.gz');
    writeFileSync(
      gz,
      gzipSync(iconv.encode([table.header, ...table.rows].map(csvLine).join(''), 'gbk')),
    );
    const { stdout, stderr } = await yigai(
      'simulate',
      '--bills',
      gz,
      '--scenario',
      'banan-2017',
      '--json',
    );
    const result = JSON.parse(stdout) as Contract;
    expect(result.lines).toBe(3);
    expect(result.encounters).toBe(2);
    expect(result.before.cost).toBe(600 + 110000 + 11200);
    expect(stderr).toContain(`${gz}：已解压（gzip），已按 GBK（GB18030） 编码读取`);
  });
});
