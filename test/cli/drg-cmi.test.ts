// `yigai drg cmi --bills FILE`: JSON with the hospitals' CMI and efficiency indices that add up to the cases,
// a Chinese table by default, and one plain line for a weight file that does not exist.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDuckDB } from '../../src/analytics/duckdb';
import { writeDemoBills } from '../../src/demo/bills/write-parquet';

const run = promisify(execFile);
const entry = new URL('./drg-cli-entry.ts', import.meta.url).pathname;
const yigai = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', entry, ...args], { encoding: 'utf8' });
const bills = path.join(mkdtempSync(path.join(tmpdir(), 'yigai-cmi-')), 'bills.parquet');

beforeAll(async () => {
  await writeDemoBills(bills, { lines: 6000, seed: 3 });
});
afterAll(() => closeDuckDB());

interface Row {
  cases: number;
  cmi: string | null;
  costEfficiency: string | null;
  timeEfficiency: string | null;
}

describe('yigai drg cmi', () => {
  it('prints JSON per hospital and per month', async () => {
    const { stdout } = await yigai('drg', 'cmi', '--bills', bills, '--json');
    const result = JSON.parse(stdout) as {
      scheme: string;
      weights: { kind: string };
      cases: number;
      byStatus: Record<string, number>;
      hospitals: Array<Row & { code: string; name: string }>;
      months: Array<Row & { month: string }>;
    };
    expect(result.scheme).toBe('chs-drg-1.1');
    expect(result.weights.kind).toBe('yancheng-2023');
    expect(result.cases).toBeGreaterThan(10);
    expect(Object.values(result.byStatus).reduce((a, b) => a + b, 0)).toBe(result.cases);
    expect(result.hospitals.reduce((sum, row) => sum + row.cases, 0)).toBe(result.cases);
    expect(result.months.reduce((sum, row) => sum + row.cases, 0)).toBe(result.cases);
    for (const row of result.hospitals) {
      expect(row.code).toMatch(/^BN\d\d$/);
      expect(Number(row.cmi)).toBeGreaterThan(0);
      expect(Number(row.costEfficiency)).toBeGreaterThan(0);
    }
  });

  it('with --strict refuses the cases it would otherwise group with a data-quality warning', async () => {
    type Answer = {
      byStatus: Record<string, number>;
      qualityWarnings: number;
      strict: boolean;
      hospitals: Array<{ rank: number; qualityWarnings: number }>;
    };
    const lenient = JSON.parse(
      (await yigai('drg', 'cmi', '--bills', bills, '--json')).stdout,
    ) as Answer;
    const strict = JSON.parse(
      (await yigai('drg', 'cmi', '--bills', bills, '--json', '--strict')).stdout,
    ) as Answer;
    expect([lenient.strict, strict.strict]).toEqual([false, true]);
    expect(lenient.hospitals.reduce((sum, row) => sum + row.qualityWarnings, 0)).toBe(
      lenient.qualityWarnings,
    );
    expect(lenient.hospitals.map((row) => row.rank)[0]).toBe(1);
    expect(strict.qualityWarnings).toBe(0);
    const invalid = (answer: Answer) => answer.byStatus['信息校验不通过'] ?? 0;
    expect(invalid(strict)).toBe(invalid(lenient) + lenient.qualityWarnings);
  });

  it('prints a Chinese table with derived weights', async () => {
    const { stdout } = await yigai('drg', 'cmi', '--bills', bills, '--weights', 'derived');
    expect(stdout).toContain('由本账单测算的权重');
    expect(stdout).toContain('费用消耗指数');
    expect(stdout).toContain('全部');
  });

  it('names a weight file that does not exist', async () => {
    const failed = await yigai('drg', 'cmi', '--bills', bills, '--weights', 'nope.json').catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect('code' in failed && failed.code).toBe(1);
    expect((failed as { stderr: string }).stderr).toContain('nope.json');
  });
});
