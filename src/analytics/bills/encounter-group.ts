// Collects the lines of one encounter as they stream in, checks that they agree with each other, and
// either yields the encounter or rejects it whole, counting every one of its lines under a reason.
import type { Hospital } from '../../core/simulate/bills';
import {
  parseLine,
  type ItemCodeLookup,
  type LineProblem,
  type ParsedLine,
  type RawBillRow,
} from './parse-line';
import type { BillEncounter } from './read-bills';
import type { Rejections } from './rejections';

interface PendingLine {
  raw: RawBillRow;
  line: number;
  parsed?: ParsedLine;
  problems: LineProblem[];
}

const sameHospital = (a: Hospital, b: Hospital) =>
  a.level === b.level && a.sponsor === b.sponsor && a.name === b.name;

export class EncounterGroup {
  private pending: PendingLine[] = [];
  private encounterId: string | null | undefined;
  linesAccepted = 0;
  encountersAccepted = 0;
  encountersRejected = 0;

  constructor(
    private readonly rejections: Rejections,
    private readonly hospitals: Map<string, Hospital>,
    private readonly itemCodes?: ItemCodeLookup,
  ) {}

  /** True when a line of this encounter id belongs to the encounter being collected. */
  accepts(encounterId: string | null): boolean {
    return this.pending.length === 0 || encounterId === this.encounterId;
  }

  add(raw: RawBillRow, line: number): void {
    if (this.pending.length === 0) this.encounterId = raw.encounter_id ?? null;
    this.pending.push({ raw, line, ...parseLine(raw, this.itemCodes) });
  }

  /** Ends the encounter being collected: returns it when every line is valid, else counts the rejection. */
  finish(): BillEncounter | undefined {
    const lines = this.pending;
    this.pending = [];
    if (lines.length === 0) return undefined;
    this.checkAgreement(lines);

    if (lines.some((line) => line.problems.length > 0)) {
      this.encountersRejected += 1;
      for (const line of lines) {
        const problems =
          line.problems.length > 0
            ? line.problems
            : [{ reason: 'rejected-with-encounter' as const, message: '同一就诊另有被拒明细' }];
        for (const problem of problems) {
          this.rejections.add(problem.reason, {
            line: line.line,
            message: problem.message,
            values: line.raw,
          });
        }
      }
      return undefined;
    }

    const first = (lines[0] as PendingLine).parsed as ParsedLine;
    const { hospital, ...fields } = first.encounter;
    if (!this.hospitals.has(hospital.id)) this.hospitals.set(hospital.id, hospital);
    this.linesAccepted += lines.length;
    this.encountersAccepted += 1;
    return {
      ...fields,
      hospitalId: hospital.id,
      lines: lines.map((line) => (line.parsed as ParsedLine).line),
    };
  }

  /** Lines of one encounter must repeat the same encounter fields and number their lines once each. */
  private checkAgreement(lines: PendingLine[]): void {
    const reference = lines.find((line) => line.parsed)?.parsed;
    if (reference === undefined) return;
    const known = this.hospitals.get(reference.encounter.hospital.id);
    const seenLineNumbers = new Set<number>();
    for (const line of lines) {
      const parsed = line.parsed;
      if (parsed === undefined) continue;
      if (parsed.encounterKey !== reference.encounterKey) {
        line.problems.push({
          reason: 'inconsistent-encounter',
          message: `就诊 ${parsed.encounter.id} 的就诊信息与第 ${lines[0]?.line} 行不同`,
        });
      }
      if (known && !sameHospital(known, parsed.encounter.hospital)) {
        line.problems.push({
          reason: 'inconsistent-hospital',
          message: `医院 ${known.id} 在前文为 ${known.name}、${known.level} 级、${known.sponsor}`,
        });
      }
      if (seenLineNumbers.has(parsed.line.lineNo)) {
        line.problems.push({
          reason: 'duplicate-line-no',
          message: `line_no ${parsed.line.lineNo} 在就诊 ${parsed.encounter.id} 中重复`,
        });
      }
      seenLineNumbers.add(parsed.line.lineNo);
    }
  }
}
