// What reading the file's bytes said (an assumed or doubtful encoding, rebuilt numbering), kept with the
// parsed plan: its warnings come first among the plan's, marked 'document', and survive a re-parse.
import type { DecodingNote, Plan, PlanWarning } from './types';

export interface DocumentReading {
  warnings?: PlanWarning[];
  decoding?: DecodingNote | null;
}

/** The plan with the reader's warnings in front of the parser's and the decoding doubt, if any. */
export function withDocumentReading(plan: Plan, reading: DocumentReading): Plan {
  const documentWarnings = (reading.warnings ?? []).map((warning): PlanWarning => ({
    ...warning,
    kind: 'document',
  }));
  const result: Plan = { ...plan, warnings: [...documentWarnings, ...plan.warnings] };
  if (reading.decoding) result.decoding = reading.decoding;
  else delete result.decoding;
  return result;
}

/** What a stored plan keeps of its file's reading, to carry over to a new parse of the same text. */
export function documentReadingOf(plan: Plan): DocumentReading {
  return {
    warnings: plan.warnings.filter((warning) => warning.kind === 'document'),
    decoding: plan.decoding ?? null,
  };
}
