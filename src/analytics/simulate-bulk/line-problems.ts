// Code lists the bulk SQL compares with (the line checks themselves live with the reader: bills/lines-sql.ts).

/** Our own code lists as SQL literals (none contains a quote; checked, since they enter SQL text). */
export function codeList(codes: readonly string[]): string {
  for (const code of codes)
    if (!/^[A-Za-z0-9-]+$/.test(code)) throw new Error(`not a code: ${code}`);
  return `(${codes.map((code) => `'${code}'`).join(', ')})`;
}

export const DRUG_LIST = codeList(['western-drug', 'tcm-patent-drug', 'tcm-decoction-pieces']);
