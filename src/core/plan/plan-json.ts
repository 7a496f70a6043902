// The `--json` shape of a parsed plan (the CLI contract); field names here are fixed, extra fields are additions.
import type { Baseline, Plan, Target, TargetRange } from './types';

interface TargetJson {
  key: string;
  text: string;
  subject: string;
  op: string;
  value: number;
  unit: string;
  due: string | null;
  dueText: string | null;
  inherited: boolean;
  scope: string | null;
  indicator: string | null;
  /** Both ends of a range ("从20%提升到25%" / "15%—20%"); null for a single figure. */
  range: TargetRange | null;
  source: { line: number };
}

function targetJson(t: Target): TargetJson {
  return {
    key: t.key,
    text: t.text,
    subject: t.subject,
    op: t.op,
    value: t.value,
    unit: t.unit,
    due: t.due,
    dueText: t.dueText,
    inherited: t.dueInherited === true,
    scope: t.scope,
    indicator: t.indicator,
    range: t.range ? { ...t.range } : null,
    source: { line: t.source.line },
  };
}

export interface PlanJson {
  title: string | null;
  noticeTitle: string | null;
  issuer: string | null;
  docNumber: string | null;
  issuedOn: string | null;
  tasks: {
    key: string;
    ref: string;
    title: string;
    lead: string[];
    co: string[];
    eachLeadsOwnPart: boolean;
    dueText: string | null;
    due: string | null;
    inherited: boolean;
    needsReview: boolean;
    /** Why a person must check it; null when nothing needs checking. */
    reviewReason: string | null;
    source: { line: number; endLine: number | null };
  }[];
  targets: TargetJson[];
  baselines: (TargetJson & { year: number | null })[];
  workGroups: {
    name: string;
    leadUnits: string[];
    memberUnits: string[];
    leader: string | null;
    deputies: string[];
    duties: string[];
    source: { line: number };
  }[];
  schedule: {
    seq: number;
    dueText: string;
    due: string | null;
    ongoing: boolean;
    task: string;
    owners: string[];
    source: { line: number };
  }[];
  warnings: { line: number | null; message: string; kind?: string; stage?: string }[];
  /** Lines that are site furniture, not the document. */
  furniture: { from: number; to: number }[];
}

export function toPlanJson(plan: Plan): PlanJson {
  return {
    title: plan.title,
    noticeTitle: plan.noticeTitle,
    issuer: plan.issuer,
    docNumber: plan.docNumber,
    issuedOn: plan.issuedOn,
    tasks: plan.tasks.map((t) => ({
      key: t.key,
      ref: t.ref,
      title: t.title,
      lead: [...t.lead],
      co: [...t.co],
      eachLeadsOwnPart: t.eachLeadsOwnPart,
      dueText: t.dueText,
      due: t.due,
      inherited: t.deadline.inherited === true,
      needsReview: t.needsReview === true,
      reviewReason: t.needsReview === true ? (t.reviewReason ?? null) : null,
      source: { line: t.source.line, endLine: t.source.endLine ?? null },
    })),
    targets: plan.targets.map(targetJson),
    baselines: (plan.baselines ?? []).map((b: Baseline) => ({ ...targetJson(b), year: b.year })),
    workGroups: plan.workGroups.map((g) => ({
      name: g.name,
      leadUnits: [...g.leadUnits],
      memberUnits: [...g.memberUnits],
      leader: g.leader,
      deputies: [...g.deputies],
      duties: [...g.duties],
      source: { line: g.source.line },
    })),
    schedule: plan.schedule.map((s) => ({
      seq: s.seq,
      dueText: s.dueText,
      due: s.due,
      ongoing: s.ongoing,
      task: s.task,
      owners: [...s.owners],
      source: { line: s.source.line },
    })),
    warnings: plan.warnings.map((w) => ({
      line: w.line,
      message: w.message,
      ...(w.kind !== undefined ? { kind: w.kind } : {}),
      ...(w.stage !== undefined ? { stage: w.stage } : {}),
    })),
    furniture: (plan.furniture ?? []).map((range) => ({ from: range.from, to: range.to })),
  };
}
