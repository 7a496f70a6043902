// Writes encounters as a dirty bill file, the way hospital exports come: English or Chinese headers, prices in
// fen or yuan, values in Chinese spellings and other date forms, padded with spaces and full-width spaces, refund
// lines (退费), and bad lines of every kind the readers reject. CSV by hand, Parquet by DuckDB from that CSV.
import { writeFileSync } from 'node:fs';
import { withDuckDB } from '../../src/analytics/duckdb';
import { quantityThousandths, multiplyByQuantity } from '../../src/core/shared/money';
import {
  BILL_COLUMNS,
  YUAN_COLUMN_HEADERS,
  type SourceColumnName,
} from '../../src/core/simulate/bill-columns';
import { BILL_SPELLINGS, type CodedColumn } from '../../src/core/simulate/bill-values';
import type { Encounter, Hospital } from '../../src/core/simulate/bills';

export const DIRT = [
  'scheme-unknown',
  'scheme-empty',
  'date-invalid',
  'end-before-start',
  'category-unknown',
  'class-unknown',
  'type-unknown',
  'level-unknown',
  'sponsor-unknown',
  'tag-unknown',
  'quantity-four-decimals',
  'quantity-huge',
  'price-huge',
  'price-big',
  'item-empty',
  'line-no-repeated',
  'line-no-malformed',
  'person-differs',
  'hospital-renamed',
  'amount-off',
  'quantity-zero',
  'quantity-negative',
  'price-negative',
  'diagnosis-first-differs',
  'sex-unknown',
  'date-shifted-form',
  'refund-full',
  'refund-partial',
  'refund-excess',
  'refund-orphan',
] as const;

export type Dirt = (typeof DIRT)[number];

export interface DirtyFileOptions {
  chineseHeaders: boolean;
  yuan: boolean;
  /** Seeds choosing each value's spelling and padding. */
  spellings: readonly number[];
  /** Dirt applied to the line at index `at` (of all lines, modulo their count). */
  dirt: ReadonlyArray<{ at: number; kind: Dirt }>;
}

type Row = Partial<Record<SourceColumnName, string>>;

const COLUMNS: SourceColumnName[] = [
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
  'diagnoses',
  'sex',
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

const quantityText = (thousandths: bigint | number) => {
  const t = BigInt(thousandths);
  const sign = t < 0n ? '-' : '';
  const magnitude = t < 0n ? -t : t;
  return `${sign}${magnitude / 1000n}.${(magnitude % 1000n).toString().padStart(3, '0')}`;
};

const yuanText = (fen: string) => {
  const value = BigInt(fen);
  const sign = value < 0n ? '-' : '';
  const magnitude = value < 0n ? -value : value;
  return `${sign}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
};

/** Another accepted spelling of a code, chosen by `seed`. */
function spelling(column: CodedColumn, code: string, seed: number): string {
  const options = Object.entries(BILL_SPELLINGS[column])
    .filter(([, c]) => c === code)
    .map(([text]) => text);
  const chosen = options[seed % options.length] ?? code;
  return seed % 7 === 3 ? chosen.toUpperCase() : chosen;
}

/** A date written another accepted way. */
function dateForm(iso: string, seed: number): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  switch (seed % 4) {
    case 1:
      return `${y}/${Number(m)}/${Number(d)}`;
    case 2:
      return `${y}${m}${d}`;
    case 3:
      return `${iso} 08:30:00`;
    default:
      return iso;
  }
}

const pad = (text: string, seed: number) =>
  seed % 5 === 1 ? ` ${text}\u3000` : seed % 5 === 2 ? `\t${text} ` : text;

function cleanRows(encounters: readonly Encounter[], hospitals: readonly Hospital[]): Row[] {
  const byId = new Map(hospitals.map((h) => [h.id, h]));
  const rows: Row[] = [];
  for (const e of encounters) {
    const h = byId.get(e.hospitalId) as Hospital;
    for (const line of e.lines) {
      rows.push({
        encounter_id: e.id,
        person_id: e.personId,
        hospital_code: h.id,
        hospital_name: h.name,
        hospital_level: String(h.level),
        hospital_sponsor: h.sponsor,
        scheme: e.scheme,
        encounter_type: e.type,
        start_date: e.startDate,
        end_date: e.endDate,
        principal_dx: e.principalDiagnosis,
        diagnoses: e.type === 'inpatient' ? `${e.principalDiagnosis.trim()}|I10.x00` : '',
        sex: e.type === 'inpatient' ? String(1 + (e.personId.length % 2)) : '',
        line_no: String(line.lineNo),
        item_code: line.itemCode,
        category: line.category,
        tag: line.tag ?? '',
        insurance_class: line.insuranceClass,
        quantity: quantityText(quantityThousandths(line.quantity)),
        unit_price_fen: String(line.unitPriceFen),
        amount_fen: String(line.amountFen),
        service_date: line.serviceDate ?? '',
      });
    }
  }
  return rows;
}

/** A refund of `thousandths` of the row's item at its price, as a new line of its encounter. */
function refund(row: Row, thousandths: bigint, lineNo: number, itemCode?: string): Row {
  const price = /^\d{1,9}$/.test(row.unit_price_fen ?? '') ? Number(row.unit_price_fen) : 100;
  const amount = multiplyByQuantity(price, Number(thousandths) / 1000);
  return {
    ...row,
    line_no: String(lineNo),
    item_code: itemCode ?? row.item_code,
    quantity: quantityText(-thousandths),
    unit_price_fen: String(price),
    amount_fen: String(-amount),
  };
}

function dirty(rows: Row[], options: DirtyFileOptions): Row[] {
  const added: Row[] = [];
  options.dirt.forEach(({ at, kind }, index) => {
    const row = rows[at % rows.length] as Row;
    const lineNo = 900 + index;
    const read = /^-?\d+\.\d{3}$/.test(row.quantity ?? '') ? Number(row.quantity) : 1;
    const thousandths = BigInt(Math.abs(Math.round(read * 1000)));
    switch (kind) {
      case 'scheme-unknown':
        return void (row.scheme = '商业保险');
      case 'scheme-empty':
        return void (row.scheme = ' ');
      case 'date-invalid':
        return void (row.start_date = '2017-02-30');
      case 'end-before-start':
        return void ((row.end_date = '2015-01-01'), (row.service_date = ''));
      case 'category-unknown':
        return void (row.category = '挂号');
      case 'class-unknown':
        return void (row.insurance_class = 'D');
      case 'type-unknown':
        return void (row.encounter_type = '留观');
      case 'level-unknown':
        return void (row.hospital_level = '四级');
      case 'sponsor-unknown':
        return void (row.hospital_sponsor = '民营');
      case 'tag-unknown':
        return void (row.tag = 'bogus');
      case 'quantity-four-decimals':
        return void (row.quantity = '1.2345');
      case 'quantity-huge':
        return void (row.quantity = '12345678901');
      case 'price-huge':
        return void (row.unit_price_fen = '1234567890123456');
      case 'price-big':
        return void ((row.unit_price_fen = '999999999999999'), (row.quantity = '999999999.999'));
      case 'item-empty':
        return void (row.item_code = '\u3000');
      case 'line-no-repeated':
        return void (row.line_no = '1');
      case 'line-no-malformed':
        return void (row.line_no = '1.5');
      case 'person-differs':
        return void (row.person_id = 'PX');
      case 'hospital-renamed':
        return void (row.hospital_name = '另一家医院');
      case 'amount-off':
        return void (row.amount_fen = String(Number(row.amount_fen) + 1));
      case 'quantity-zero':
        return void ((row.quantity = '0'), (row.amount_fen = '0'));
      case 'quantity-negative':
        return void (row.quantity = `-${row.quantity}`);
      case 'price-negative':
        return void (row.unit_price_fen = '-5');
      case 'diagnosis-first-differs':
        return void (row.diagnoses = 'X99.9|I10.x00');
      case 'sex-unknown':
        return void (row.sex = '未知');
      case 'date-shifted-form':
        return void (row.start_date = `${row.start_date} 25:61`);
      case 'refund-full':
        return void added.push(refund(row, thousandths, lineNo));
      case 'refund-partial':
        return void added.push(refund(row, (thousandths + 1n) / 2n, lineNo));
      case 'refund-excess':
        return void added.push(refund(row, thousandths + 1000n, lineNo));
      case 'refund-orphan':
        return void added.push(refund(row, 1000n, lineNo, 'ZZ'));
    }
  });
  return [...rows, ...added];
}

/** Spellings, date forms and padding: every one accepted, so they change nothing a reader returns. */
function respelled(row: Row, seed: number): Row {
  const out: Row = { ...row };
  const coded: CodedColumn[] = [
    'scheme',
    'encounter_type',
    'insurance_class',
    'hospital_sponsor',
    'hospital_level',
    'category',
    'tag',
    'sex',
  ];
  for (const [i, column] of coded.entries()) {
    const value = out[column] ?? '';
    const known = Object.values(BILL_SPELLINGS[column]) as string[];
    if (known.includes(value)) out[column] = spelling(column, value, seed + i);
  }
  for (const column of ['start_date', 'end_date', 'service_date'] as const) {
    const value = out[column] ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) out[column] = dateForm(value, seed + column.length);
  }
  for (const column of COLUMNS) {
    if (out[column]) out[column] = pad(out[column] as string, seed + column.length * 3);
  }
  return out;
}

const headerOf = (name: SourceColumnName, chinese: boolean): string => {
  if (!chinese) return name;
  if (name === 'unit_price' || name === 'amount') return YUAN_COLUMN_HEADERS[name].header;
  return BILL_COLUMNS.find((c) => c.name === name)?.header ?? name;
};

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

export function dirtyCsv(
  encounters: readonly Encounter[],
  hospitals: readonly Hospital[],
  options: DirtyFileOptions,
): string {
  const rows = dirty(cleanRows(encounters, hospitals), options).map((row, i) =>
    respelled(row, options.spellings[i % Math.max(1, options.spellings.length)] ?? 0),
  );
  const columns = COLUMNS.map((name): SourceColumnName => {
    if (!options.yuan) return name;
    return name === 'unit_price_fen' ? 'unit_price' : name === 'amount_fen' ? 'amount' : name;
  });
  const lines = [columns.map((c) => quote(headerOf(c, options.chineseHeaders))).join(',')];
  for (const row of rows) {
    lines.push(
      columns
        .map((column) => {
          const fenColumn =
            column === 'unit_price'
              ? 'unit_price_fen'
              : column === 'amount'
                ? 'amount_fen'
                : column;
          const value = row[fenColumn] ?? '';
          const trimmed = value.trim();
          const yuan = column !== fenColumn && /^-?\d+$/.test(trimmed) ? yuanText(trimmed) : value;
          return quote(yuan);
        })
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function writeDirtyBills(
  file: string,
  encounters: readonly Encounter[],
  hospitals: readonly Hospital[],
  options: DirtyFileOptions,
): Promise<void> {
  const csv = dirtyCsv(encounters, hospitals, options);
  if (!file.endsWith('.parquet')) {
    writeFileSync(file, csv);
    return;
  }
  writeFileSync(`${file}.csv`, csv);
  await withDuckDB(async (connection) => {
    await connection.run(
      `COPY (SELECT * FROM read_csv($csv, header = true, all_varchar = true)) TO $file (FORMAT parquet)`,
      { csv: `${file}.csv`, file },
    );
  });
}
