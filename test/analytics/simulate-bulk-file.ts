// Writes encounters as a bill file in the agreed format (one row per line, encounter fields repeated):
// CSV by hand, Parquet by DuckDB from that CSV with the format's column types.
import { writeFileSync } from 'node:fs';
import type { Encounter, Hospital } from '../../src/core/simulate/bills';
import { BILL_COLUMNS } from '../../src/analytics/bills/columns';
import { withDuckDB } from '../../src/analytics/duckdb';

const HEADER = [
  'encounter_id',
  'person_id',
  'hospital_code',
  'hospital_name',
  'hospital_level',
  'hospital_sponsor',
  'scheme',
  'encounter_type',
  'start_date',
  'end_date',
  'principal_dx',
  'line_no',
  'item_code',
  'category',
  'tag',
  'insurance_class',
  'quantity',
  'unit_price_fen',
  'amount_fen',
  'service_date',
];

const csvField = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\n\s]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function billsCsv(encounters: readonly Encounter[], hospitals: readonly Hospital[]): string {
  const byId = new Map(hospitals.map((h) => [h.id, h]));
  const rows = [HEADER.join(',')];
  for (const e of encounters) {
    const h = byId.get(e.hospitalId) as Hospital;
    for (const line of e.lines) {
      rows.push(
        [
          e.id,
          e.personId,
          h.id,
          h.name,
          h.level,
          h.sponsor,
          e.scheme,
          e.type,
          e.startDate,
          e.endDate,
          e.principalDiagnosis,
          line.lineNo,
          line.itemCode,
          line.category,
          line.tag,
          line.insuranceClass,
          line.quantity,
          line.unitPriceFen,
          line.amountFen,
          line.serviceDate,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${rows.join('\n')}\n`;
}

export async function writeBills(
  file: string,
  encounters: readonly Encounter[],
  hospitals: readonly Hospital[],
): Promise<void> {
  if (!file.endsWith('.parquet')) {
    writeFileSync(file, billsCsv(encounters, hospitals));
    return;
  }
  const csv = `${file}.csv`;
  writeFileSync(csv, billsCsv(encounters, hospitals));
  const types = BILL_COLUMNS.filter((c) => HEADER.includes(c.name))
    .map((c) => `CAST(nullif(trim(${c.name}), '') AS ${c.type}) AS ${c.name}`)
    .join(', ');
  await withDuckDB(async (connection) => {
    await connection.run(
      `COPY (SELECT ${types} FROM read_csv($csv, header = true, all_varchar = true)) TO $file (FORMAT parquet)`,
      { csv, file },
    );
  });
}
