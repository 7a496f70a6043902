// Grouping the inpatient encounters of a bill file: one case per encounter, the same DRG as groupCase on the
// same record, cost = Σ its lines; the aggregated path equals the reader path (Parquet, and CSV with Chinese
// spellings and slashed dates), and a file the checks doubt uses the reader.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllBills, type BillEncounter } from '../../src/analytics/bills/read-bills';
import { groupBillInpatients, type BillInpatientSummary } from '../../src/analytics/drg-bills';
import { drgCaseOf } from '../../src/analytics/drg-bills-case';
import { closeDuckDB, withDuckDB } from '../../src/analytics/duckdb';
import type { GroupedCase } from '../../src/core/drg/grouped-case';
import { groupCase } from '../../src/core/drg/group';
import { sumFen } from '../../src/core/shared/money';
import { writeDemoBills } from '../../src/demo/bills/write-parquet';
import { loadDrgScheme } from '../../src/store/drg-schemes';

const folder = mkdtempSync(path.join(tmpdir(), 'yigai-drg-bills-'));
const file = path.join(folder, 'bills.parquet');
const csv = path.join(folder, 'bills-exported.csv');
const dirty = path.join(folder, 'bills-wrong-amount.parquet');

async function groupAll(source: string, pathChoice: 'auto' | 'reader' = 'auto') {
  const cases: GroupedCase[] = [];
  const progress: number[] = [];
  const summary: BillInpatientSummary = await groupBillInpatients(source, {
    scheme: 'chs-drg-1.1',
    workers: 2,
    batchSize: 50,
    path: pathChoice,
    onProgress: (done) => progress.push(done),
    onCases: (batch) => {
      cases.push(...batch);
    },
  });
  cases.sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  return { cases, summary, progress };
}

let inpatients: BillEncounter[];
let aggregated: Awaited<ReturnType<typeof groupAll>>;

beforeAll(async () => {
  await writeDemoBills(file, { lines: 8000, seed: 5 });
  inpatients = (await readAllBills(file)).encounters.filter((e) => e.type === 'inpatient');
  aggregated = await groupAll(file);
});
afterAll(() => closeDuckDB());

describe('groupBillInpatients', () => {
  it('yields one case per inpatient encounter, in batches with progress', () => {
    expect(inpatients.length).toBeGreaterThan(20);
    expect(aggregated.summary.path).toBe('aggregate');
    expect(aggregated.summary.inpatientEncounters).toBe(inpatients.length);
    expect(aggregated.cases.map((c) => c.caseId)).toEqual(inpatients.map((e) => e.id).sort());
    expect(aggregated.progress.at(-1)).toBe(inpatients.length);
    expect(aggregated.progress.length).toBeGreaterThan(1);
    const counted = Object.values(aggregated.summary.byStatus).reduce((a, b) => a + b, 0);
    expect(counted).toBe(inpatients.length);
  });

  it('groups each case as groupCase does on the same record, with the cost of its lines', () => {
    const scheme = loadDrgScheme('chs-drg-1.1');
    const byId = new Map(aggregated.cases.map((c) => [c.caseId, c]));
    for (const encounter of inpatients) {
      const groupedCase = byId.get(encounter.id) as GroupedCase;
      const record = encounter.inpatient;
      if (record === undefined) throw new Error('inpatient without record');
      const expected = groupCase(
        scheme,
        drgCaseOf({
          id: encounter.id,
          personId: encounter.personId,
          hospitalId: encounter.hospitalId,
          hospitalLevel: groupedCase.hospitalLevel,
          startDate: encounter.startDate,
          endDate: encounter.endDate,
          principalDiagnosis: encounter.principalDiagnosis,
          record,
          costFen: 0,
          lines: 0,
        }),
        { trace: false },
      );
      expect([groupedCase.status, groupedCase.drg]).toEqual([expected.status, expected.drg]);
      expect(groupedCase.costFen).toBe(sumFen(encounter.lines.map((line) => line.amountFen)));
      expect(groupedCase.hospitalId).toBe(encounter.hospitalId);
      expect(groupedCase.dischargeDate).toBe(encounter.endDate);
      expect(groupedCase.department).toBe(record.dept);
      expect(groupedCase.lengthOfStayDays).toBe(record.losDays);
    }
  });

  it('gives the same cases through the reader as through the aggregated rows', async () => {
    const reader = await groupAll(file, 'reader');
    expect(reader.summary.path).toBe('reader');
    expect(reader.cases).toEqual(aggregated.cases);
    expect(reader.summary.hospitals).toEqual(aggregated.summary.hospitals);
  });

  it('reads a CSV written the way hospital exports write it on the aggregate path, with the same cases', async () => {
    await withDuckDB((connection) =>
      connection.run(
        `COPY (SELECT * REPLACE (
           strftime(start_date, '%Y/%m/%d') AS start_date,
           CASE hospital_level WHEN 1 THEN '一级' WHEN 2 THEN '二级' ELSE '三级' END AS hospital_level,
           CASE sex WHEN 1 THEN '男' ELSE '女' END AS sex,
           CASE encounter_type WHEN 'inpatient' THEN '住院' ELSE '门诊' END AS encounter_type,
           CASE scheme WHEN 'employee' THEN '城镇职工' ELSE scheme END AS scheme,
           CASE insurance_class WHEN 'A' THEN '甲' WHEN 'B' THEN '乙类' ELSE '丙' END AS insurance_class,
           CASE category WHEN 'western-drug' THEN '西药费' WHEN 'bed' THEN '床位费' ELSE category END AS category)
         FROM read_parquet($1)) TO '${csv.replaceAll("'", "''")}' (HEADER)`,
        [file],
      ),
    );
    const exported = await groupAll(csv);
    expect(exported.summary.path).toBe('aggregate');
    expect(exported.summary.pathReasons).toEqual([]);
    expect(exported.cases).toEqual(aggregated.cases);
    const reader = await groupAll(csv, 'reader');
    expect(reader.cases).toEqual(aggregated.cases);
    expect(exported.summary.hospitals).toEqual(reader.summary.hospitals);
  });

  it('reads through the reader when the checks doubt a file, with the same cases', async () => {
    const victim = (inpatients[0] as BillEncounter).id;
    await withDuckDB((connection) =>
      connection.run(
        `COPY (SELECT * REPLACE (CASE WHEN encounter_id = $2 AND line_no = 1 THEN amount_fen + 1
           ELSE amount_fen END AS amount_fen) FROM read_parquet($1))
         TO '${dirty.replaceAll("'", "''")}' (FORMAT parquet)`,
        [file, victim],
      ),
    );
    const doubted = await groupAll(dirty);
    expect(doubted.summary.path).toBe('reader');
    expect(doubted.summary.pathReasons.join('')).toContain('金额');
    expect(doubted.summary.rejected.encounters).toBe(1);
    expect(doubted.cases).toEqual(aggregated.cases.filter((c) => c.caseId !== victim));
  });
});
