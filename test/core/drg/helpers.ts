// Shared by the DRG tests: the sample cases and the reference grouper's output shipped in data/drg/samples/.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseCaseRecord } from '../../../src/core/drg/case-record';
import type { DrgCase } from '../../../src/core/drg/types';
import { DRG_DATA_DIR } from '../../../src/store/drg-schemes';

const readCsv = (name: string) =>
  parse(readFileSync(`${DRG_DATA_DIR}samples/${name}`, 'utf8'), {
    columns: true,
    relax_column_count: true,
  }) as Array<Record<string, string>>;

/** The 30 sample cases with their expected DRG (empty for the 6 unlabelled ones). */
export function sampleCases(): Array<{ drgCase: DrgCase; label: string }> {
  return readCsv('input_DRG_Python.txt').map((row, i) => ({
    drgCase: parseCaseRecord(row, { file: 'input_DRG_Python.txt', line: i + 2 }),
    label: row.drg ?? '',
  }));
}

/** The reference grouper's CHS-DRG 1.1 output: Index,status_code,status,mdc,adrg,drg,drg_name,messages. */
export function referenceResults(): Map<string, Record<string, string>> {
  return new Map(readCsv('results_chs_drg_11.csv').map((row) => [row.Index ?? '', row]));
}
