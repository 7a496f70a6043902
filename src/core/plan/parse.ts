// parsePlan: a plan document's text → Plan. Every stage runs on its own; a stage that fails leaves
// its part empty and adds a warning, so the parser never throws on a real document.
import { type DateContext } from './deadlines';
import { planHorizon } from './horizon';
import { splitLines, toParagraphs, type Paragraph } from './lines';
import { extractMechanisms } from './mechanisms';
import { extractMetadata, type PlanMetadata } from './metadata';
import { extractSchedule } from './schedule';
import { buildSections, type SectionTree } from './sections';
import { extractTargets } from './targets';
import { extractTasks } from './tasks';
import type {
  Deadline,
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

function stage<T>(name: string, fallback: T, warnings: PlanWarning[], run: () => T): T {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnings.push({ line: null, message: `解析${name}时出错：${reason}` });
    return fallback;
  }
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

export function parsePlan(text: string): Plan {
  const warnings: PlanWarning[] = [];
  const lines = stage('文本行', [] as string[], warnings, () =>
    splitLines(typeof text === 'string' ? text : ''),
  );
  const paragraphs = stage('段落', [] as Paragraph[], warnings, () => toParagraphs(lines));
  const meta = stage('标题、文号和日期', EMPTY_METADATA, warnings, () =>
    extractMetadata(paragraphs, warnings),
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
  const targets = stage<Target[]>('量化目标', [], warnings, () =>
    extractTargets(paragraphs, tasks, ctx, warnings),
  );
  const workGroups = stage<WorkGroup[]>('工作组', [], warnings, () =>
    extractWorkGroups(lines, warnings),
  );
  const schedule = stage<ScheduleItem[]>('时序安排', [], warnings, () =>
    extractSchedule(lines, ctx, warnings),
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
    workGroups,
    schedule,
    units,
    warnings,
    lineCount: lines.length,
    mechanisms,
  };
}
