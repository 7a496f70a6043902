// Groups one case with a compiled scheme: input checks (refusals stop, warnings travel with the result), then
// MDC → ADRG → DRG as the rules say (data/drg/README.md), with a readable trace when asked. Pure, stateless.
import { CaseContext } from './case-context';
import { checkCase } from './checks';
import type { CompiledMdc, CompiledScheme, CompiledStep } from './compile';
import { complicationSteps, joinNotes, traumaRegions, traumaStep } from './trace';
import {
  GROUP_STATUS,
  UNGROUPABLE_DRG,
  type DrgCase,
  type DrgResult,
  type GroupOptions,
  type GroupStatus,
  type TraceStep,
} from './types';

const NONE: readonly never[] = Object.freeze([]);

function result(
  scheme: CompiledScheme,
  drgCase: DrgCase,
  status: GroupStatus,
  codes: { mdc: string; adrg: string; drg: string },
  trace: TraceStep[] | null,
  warnings: readonly string[],
): DrgResult {
  const drgName = scheme.drgNames.get(codes.drg) ?? '';
  if (trace !== null && codes.drg !== '') {
    trace.push({
      stage: 'result',
      code: codes.drg,
      text: `结果：${status} ${codes.drg}${drgName ? ` ${drgName}` : ''}`,
    });
  }
  return {
    caseId: drgCase.id,
    status,
    ...codes,
    drgName,
    trace: trace ?? NONE,
    messages: NONE,
    warnings,
  };
}

/** Takes the notes the last condition left, and clears them for the next. */
function takeNotes(context: CaseContext, otherwise: string): string {
  const notes = context.notes ?? [];
  const text = joinNotes(notes, otherwise);
  notes.length = 0;
  return text;
}

function groupInMdc(
  scheme: CompiledScheme,
  mdc: CompiledMdc,
  context: CaseContext,
  trace: TraceStep[] | null,
  warnings: readonly string[],
): DrgResult | null {
  const drgCase = context.case;
  const { steps } = mdc;
  for (const position of mdc.candidates.positions(context.principal, context.mainProcedure)) {
    const step = steps[position] as CompiledStep;
    if (step.kind === 'ambiguity') {
      if (!step.enabled) continue;
      const operation = drgCase.procedures.find((code) => scheme.operations.has(code));
      if (operation === undefined) continue;
      trace?.push({
        stage: 'ambiguity',
        code: step.code,
        text:
          `手术操作 ${scheme.describeProcedure(operation)} 属于手术室手术，但未进入 ${mdc.code} 的任何手术 ADRG，` +
          `按歧义规则判为 ${step.code}`,
      });
      const codes = { mdc: mdc.code, adrg: step.code.slice(0, 3), drg: step.code };
      return result(scheme, drgCase, GROUP_STATUS.ambiguous, codes, trace, warnings);
    }
    const { adrg } = step;
    if (context.notes !== null) context.notes.length = 0;
    if (!adrg.testAdmitted(context)) continue;
    const rule = adrg.rule === adrg.code ? '' : `（入组规则 ${adrg.rule}）`;
    trace?.push({
      stage: 'adrg',
      code: adrg.code,
      text: `符合 ${adrg.code} 入组条件${rule}：${takeNotes(context, '无附加条件')}`,
    });
    const failed: string[] = [];
    for (const split of adrg.splits) {
      if (!split.test(context)) {
        if (context.notes !== null) context.notes.length = 0;
        failed.push(split.drg);
        continue;
      }
      if (trace !== null) {
        const before = failed.length > 0 ? `不满足 ${failed.join('、')} 的细分条件；` : '';
        trace.push({
          stage: 'split',
          code: split.drg,
          text: `${before}${split.drg} 的细分条件成立：${takeNotes(context, '其余情况')}`,
        });
        if (adrg.isSplit) trace.push(...complicationSteps(scheme, drgCase.diagnoses));
      }
      return result(
        scheme,
        drgCase,
        GROUP_STATUS.success,
        { mdc: mdc.code, adrg: adrg.code, drg: split.drg },
        trace,
        warnings,
      );
    }
    if (adrg.fallback !== null) {
      trace?.push({
        stage: 'split',
        code: adrg.fallback,
        text: `${adrg.code}${rule} 没有细分条件成立，按规则结果为 ${adrg.fallback}，不是有效 DRG`,
      });
      const codes = { mdc: mdc.code, adrg: adrg.code, drg: adrg.fallback };
      return result(scheme, drgCase, GROUP_STATUS.ungroupable, codes, trace, warnings);
    }
    trace?.push({
      stage: 'split',
      code: adrg.code,
      text: `${adrg.code}${rule} 没有细分条件成立，继续下一个 ADRG`,
    });
  }
  return null;
}

export function groupCase(
  scheme: CompiledScheme,
  drgCase: DrgCase,
  options: GroupOptions = {},
): DrgResult {
  const tracing = options.trace !== false;
  const findings = checkCase(scheme, drgCase);
  const refused =
    options.strict === true
      ? findings.refusals.length > 0 || findings.warnings.length > 0
      : findings.refusals.length > 0;
  if (refused) {
    const problems =
      options.strict === true ? [...findings.refusals, ...findings.warnings] : findings.refusals;
    const trace = tracing
      ? problems.map((text): TraceStep => ({ stage: 'check', code: '', text }))
      : NONE;
    return {
      caseId: drgCase.id,
      status: GROUP_STATUS.invalid,
      mdc: '',
      adrg: '',
      drg: '',
      drgName: '',
      trace,
      messages: problems,
      warnings: NONE,
    };
  }
  const { warnings } = findings;
  const trace: TraceStep[] | null = tracing
    ? warnings.map((text): TraceStep => ({
        stage: 'check',
        code: '',
        text: `数据质量提示：${text}`,
      }))
    : null;
  const context = new CaseContext(drgCase, scheme.complications, tracing ? [] : null);
  const { mdcs } = scheme;
  for (const position of scheme.mdcCandidates.positions(context.principal, context.mainProcedure)) {
    const mdc = mdcs[position] as CompiledMdc;
    if (context.notes !== null) context.notes.length = 0;
    if (!mdc.testAdmitted(context)) continue;
    const why = takeNotes(context, '无附加条件');
    if (mdc.multiTrauma !== null) {
      const enough =
        traumaRegions(mdc.multiTrauma, drgCase.diagnoses).regions.length >=
        mdc.multiTrauma.minRegions;
      if (!enough) {
        trace?.push(traumaStep(mdc, mdc.multiTrauma, drgCase.diagnoses));
        continue;
      }
    }
    trace?.push({ stage: 'mdc', code: mdc.code, text: `符合 ${mdc.code} 入组条件：${why}` });
    if (trace !== null && mdc.multiTrauma !== null)
      trace.push(traumaStep(mdc, mdc.multiTrauma, drgCase.diagnoses));
    const grouped = groupInMdc(scheme, mdc, context, trace, warnings);
    if (grouped !== null) return grouped;
    trace?.push({
      stage: 'mdc',
      code: mdc.code,
      text: `${mdc.code} 中没有 ADRG 能入组，继续查找下一个 MDC`,
    });
  }
  trace?.push({
    stage: 'result',
    code: UNGROUPABLE_DRG,
    text: '没有任何 MDC 能入组：无法入组（0000）',
  });
  return {
    caseId: drgCase.id,
    status: GROUP_STATUS.ungroupable,
    mdc: '',
    adrg: '',
    drg: UNGROUPABLE_DRG,
    drgName: '',
    trace: trace ?? NONE,
    messages: NONE,
    warnings,
  };
}
