// The Plan: what the parser extracts from a reform-plan document, every item pointing back to its lines.
// Field names of the `--json` contract (title, tasks[].lead, targets[].op …) are fixed; extra fields are ours.
import type { PlanMechanisms } from './mechanisms/types';

/** A span of the document: 1-based line numbers of the original text, inclusive. */
export interface SourceRef {
  line: number;
  endLine?: number;
}

/** A deadline as read from the document. `due` is a YYYY-MM-DD calendar date (Asia/Shanghai) or null. */
export interface Deadline {
  /** The words as written, e.g. "2020年底前", "8月11日前", "全程", "2017年4月—2018年12月". */
  dueText: string | null;
  /** Last day by which the thing must be done; null when ongoing or unknown. */
  due: string | null;
  /** First day of a phase ("2017年4月—2018年12月" starts 2017-04-01), else null. */
  start?: string | null;
  /** 全程 / 持续 / 长期: no end date. */
  ongoing?: boolean;
  /** True when the deadline was not written in the item itself but inherited (section, phase, plan horizon). */
  inherited?: boolean;
}

export interface Section {
  /** Stable key from the numbering path, e.g. "二/（一）/1". Survives a re-parse of the same document. */
  key: string;
  /** The numbering as written, e.g. "（十一）", "1.", "附件2". */
  ref: string;
  /** Heading without numbering. */
  title: string;
  level: number;
  source: SourceRef;
  children: Section[];
}

export interface Task {
  /** Stable key (section path), used by corrections. */
  key: string;
  /** Numbering as written: "（三）", "12.", "1." … */
  ref: string;
  /** Heading without numbering, e.g. "改革完善疾病预防控制体系". */
  title: string;
  /** Full text of the item (all its lines joined, page-break artefacts removed). */
  text: string;
  /** Lead units, as written in the document. 分别负责: every listed unit leads. */
  lead: string[];
  /** Cooperating units (配合单位 / 参与), as written. */
  co: string[];
  /** The attribution clause as written, e.g. "（牵头单位：区卫健委，配合单位：区医保局）". */
  attribution: string;
  /** 分别负责: each lead unit leads its own part. */
  eachLeadsOwnPart: boolean;
  dueText: string | null;
  due: string | null;
  deadline: Deadline;
  /** Keys of the sections above this task, outermost first (for grouping in the ledger). */
  sectionPath: string[];
  source: SourceRef;
  /** True when a person must check the task: no responsibility clause (lead empty), or the item is cut off. */
  needsReview?: boolean;
  /** Why it must be checked, in the words the review page shows ("原文没有写明责任单位，牵头单位为空"). */
  reviewReason?: string;
}

export type TargetOp = '<' | '<=' | '>' | '>=' | '=' | '~';

export interface Target {
  /** Stable key within the document, e.g. "L67#2" (second target of the paragraph that starts on line 67). Used by corrections. */
  key: string;
  /** The phrase as written, e.g. "药占比（不含中药饮片）降到30%以下". */
  text: string;
  /** What is measured, as written ("药占比（不含中药饮片）"). */
  subject: string;
  op: TargetOp;
  /** Numeric value; a ratio "1∶2" gives value 2 with unit "1:N". */
  value: number;
  unit: string;
  due: string | null;
  dueText: string | null;
  /** True when the deadline is not in the target's sentence but comes from its year-structured paragraph. */
  dueInherited?: boolean;
  /** Who the target applies to, e.g. "二级公立医院", "三级医院", or null for all. */
  scope: string | null;
  /** Name of the monitoring indicator this target is measured by, or null when none matches. */
  indicator: string | null;
  /** Key of the task the target belongs to, when it sits inside one. */
  taskKey: string | null;
  /** The line(s) of the phrase itself, which may follow a page break inside its paragraph. */
  source: SourceRef;
  /**
   * Both ends of a range as written. 'change': "从20%提升到25%左右" — `from` is the level it starts
   * at, `to` (= value) the goal; 'band': "控制在15%—20%" — the goal lies between `from` and `to`
   * (= value, op "<="). Absent for a single figure.
   */
  range?: TargetRange;
}

export interface TargetRange {
  kind: 'change' | 'band';
  from: number;
  to: number;
  /** The year the starting level is dated ("从2016年的20%提高到25%" → 2016), when written. */
  fromYear?: number;
}

/**
 * A figure that describes where the plan starts (a 现状 / 发展基础 / 取得成效 section, a date before the
 * issue date, the "from" end of 从…提升到…): the same shape as a target, with the year it refers to.
 */
export interface Baseline extends Target {
  /** The year the figure describes, from its date phrase; null when the text gives none. */
  year: number | null;
}

/** Lines of the source that are not the document: a portal's navigation, log-in prompts, adverts, page metadata. */
export interface LineRange {
  from: number;
  to: number;
}

export interface WorkGroup {
  name: string;
  leadUnits: string[];
  memberUnits: string[];
  leader: string | null;
  deputies: string[];
  duties: string[];
  /** The group's 工作职责 paragraph as written, when the plan has one beside the numbered duties. */
  dutySummary?: string;
  /** Units of the group's 组成人员 row (组建方案), as written; may differ from the member departments. */
  staffUnits?: string[];
  source: SourceRef;
}

export interface ScheduleItem {
  seq: number;
  dueText: string;
  due: string | null;
  ongoing: boolean;
  task: string;
  owners: string[];
  source: SourceRef;
}

/** A unit (department, body, hospital) named in the document, with its canonical body. */
export interface UnitMention {
  /** As written, e.g. "区卫健委". */
  name: string;
  /** Canonical body, e.g. "区卫生健康委员会"; null when the name is not recognised. */
  canonical: string | null;
  /** Lines where it is named. */
  lines: number[];
}

export interface PlanWarning {
  line: number | null;
  message: string;
  /**
   * 'stage-failure': a stage of the parser threw and its part of the plan is empty (a parser
   * defect, never the document's fault); 'document': a warning from reading the file's bytes.
   * Absent for the ordinary warnings about the document's content.
   */
  kind?: 'stage-failure' | 'document';
  /** For a stage failure: the stage's name ("任务", "量化目标" …). */
  stage?: string;
  /**
   * For a 'document' warning: the text may not be what the file says (stray bytes, two plausible encodings,
   * likely mojibake), so publishing needs a confirmation; a routine note such as "read as GB18030" has none.
   */
  doubtful?: boolean;
}

export interface Plan {
  title: string | null;
  /** The covering notice's title, e.g. "关于印发…的通知", when there is one. */
  noticeTitle: string | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  sections: Section[];
  tasks: Task[];
  targets: Target[];
  /** Figures describing the starting point, kept apart from the targets (monitoring shows progress from them). */
  baselines: Baseline[];
  workGroups: WorkGroup[];
  schedule: ScheduleItem[];
  units: UnitMention[];
  warnings: PlanWarning[];
  /** Lines outside the document itself (website furniture above or below it), in order. */
  furniture: LineRange[];
  /** Number of lines of the source text (lines are 1-based into it). */
  lineCount: number;
  /** The money mechanisms the plan states, each value with its line; null when the stage failed. */
  mechanisms?: PlanMechanisms | null;
  /** How the file's bytes were read, when the reading is in doubt (set by the reader, kept with the stored plan). */
  decoding?: DecodingNote;
}

/** A text file whose encoding is not certain: what was assumed and the other plausible reading. */
export interface DecodingNote {
  encoding: string;
  /** Why the reading is doubtful, in Chinese, for the reviewer. */
  reason: string;
  /** The other plausible reading of the same bytes, when there is one. */
  alternative: { encoding: string; text: string } | null;
}
