// parsePlan: a plan document's text → Plan. Every stage runs on its own; a stage that fails leaves
// its part empty and adds a warning of kind 'stage-failure' (a parser defect, visible to tests and
// reviewers), so a real document always gets a reading; `strict` makes such a failure throw instead.
import { splitBaselines } from './baselines';
import { type DateContext } from './deadlines';
import { planHorizon } from './horizon';
import { splitLines, toParagraphs, type Paragraph } from './lines';
import { extractMechanisms } from './mechanisms';
import { findFurniture, isFurnitureLine } from './furniture';
import { extractMetadata, type PlanMetadata } from './metadata';
import { extractSchedule } from './schedule';
import { buildSections, type SectionTree } from './sections';
import { extractTargets } from './targets';
import { extractTasks } from './tasks';
import type {
  Baseline,
  Deadline,
  LineRange,
  Plan,
  PlanWarning,
  ScheduleItem,
  Target,
  Task,
  UnitMention,
  WorkGroup,
} from './types';
import { collectUnits } from './units';
import { extractWorkGroups } from './work-groups';

export interface ParseOptions {
  /** Throw when a stage fails instead of recording a stage-failure warning (tests, tooling). */
  strict?: boolean;
  /**
   * Test seam: replaces the function a stage runs (by its name, e.g. "任务"), so a test can inject
   * a fault and prove that the property tests notice it.
   */
  replaceStage?: (name: string, run: () => unknown) => () => unknown;
}

/** A stage failure names the stage: the reviewer sees which part is missing and why. */
export class StageFailure extends Error {
  constructor(
    readonly stage: string,
    readonly reason: string,
  ) {
    super(`解析${stage}时出错：${reason}`);
    this.name = 'StageFailure';
  }
}

function runStage<T>(
  name: string,
  fallback: T,
  warnings: PlanWarning[],
  run: () => T,
  options: ParseOptions,
): T {
  const body = options.replaceStage ? (options.replaceStage(name, run) as () => T) : run;
  try {
    return body();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (options.strict) throw new StageFailure(name, reason);
    warnings.push({
      line: null,
      message: `解析${name}时出错：${reason}。这一部分暂为空，请人工核对并报告此问题`,
      kind: 'stage-failure',
      stage: name,
    });
    return fallback;
  }
}

/** The stage failures recorded in a plan's warnings (empty when every stage ran). */
export function stageFailures(plan: Pick<Plan, 'warnings'>): PlanWarning[] {
  return plan.warnings.filter((warning) => warning.kind === 'stage-failure');
}

const EMPTY_METADATA: PlanMetadata = {
  title: null,
  noticeTitle: null,
  issuer: null,
  docNumber: null,
  issuedOn: null,
  bodyStartLine: 1,
  titleEndLine: null,
};

export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  const stage = <T>(name: string, fallback: T, into: PlanWarning[], run: () => T): T =>
    runStage(name, fallback, into, run, options);
  const warnings: PlanWarning[] = [];
  const lines = stage('文本行', [] as string[], warnings, () =>
    splitLines(typeof text === 'string' ? text : ''),
  );
  const furniture = stage<LineRange[]>('网页栏目', [], warnings, () => findFurniture(lines));
  // The document's own lines (furniture blanked, numbering kept): no later stage reads site furniture.
  const documentLines = lines.map((line, i) => (isFurnitureLine(furniture, i + 1) ? '' : line));
  const paragraphs = stage('段落', [] as Paragraph[], warnings, () => toParagraphs(documentLines));
  const meta = stage('标题、文号和日期', EMPTY_METADATA, warnings, () =>
    extractMetadata(paragraphs, warnings, lines),
  );
  const ctx: DateContext = {
    issuedOn: meta.issuedOn,
    defaultYear: meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : null,
  };
  const tree = stage<SectionTree>('章节结构', { sections: [], items: [] }, warnings, () =>
    buildSections(paragraphs, meta.bodyStartLine),
  );
  const horizon = stage<Deadline | null>('方案期限', null, warnings, () =>
    planHorizon(meta.title, tree, ctx),
  );
  const tasks = stage<Task[]>('任务', [], warnings, () =>
    extractTasks(tree, ctx, horizon, warnings),
  );
  const found = stage<Target[]>('量化目标', [], warnings, () =>
    extractTargets(paragraphs, tasks, ctx, warnings),
  );
  const { targets, baselines } = stage<{ targets: Target[]; baselines: Baseline[] }>(
    '基线',
    { targets: found, baselines: [] },
    warnings,
    () => splitBaselines(found, tree, ctx),
  );
  const workGroups = stage<WorkGroup[]>('工作组', [], warnings, () =>
    extractWorkGroups(documentLines, warnings),
  );
  const schedule = stage<ScheduleItem[]>('时序安排', [], warnings, () =>
    extractSchedule(documentLines, ctx, warnings),
  );
  const units = stage<UnitMention[]>('单位名称', [], warnings, () =>
    collectUnits({ lines, tasks, workGroups }),
  );
  const mechanisms = stage<Plan['mechanisms']>('资金机制', null, warnings, () =>
    extractMechanisms(paragraphs, meta.issuer),
  );
  return {
    title: meta.title,
    noticeTitle: meta.noticeTitle,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    issuedOn: meta.issuedOn,
    sections: tree.sections,
    tasks,
    targets,
    baselines,
    workGroups,
    schedule,
    units,
    warnings,
    furniture,
    lineCount: lines.length,
    mechanisms,
  };
}
