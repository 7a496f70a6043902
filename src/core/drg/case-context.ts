// The per-case state a compiled condition reads: the case, its complication flags computed at most
// once, and, when a trace is wanted, the notes the conditions that held leave behind.
import { hasComplication, type ComplicationTables } from './complications';
import type { DrgCase } from './types';

const UNKNOWN = -1;

export class CaseContext {
  readonly case: DrgCase;
  readonly principal: string;
  readonly mainProcedure: string;
  /** Readable notes of the conditions that held; null when no trace is built. */
  readonly notes: string[] | null;
  private readonly tables: ComplicationTables;
  private mcc = UNKNOWN;
  private cc = UNKNOWN;

  constructor(drgCase: DrgCase, tables: ComplicationTables, notes: string[] | null) {
    this.case = drgCase;
    this.principal = drgCase.diagnoses[0] ?? '';
    this.mainProcedure = drgCase.procedures[0] ?? '';
    this.tables = tables;
    this.notes = notes;
  }

  hasMcc(): boolean {
    if (this.mcc === UNKNOWN) {
      this.mcc = hasComplication(this.tables.mcc, this.tables.cce, this.case.diagnoses) ? 1 : 0;
    }
    return this.mcc === 1;
  }

  hasCc(): boolean {
    if (this.cc === UNKNOWN) {
      this.cc = hasComplication(this.tables.cc, this.tables.cce, this.case.diagnoses) ? 1 : 0;
    }
    return this.cc === 1;
  }

  /** Leaves a note when a trace is being built. */
  note(text: string): void {
    if (this.notes !== null) this.notes.push(text);
  }
}
