// Groups a whole uploaded file of cases for a report: in this thread for a small file, on worker threads
// for a large one, and adds to each case that did not group the reason in words, taken from its trace.
import { availableParallelism } from 'node:os';
import type { CompiledScheme } from '../core/drg/compile';
import { groupCase } from '../core/drg/group';
import { GROUP_STATUS, UNGROUPABLE_DRG, type DrgCase, type DrgResult } from '../core/drg/types';
import { groupBatchesInParallel } from './drg-bulk';

export interface GroupedCase {
  result: DrgResult;
  /** Why a case did not group (input problems, ambiguity, no MDC), and its data-quality warnings. */
  note: string;
}

export interface GroupListOptions {
  /** The compiled scheme and its name (shipped name or absolute rules path) for worker threads. */
  scheme: CompiledScheme;
  schemeRef: string;
  /** From this many cases on, group on worker threads; default 5,000. */
  parallelFrom?: number;
  /** Refuse cases with data-quality warnings too (GroupOptions.strict); default false. */
  strict?: boolean;
}

function noteFor(scheme: CompiledScheme, drgCase: DrgCase, result: DrgResult): string {
  const warnings = result.warnings.length > 0 ? `数据质量提示：${result.warnings.join('；')}` : '';
  if (result.status === GROUP_STATUS.invalid) return result.messages.join('；');
  const reason =
    result.status === GROUP_STATUS.success ? '' : failureReason(scheme, drgCase, result);
  return [reason, warnings].filter((text) => text !== '').join('。');
}

function failureReason(scheme: CompiledScheme, drgCase: DrgCase, result: DrgResult): string {
  const trace = groupCase(scheme, drgCase, { trace: true }).trace;
  const stage = result.status === GROUP_STATUS.ambiguous ? 'ambiguity' : 'split';
  const step =
    result.drg === UNGROUPABLE_DRG
      ? trace[trace.length - 1]
      : [...trace].reverse().find((candidate) => candidate.stage === stage);
  return step?.text ?? '';
}

export async function groupCaseList(
  cases: readonly DrgCase[],
  options: GroupListOptions,
): Promise<GroupedCase[]> {
  const { scheme } = options;
  let results: DrgResult[];
  if (cases.length < (options.parallelFrom ?? 5000)) {
    const strict = options.strict === true;
    results = cases.map((drgCase) => groupCase(scheme, drgCase, { trace: false, strict }));
  } else {
    results = [];
    const workers = Math.max(1, Math.min(4, availableParallelism()));
    for await (const batch of groupBatchesInParallel(cases, {
      scheme: options.schemeRef,
      workers,
      batchSize: 2000,
      strict: options.strict === true,
    })) {
      results.push(...batch);
    }
  }
  return results.map((result, i) => ({
    result,
    note: noteFor(scheme, cases[i] as DrgCase, result),
  }));
}
