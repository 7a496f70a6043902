// Baselines: figures that say where the plan starts, not where it must go — those in a 现状 / 发展基础 /
// 取得成效 / 工作基础 section, those dated before the issue date, and the "from" end of 从A提升到B.
import type { DateContext } from './deadlines';
import type { SectionItem, SectionTree } from './sections';
import type { Baseline, Target } from './types';
import { yearOf } from './calendar';

/** Headings of sections that describe the situation before the plan. */
const BASELINE_SECTION =
  /(?:现状|发展基础|工作基础|改革基础|基本情况|取得成效|主要成效|工作成效|改革成效|取得的成绩|发展成就|工作回顾|面临的形势|形势分析)/;

/** Lines of every section (with its subsections) whose heading names the starting point. */
function baselineLines(tree: SectionTree): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  const byKey = new Map(tree.items.map((item) => [item.section.key, item]));
  const isBaseline = (item: SectionItem) =>
    BASELINE_SECTION.test(item.section.title) ||
    item.path.some((key) => BASELINE_SECTION.test(byKey.get(key)?.section.title ?? ''));
  for (const item of tree.items) {
    if (!isBaseline(item)) continue;
    const last = item.paragraphs[item.paragraphs.length - 1];
    spans.push({ from: item.section.source.line, to: last?.endLine ?? item.section.source.line });
  }
  return spans;
}

/** A figure whose own date (not one inherited from its paragraph or task) lies before the issue date. */
function datedBeforeIssue(target: Target, ctx: DateContext): boolean {
  if (ctx.issuedOn === null || target.due === null || target.dueInherited === true) return false;
  return target.due < ctx.issuedOn;
}

function asBaseline(target: Target): Baseline {
  return { ...target, year: yearOf(target.due) };
}

/**
 * Splits what the target stage found into targets and baselines. A range that starts from a level
 * ("从20%提升到25%左右") stays a target and also gives a baseline for its starting level.
 */
export function splitBaselines(
  found: Target[],
  tree: SectionTree,
  ctx: DateContext,
): { targets: Target[]; baselines: Baseline[] } {
  const spans = baselineLines(tree);
  const inBaselineSection = (t: Target) =>
    spans.some((span) => t.source.line >= span.from && t.source.line <= span.to);
  const targets: Target[] = [];
  const baselines: Baseline[] = [];
  for (const target of found) {
    if (inBaselineSection(target) || datedBeforeIssue(target, ctx)) {
      baselines.push(asBaseline(target));
      continue;
    }
    targets.push(target);
    if (target.range?.kind === 'change') {
      baselines.push({
        ...target,
        key: `${target.key}:from`,
        op: '=',
        value: target.range.from,
        due: null,
        dueText: null,
        year: target.range.fromYear ?? null,
      });
    }
  }
  return { targets, baselines };
}
