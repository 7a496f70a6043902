// The bill reader: CSV and Parquet round trips, every bad-input reason counted with its example line,
// a wrong column set named in the message, and hospital-export spellings accepted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BILL_COLUMN_NAMES, type BillRow } from '../../src/analytics/bills/columns';
import { readAllBills } from '../../src/analytics/bills/read-bills';
import { closeDuckDB } from '../../src/analytics/duckdb';
import { CSV_HEADER, csvRow } from '../../src/demo/bills/csv-rows';
import { BillGenerator } from '../../src/demo/bills/generate';
import { DEMO_ITEMS_BY_CODE } from '../../src/demo/bills/items';
import { writeDemoBills } from '../../src/demo/bills/write-parquet';

const dir = mkdtempSync(path.join(tmpdir(), 'yigai-read-bills-'));
afterAll(() => {
  closeDuckDB();
  rmSync(dir, { recursive: true, force: true });
});

function generated(lines: number): BillRow[] {
  const generator = new BillGenerator({ seed: 7, lines });
  const rows: BillRow[] = [];
  while (!generator.done()) rows.push(...generator.next());
  return rows;
}

const base: BillRow = {
  encounter_id: 'E1',
  person_id: 'P1',
  hospital_code: 'H1',
  hospital_name: '巴南区人民医院',
  hospital_level: 3,
  hospital_sponsor: 'government',
  scheme: 'employee',
  encounter_type: 'outpatient',
  start_date: '2016-03-01',
  end_date: '2016-03-01',
  principal_dx: 'J06.900',
  diagnoses: '',
  procedures: '',
  sex: 1,
  age_years: 40,
  age_days: 14610,
  birth_weight_g: null,
  los_days: 0,
  discharge_type: '',
  dept: '内科',
  line_no: 1,
  item_code: 'XJ01CA04001',
  item_name: '阿莫西林胶囊',
  category: 'western-drug',
  tag: null,
  insurance_class: 'A',
  quantity_thousandths: 2000,
  unit_price_fen: 1200,
  amount_fen: 2400,
  service_date: null,
};

function csvFile(name: string, rows: readonly BillRow[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, CSV_HEADER + rows.map(csvRow).join(''));
  return file;
}

describe('readBills', () => {
  it('reads a demo Parquet file and the same bills as CSV to identical encounters', async () => {
    const parquet = path.join(dir, 'bills.parquet');
    const written = await writeDemoBills(parquet, { seed: 7, lines: 3000 });
    const rows = generated(3000);
    expect(written).toBe(rows.length);
    const fromParquet = await readAllBills(parquet, { itemCodes: DEMO_ITEMS_BY_CODE });
    const fromCsv = await readAllBills(csvFile('bills.csv', rows), {
      itemCodes: DEMO_ITEMS_BY_CODE,
    });
    expect(fromParquet.summary.linesRead).toBe(rows.length);
    expect(fromParquet.summary.linesRejected).toBe(0);
    expect(fromParquet.summary.hospitals).toHaveLength(10);
    expect(fromCsv.encounters).toEqual(fromParquet.encounters);
    const total = rows.reduce((sum, row) => sum + row.amount_fen, 0);
    const read = fromParquet.encounters
      .flatMap((e) => e.lines)
      .reduce((s, l) => s + l.amountFen, 0);
    expect(read).toBe(total);
    const keys = fromParquet.encounters.map((e) => `${e.personId}|${e.endDate}|${e.id}`);
    expect(keys).toEqual([...keys].sort());
    const stay = fromParquet.encounters.find((e) => e.type === 'inpatient');
    expect(stay?.inpatient?.diagnoses[0]).toBe(stay?.principalDiagnosis);
  });

  it('counts each bad-input reason with its example line and rejects the whole encounter', async () => {
    const rows: BillRow[] = [
      { ...base, encounter_id: 'E1', line_no: 1 },
      { ...base, encounter_id: 'E1', line_no: 2, item_code: 'NOSUCH' },
      { ...base, encounter_id: 'E2', line_no: 1, quantity_thousandths: -1000, amount_fen: -1200 },
      { ...base, encounter_id: 'E3', line_no: 1, amount_fen: 2500 },
      { ...base, encounter_id: 'E4', line_no: 1, scheme: '' },
      { ...base, encounter_id: 'E5', line_no: 1, start_date: '2016-02-30', end_date: '2016-02-30' },
      { ...base, encounter_id: 'E6', line_no: 1, category: '挂号' },
      { ...base, encounter_id: 'E7', line_no: 1 },
    ];
    const file = csvFile('bad.csv', rows);
    const { encounters, summary } = await readAllBills(file, { itemCodes: DEMO_ITEMS_BY_CODE });
    expect(encounters.map((e) => e.id)).toEqual(['E7']);
    expect(summary.encountersRejected).toBe(6);
    expect(summary.linesRejected).toBe(7);
    const byReason = Object.fromEntries(summary.rejections.map((r) => [r.reason, r]));
    const lineOf = (reason: string) => byReason[reason]?.examples[0]?.line;
    expect(byReason['unknown-item-code']?.lines).toBe(1);
    expect(lineOf('unknown-item-code')).toBe(3);
    expect(byReason['unknown-item-code']?.examples[0]?.values.item_code).toBe('NOSUCH');
    expect(lineOf('rejected-with-encounter')).toBe(2);
    expect(lineOf('refund-without-charge')).toBe(4);
    expect(lineOf('amount-mismatch')).toBe(5);
    expect(byReason['amount-mismatch']?.examples[0]?.message).toContain('2500 ≠ quantity 2.000');
    expect(lineOf('missing-scheme')).toBe(6);
    expect(byReason['malformed-date']?.lines).toBe(1);
    expect(lineOf('malformed-date')).toBe(7);
    expect(lineOf('unknown-category')).toBe(8);
  });

  it('names the missing and unexpected columns of a wrong column set', async () => {
    const file = path.join(dir, 'wrong.csv');
    const columns = BILL_COLUMN_NAMES.filter((c) => c !== 'scheme' && c !== 'amount_fen');
    writeFileSync(file, `${[...columns, 'remark'].join(',')}\n`);
    await expect(readAllBills(file)).rejects.toThrow(
      /缺少列 险种类型（scheme）、金额（分）（amount_fen）或金额（amount）；多出列 remark。应有的列：就诊流水号（encounter_id）/,
    );
    await expect(readAllBills(file)).rejects.toMatchObject({ details: { where: file } });
  });

  it('fails with a message naming a file it cannot read', async () => {
    const missing = path.join(dir, 'missing.parquet');
    await expect(readAllBills(missing)).rejects.toMatchObject({
      message: '账单文件不存在',
      details: { where: missing },
    });
    const broken = path.join(dir, 'broken.parquet');
    writeFileSync(broken, 'not parquet');
    await expect(readAllBills(broken)).rejects.toThrow(/无法读取账单文件/);
  });

  it('accepts what hospital exports write: Chinese values and prices in yuan', async () => {
    const header = BILL_COLUMN_NAMES.map((c) =>
      c === 'unit_price_fen' ? 'unit_price' : c === 'amount_fen' ? 'amount' : c,
    );
    const fields: Record<string, string> = {
      ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v === null ? '' : String(v)])),
      hospital_level: '三级',
      hospital_sponsor: '政府办',
      scheme: '城乡居民二档',
      encounter_type: '住院',
      end_date: '2016/3/4',
      diagnoses: 'J18.900|I10.x00x002',
      principal_dx: 'J18.900',
      sex: '女',
      category: '西药费',
      insurance_class: '乙',
      quantity: '1.5',
      unit_price: '12.00',
      amount: '18.00',
      tag: '',
    };
    const file = path.join(dir, 'export.csv');
    writeFileSync(file, `${header.join(',')}\n${header.map((c) => fields[c] ?? '').join(',')}\n`);
    const { encounters, summary } = await readAllBills(file);
    expect(summary.rejections).toEqual([]);
    const [encounter] = encounters;
    expect(encounter).toMatchObject({
      scheme: 'resident-tier2',
      type: 'inpatient',
      endDate: '2016-03-04',
      inpatient: { sex: 2, diagnoses: ['J18.900', 'I10.x00x002'] },
    });
    expect(encounter?.lines[0]).toMatchObject({
      category: 'western-drug',
      insuranceClass: 'B',
      quantity: 1.5,
      unitPriceFen: 1200,
      amountFen: 1800,
    });
    expect(summary.hospitals[0]).toMatchObject({ level: 3, sponsor: 'government' });
  });
});
