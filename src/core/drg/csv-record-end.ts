// Where a piece of CSV bytes can be cut so that both sides hold whole records: after a line break that is
// not inside a quoted field. Quotes inside a quoted field come in pairs (RFC 4180), so a line break ends a
// record exactly when an even number of quotes precede it; a file that breaks that rule is an error the
// CSV reader reports on the very line, whichever side of the cut it falls.

const QUOTE = 34;
const LF = 10;

/** Quote positions in `bytes`, in order. */
function quotesOf(bytes: Uint8Array): number[] {
  const quotes: number[] = [];
  for (let at = bytes.indexOf(QUOTE); at !== -1; at = bytes.indexOf(QUOTE, at + 1)) quotes.push(at);
  return quotes;
}

/** How many of the (sorted) positions are below `limit`. */
function countBelow(positions: readonly number[], limit: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The index just past the last line break of `bytes` that ends a record, for bytes that start at the
 * start of a record; 0 when no record ends in them.
 */
export function lastRecordEnd(bytes: Uint8Array): number {
  let newline = bytes.lastIndexOf(LF);
  if (newline === -1) return 0;
  const quotes = quotesOf(bytes);
  if (quotes.length === 0) return newline + 1;
  while (newline !== -1) {
    if (countBelow(quotes, newline) % 2 === 0) return newline + 1;
    newline = newline === 0 ? -1 : bytes.lastIndexOf(LF, newline - 1);
  }
  return 0;
}

/** The index just past the first line break at or after `from` that ends a record (from a record start), or -1. */
export function firstRecordEnd(bytes: Uint8Array, from = 0): number {
  let quotes = 0;
  for (let at = from; at < bytes.length; at++) {
    const byte = bytes[at];
    if (byte === QUOTE) quotes++;
    else if (byte === LF && quotes % 2 === 0) return at + 1;
  }
  return -1;
}
