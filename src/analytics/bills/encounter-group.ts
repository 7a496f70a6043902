// Collects the lines of one encounter as they stream in, checks that they agree with each other, nets refunds
// against their charges (refunds.ts), and either yields the encounter or rejects it whole, counting every one of
// its lines under each of its reasons once. check-lines.ts does the same in SQL.
import type { Hospital } from '../../core/simulate/bills';
import {
  parseLine,
  type ItemCodeLookup,
  type LineProblem,
  type LineValues,
  type ParsedLine,
  type RawBillRow,
} from './parse-line';
import type { BillEncounter } from './read-bills';
import type { Rejections } from './rejections';
import { netRefunds } from './refunds';

export interface PendingLine {
  raw: RawBillRow;
  line: number;
  parsed?: ParsedLine;
  problems: LineProblem[];
  values: LineValues;
}

export class EncounterGroup {
  private pending: PendingLine[] = [];
  private encounterId: string | null = null;
  linesAccepted = 0;
  linesNetted = 0;
  encountersAccepted = 0;
  encountersRejected = 0;

  /**
   * `conflictingHospitals`: codes the file writes with two levels, sponsors or names (found before the lines
   * are read, over the whole file): every line of theirs is rejected.
   */
  constructor(
    private readonly rejections: Rejections,
    private readonly hospitals: Map<string, Hospital>,
    private readonly conflictingHospitals: ReadonlySet<string>,
    private readonly itemCodes?: ItemCodeLookup,
  ) {}

  /** True when a line of this encounter id (trimmed; empty is null) belongs to the encounter being collected. */
  accepts(encounterId: string | null): boolean {
    return this.pending.length === 0 || encounterId === this.encounterId;
  }

  add(raw: RawBillRow, line: number): void {
    const parsed = parseLine(raw, this.itemCodes);
    if (this.pending.length === 0) this.encounterId = parsed.values.encounterId;
    this.pending.push({ raw, line, ...parsed });
  }

  /** Ends the encounter being collected: returns it when every line is valid, else counts the rejection. */
  finish(): BillEncounter | undefined {
    const lines = this.pending;
    this.pending = [];
    if (lines.length === 0) return undefined;
    this.checkAgreement(lines);
    const netted = netRefunds(lines);

    if (lines.some((line) => line.problems.length > 0)) {
      this.encountersRejected += 1;
      for (const line of lines) {
        const problems =
          line.problems.length > 0
            ? line.problems
            : [{ reason: 'rejected-with-encounter' as const, message: '同一就诊另有被拒明细' }];
        const counted = new Set<string>();
        for (const problem of problems) {
          if (counted.has(problem.reason)) continue;
          counted.add(problem.reason);
          this.rejections.add(problem.reason, {
            line: line.line,
            message: problem.message,
            values: line.raw,
          });
        }
      }
      return undefined;
    }

    this.linesAccepted += lines.length;
    this.linesNetted += netted.nettedLines;
    const first = (lines[0] as PendingLine).parsed as ParsedLine;
    const { hospital, ...fields } = first.encounter;
    if (netted.lines.length === 0) return undefined;
    if (!this.hospitals.has(hospital.id)) this.hospitals.set(hospital.id, hospital);
    this.encountersAccepted += 1;
    return { ...fields, hospitalId: hospital.id, lines: netted.lines };
  }

  /**
   * Lines of one encounter must repeat the same encounter fields (else every line is inconsistent), number their
   * lines once each (else every line with a repeated number is), and name a hospital the file writes one way.
   */
  private checkAgreement(lines: PendingLine[]): void {
    const firstKey = lines[0]?.values.encounterKey;
    const disagree = lines.some((line) => line.values.encounterKey !== firstKey);
    const numbers = new Map<number, number>();
    for (const { values } of lines) {
      if (values.lineNo !== null) numbers.set(values.lineNo, (numbers.get(values.lineNo) ?? 0) + 1);
    }
    for (const line of lines) {
      const { values } = line;
      if (disagree) {
        line.problems.push({
          reason: 'inconsistent-encounter',
          message: `就诊 ${values.encounterId ?? ''} 各行的就诊信息（人员、医院、险种、日期、诊断……）不一致`,
        });
      }
      if (values.lineNo !== null && (numbers.get(values.lineNo) ?? 0) > 1) {
        line.problems.push({
          reason: 'duplicate-line-no',
          message: `line_no ${values.lineNo} 在就诊 ${values.encounterId ?? ''} 中重复`,
        });
      }
      if (values.hospitalCode !== null && this.conflictingHospitals.has(values.hospitalCode)) {
        line.problems.push({
          reason: 'inconsistent-hospital',
          message: `医院 ${values.hospitalCode} 在文件中写有不同的等级、举办主体或名称`,
        });
      }
    }
  }
}
