// The readable trace of a grouping, in Chinese: which MDC applied and why, which ADRG list matched,
// which split held, which secondary diagnosis counted as MCC/CC and which an exclusion table removed.
import type { CompiledMdc, CompiledScheme } from './compile';
import { complicationFindings } from './complications';
import type { TraceStep } from './types';

type MultiTrauma = NonNullable<CompiledMdc['multiTrauma']>;

/** The distinct body regions the case's diagnoses cover, and which diagnoses put them there. */
export function traumaRegions(
  trauma: MultiTrauma,
  diagnoses: readonly string[],
): { regions: string[]; codes: string[] } {
  const regions: string[] = [];
  const codes: string[] = [];
  for (const code of diagnoses) {
    const region = trauma.regions.get(code);
    if (region === undefined) continue;
    codes.push(code);
    if (!regions.includes(region)) regions.push(region);
  }
  return { regions, codes };
}

export const joinNotes = (notes: readonly string[], otherwise: string): string =>
  notes.length > 0 ? notes.join('；') : otherwise;

export function traumaStep(
  mdc: CompiledMdc,
  trauma: MultiTrauma,
  diagnoses: readonly string[],
): TraceStep {
  const { regions, codes } = traumaRegions(trauma, diagnoses);
  const enough = regions.length >= trauma.minRegions;
  const found = codes.length > 0 ? `诊断 ${codes.join('、')} 属于 ${trauma.label}，` : '';
  const covered =
    regions.length > 0
      ? `覆盖 ${regions.length} 个部位（${regions.join('、')}）`
      : '未覆盖任何创伤部位';
  const verdict = enough
    ? `，不少于 ${trauma.minRegions} 个`
    : `，少于 ${trauma.minRegions} 个，${mdc.code} 不适用`;
  return { stage: 'mdc', code: mdc.code, text: `${found}${covered}${verdict}` };
}

/** The principal diagnosis's exclusion table and every secondary diagnosis that is an MCC or CC. */
export function complicationSteps(
  scheme: CompiledScheme,
  diagnoses: readonly string[],
): TraceStep[] {
  const principal = diagnoses[0] ?? '';
  const { principalTableId, findings } = complicationFindings(scheme.complications, diagnoses);
  const steps: TraceStep[] = [
    {
      stage: 'complication',
      code: principal,
      text:
        principalTableId === undefined
          ? `主诊断 ${scheme.describeDiagnosis(principal)}没有排除表，不排除任何并发症`
          : `主诊断 ${scheme.describeDiagnosis(principal)}的排除表为 ${principalTableId}`,
    },
  ];
  for (const finding of findings) {
    const head = `次要诊断 ${scheme.describeDiagnosis(finding.code)}属于 ${finding.kind}（排除表 ${finding.tableId}）`;
    steps.push({
      stage: 'complication',
      code: finding.code,
      text: finding.excluded
        ? `${head}，与主诊断同属排除表 ${finding.tableId}，被排除`
        : `${head}，计入`,
    });
  }
  if (findings.length === 0) {
    steps.push({
      stage: 'complication',
      code: '',
      text: '次要诊断中没有严重并发症或合并症（MCC）及并发症或合并症（CC）',
    });
  }
  return steps;
}
