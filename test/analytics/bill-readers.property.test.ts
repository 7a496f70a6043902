// Every reader of bill files accepts and rejects the same lines for the same reasons, on dirty files: the JS
// reader (readBills), the simulator's SQL, the upload check (describeBillFile) and the DRG stay reader; and the
// simulator's results on such a file equal core simulate() on the encounters the JS reader accepted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBillFile } from '../../src/analytics/bills/describe-bills';
import { readAllBills } from '../../src/analytics/bills/read-bills';
import type { RejectionCount } from '../../src/analytics/bills/rejections';
import { groupBillInpatients } from '../../src/analytics/drg-bills';
import { closeDuckDB } from '../../src/analytics/duckdb';
import { simulateBills } from '../../src/analytics/simulate-bulk';
import { simulate } from '../../src/core/simulate/simulate';
import { DIRT, writeDirtyBills, type DirtyFileOptions } from './bill-readers-file';
import { encountersArb, hospitals, scenarioArb } from './simulate-bulk-arbitraries';

const folder = mkdtempSync(path.join(tmpdir(), 'yigai-bill-readers-'));
afterAll(() => {
  closeDuckDB();
  rmSync(folder, { recursive: true, force: true });
});

const optionsArb: fc.Arbitrary<DirtyFileOptions> = fc.record({
  chineseHeaders: fc.boolean(),
  yuan: fc.boolean(),
  spellings: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }),
  dirt: fc.array(fc.record({ at: fc.nat({ max: 200 }), kind: fc.constantFrom(...DIRT) }), {
    maxLength: 5,
  }),
});

const counts = (reasons: readonly RejectionCount[]) =>
  reasons.map(({ reason, lines }) => ({ reason, lines }));

let runs = 0;
const fileFor = (parquet: boolean) =>
  path.join(folder, `bills-${++runs}.${parquet ? 'parquet' : 'csv'}`);

describe('every bill reader reads a dirty file the same way', () => {
  it('the JS reader, the simulator and the upload check; the simulation equals core on what was accepted', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenarioArb,
        encountersArb,
        optionsArb,
        fc.boolean(),
        async (scenario, encounters, options, parquet) => {
          const file = fileFor(parquet);
          await writeDirtyBills(file, encounters, hospitals, options);
          const read = await readAllBills(file);
          const { summary } = read;
          const description = await describeBillFile(file);
          expect(description.check).toEqual({
            linesUsable: summary.linesAccepted,
            linesLeftOut: summary.linesRejected,
            encountersLeftOut: summary.encountersRejected,
            linesNetted: summary.linesNetted,
            reasons: expect.any(Array),
          });
          expect(counts(description.check.reasons)).toEqual(counts(summary.rejections));
          expect(description.inpatientEncounters).toBeGreaterThanOrEqual(
            read.encounters.filter((e) => e.type === 'inpatient').length,
          );

          const bulk = await simulateBills({ bills: file, scenario, hospitals });
          expect(bulk.lines).toBe(summary.linesRead);
          expect(bulk.rejected.lines).toBe(summary.linesRejected);
          expect(bulk.rejected.encounters).toBe(summary.encountersRejected);
          expect(counts(bulk.rejected.reasons)).toEqual(counts(summary.rejections));
          expect(bulk.encounters).toBe(read.encounters.length);

          const { encounters: settled, ...expected } = simulate({
            scenario,
            hospitals,
            encounters: read.encounters,
          });
          const { lines: _lines, encounters: count, rejected: _rejected, ...actual } = bulk;
          expect(count).toBe(settled.length);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  }, 300_000);

  it('the DRG stay reader keeps the inpatient encounters the JS reader accepts', async () => {
    await fc.assert(
      fc.asyncProperty(
        encountersArb,
        optionsArb,
        fc.boolean(),
        async (encounters, options, parquet) => {
          const file = fileFor(parquet);
          await writeDirtyBills(file, encounters, hospitals, options);
          const read = await readAllBills(file);
          const cases: string[] = [];
          const drg = await groupBillInpatients(file, {
            scheme: 'chs-drg-1.1',
            workers: 1,
            onCases: (batch) => {
              for (const c of batch) cases.push(c.caseId);
            },
          });
          const inpatients = read.encounters.filter((e) => e.type === 'inpatient').map((e) => e.id);
          expect(cases.sort()).toEqual(inpatients.sort());
          // The aggregate path runs only when its checks find the inpatient stays clean; it reports no rejections.
          if (drg.path === 'reader') {
            expect(drg.rejected.lines).toBe(read.summary.linesRejected);
            expect(counts(drg.rejected.reasons)).toEqual(counts(read.summary.rejections));
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
