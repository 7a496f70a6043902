// Lines whose quantity follows from the encounter itself rather than from a budget: registration and
// consultation per visit, bed, nursing and consultation per day, the surgery and anaesthesia of each
// procedure, and the pharmacy service fee (药事服务费) when drugs were dispensed.
import { draftLine, type DraftLine, type LineContext } from './budget-lines';
import { FIXED_ITEMS, SURGERY_ITEMS, demoItem, priceAt } from './items';
import type { Random } from './random';

const GENERAL_ANAESTHESIA = ['47.01', '51.23', '79.3', '81.54', '68.41', '68.29'];
const SPINAL_ANAESTHESIA = ['74.1', '53.0'];

const startsWithAny = (code: string, prefixes: readonly string[]) =>
  prefixes.some((prefix) => code.startsWith(prefix));

function line(code: string, quantity: number, context: LineContext): DraftLine[] {
  const entry = demoItem(code);
  if (priceAt(entry, context.level) <= 0 || quantity <= 0) return [];
  return [draftLine(entry, quantity * 1000, context)];
}

export function fixedLines(
  random: Random,
  context: LineContext,
  losDays: number,
  procedures: readonly string[],
): DraftLine[] {
  if (context.encounterType === 'outpatient') {
    // Level-1 hospitals charge the 一般诊疗费 instead of registration and consultation.
    if (context.level === 1) return line(FIXED_ITEMS.generalDiagnosis, 1, context);
    const consultation =
      random() < 0.15 ? FIXED_ITEMS.expertConsultation : FIXED_ITEMS.outpatientConsultation;
    return [...line(FIXED_ITEMS.registration, 1, context), ...line(consultation, 1, context)];
  }
  const lines = [
    ...line(FIXED_ITEMS.bed, losDays, context),
    ...line(FIXED_ITEMS.nursing, losDays, context),
    ...line(FIXED_ITEMS.inpatientConsultation, losDays, context),
  ];
  const surgeries = new Set<string>();
  for (const procedure of procedures) {
    const match = SURGERY_ITEMS.find(([prefix]) => procedure.startsWith(prefix));
    if (match) surgeries.add(match[1]);
  }
  for (const code of surgeries) lines.push(...line(code, 1, context));
  const main = procedures[0] ?? '';
  if (startsWithAny(main, GENERAL_ANAESTHESIA))
    lines.push(...line(FIXED_ITEMS.generalAnaesthesia, 1, context));
  else if (startsWithAny(main, SPINAL_ANAESTHESIA))
    lines.push(...line(FIXED_ITEMS.spinalAnaesthesia, 1, context));
  return lines;
}

/** 药事服务费: charged by every hospital before the reform, per visit or per inpatient day with drugs. */
export function pharmacyFeeLines(
  context: LineContext,
  losDays: number,
  hasDrugs: boolean,
): DraftLine[] {
  if (!hasDrugs) return [];
  return context.encounterType === 'outpatient'
    ? line(FIXED_ITEMS.outpatientPharmacyFee, 1, context)
    : line(FIXED_ITEMS.inpatientPharmacyFee, losDays, context);
}
