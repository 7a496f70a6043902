// The accepted bill values (core/simulate/bill-values.ts) as DuckDB SQL expressions: the same spelling tables,
// the same patterns and digit limits, the same trim as the JS reader. Each function takes an SQL expression
// of type VARCHAR and returns the normalised value, or NULL for text that is empty or not accepted.
import {
  BILL_WHITESPACE,
  codesOf,
  spellingEntries,
  VALUE_SHAPES,
  type CodedColumn,
  type ValueShape,
} from '../../core/simulate/bill-values';

/** An SQL string literal; quotes doubled, so any table entry is safe in SQL text. */
export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** String.prototype.trim in SQL: the same characters removed from both ends. */
export const jsTrim = (expression: string) => `trim(${expression}, ${sqlString(BILL_WHITESPACE)})`;

/** Character codes above the space that JS trims (most of them Unicode spaces), for a quick look at both ends. */
const WHITESPACE_CODES = [...BILL_WHITESPACE]
  .map((c) => c.codePointAt(0) as number)
  .filter((code) => code > 32)
  .join(', ');

/**
 * The trimmed text, NULL when empty: what the JS reader calls a value not given. Text that neither starts nor
 * ends with white space (most values) is taken as it is: a trim with a set of characters is slow.
 */
export const givenSql = (column: string) =>
  `(CASE WHEN ord(${column}) > 32 AND ord(${column}) NOT IN (${WHITESPACE_CODES})
      AND ord(right(${column}, 1)) > 32 AND ord(right(${column}, 1)) NOT IN (${WHITESPACE_CODES})
    THEN ${column} ELSE nullif(${jsTrim(column)}, '') END)`;

const pattern = (shape: ValueShape) => sqlString(VALUE_SHAPES[shape]);

/**
 * The code a coded column's text stands for. Text that is already a code is taken as it is (most files),
 * otherwise the trimmed, lower-cased text is looked up in the spelling table.
 */
export function spellingSql(column: CodedColumn, text: string): string {
  const codes = codesOf(column).map(sqlString).join(', ');
  const cases = spellingEntries(column)
    .map(([spelling, code]) => `WHEN ${sqlString(spelling)} THEN ${sqlString(code)}`)
    .join(' ');
  return `(CASE WHEN ${text} IN (${codes}) THEN ${text} ELSE (CASE lower(${jsTrim(text)}) ${cases} END) END)`;
}

/** `replacement` (\1, \2 … for the groups) applied to text matching the shape, NULL for any other text. */
const matched = (shape: ValueShape, text: string, replacement: string) =>
  `(CASE WHEN regexp_matches(${jsTrim(text)}, ${pattern(shape)}) THEN regexp_replace(${jsTrim(text)}, ${pattern(shape)}, ${sqlString(replacement)}) END)`;

/** dateOf: a DATE, NULL for another shape or a day the calendar lacks (2017-02-30). */
export const dateSql = (text: string) =>
  `TRY_CAST(${matched('date', text, '\\1-\\2-\\3')} AS DATE)`;

/** integerOf: a BIGINT of at most 15 digits. */
export const integerSql = (text: string) => `CAST(${matched('integer', text, '\\1\\2')} AS BIGINT)`;

/** thousandthsOf: the quantity in thousandths (sign, whole digits, decimals padded to three), as BIGINT. */
export const thousandthsSql = (text: string) =>
  `CAST(${matched('thousandths', text, '\\1\\2')} || rpad(${matched('thousandths', text, '\\3')}, 3, '0') AS BIGINT)`;

/** yuanToFenOf: yuan text to fen (sign, whole digits, decimals padded to two), as BIGINT. */
export const yuanSql = (text: string) =>
  `CAST(${matched('yuan', text, '\\1\\2')} || rpad(${matched('yuan', text, '\\3')}, 2, '0') AS BIGINT)`;
