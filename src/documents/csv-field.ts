// One CSV field as RFC 4180 writes it: quoted (quotes doubled) only when it holds a comma, quote or line break.

const needsQuotes = /[",\n\r]/;

export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A row of fields and its line break. */
export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\n`;
}
