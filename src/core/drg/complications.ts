// Major complications (MCC) and complications (CC): which secondary diagnoses count, after the
// principal diagnosis's exclusion table (CCE) has removed those of the same table.

/** Code → exclusion-table id, for the MCC list, the CC list and the principal-diagnosis exclusions. */
export interface ComplicationTables {
  mcc: ReadonlyMap<string, string>;
  cc: ReadonlyMap<string, string>;
  cce: ReadonlyMap<string, string>;
}

/**
 * True when the case has at least two diagnoses and some secondary diagnosis is in `table` with an
 * exclusion-table id other than the principal diagnosis's (a principal without a CCE entry excludes nothing).
 */
export function hasComplication(
  table: ReadonlyMap<string, string>,
  exclusions: ReadonlyMap<string, string>,
  diagnoses: readonly string[],
): boolean {
  if (diagnoses.length < 2) return false;
  const excluded = exclusions.get(diagnoses[0] as string);
  for (let i = 1; i < diagnoses.length; i++) {
    const tableId = table.get(diagnoses[i] as string);
    if (tableId !== undefined && tableId !== excluded) return true;
  }
  return false;
}

export interface ComplicationFinding {
  code: string;
  kind: 'MCC' | 'CC';
  /** The exclusion table the secondary diagnosis belongs to. */
  tableId: string;
  /** True when the principal diagnosis's exclusion table removed it. */
  excluded: boolean;
}

/** Every secondary diagnosis that is an MCC or a CC, and whether it counted; for the trace. */
export function complicationFindings(
  tables: ComplicationTables,
  diagnoses: readonly string[],
): { principalTableId: string | undefined; findings: ComplicationFinding[] } {
  const principalTableId =
    diagnoses.length > 0 ? tables.cce.get(diagnoses[0] as string) : undefined;
  const findings: ComplicationFinding[] = [];
  for (const code of diagnoses.slice(1)) {
    const mccTable = tables.mcc.get(code);
    const ccTable = mccTable === undefined ? tables.cc.get(code) : undefined;
    const tableId = mccTable ?? ccTable;
    if (tableId === undefined) continue;
    findings.push({
      code,
      kind: mccTable !== undefined ? 'MCC' : 'CC',
      tableId,
      excluded: tableId === principalTableId,
    });
  }
  return { principalTableId, findings };
}
