// Groups the case rows of one piece of a case file straight into result CSV lines, without keeping the
// cases or results: the text of `yigai drg group --csv` for a piece of whole records (the file's header
// read apart). The same function runs in-process and on worker threads, so both print the same bytes.
import { caseRowReader } from './case-record';
import type { CompiledScheme } from './compile';
import { CsvRowSplitter } from './csv-rows';
import { groupCase } from './group';
import { csvRow } from './result-csv';
import type { GroupOptions } from './types';

export interface CaseRowsPiece {
  /** Whole records of the file, starting at the start of one (the last may lack its line break). */
  text: string;
  /** Lines of the file before this piece, for the line an error names. */
  linesBefore: number;
}

export interface GroupedRows {
  /** One CSV line per case, each ending in a line break. */
  csv: string;
  /** Lines of the file the piece spans. */
  lines: number;
}

export function groupCaseRows(
  scheme: CompiledScheme,
  header: readonly string[],
  file: string,
  piece: CaseRowsPiece,
  options: GroupOptions,
): GroupedRows {
  const reader = caseRowReader(header, file);
  const splitter = new CsvRowSplitter(file, {
    linesBefore: piece.linesBefore,
    atFileStart: false,
  });
  let csv = '';
  const onRow = (values: string[], line: number) => {
    csv += `${csvRow(groupCase(scheme, reader(values, line), options))}\n`;
  };
  splitter.push(piece.text, onRow);
  splitter.end(onRow);
  return { csv, lines: splitter.lineCount - piece.linesBefore };
}
