// The ledger (台账): one item per task of a plan (and per work-group duty and schedule row), with its owners,
// deadline, state and history. Items are keyed by the plan item's stable key so that a corrected, re-published
// plan keeps every item's state and reports.
import type { ItemState } from './states';

/** What a ledger item stands for in its plan. */
export const itemKinds = ['task', 'work-group-duty', 'schedule', 'imported'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const itemKindNames: Record<ItemKind, string> = {
  task: '任务',
  'work-group-duty': '工作组职责',
  schedule: '时序安排',
  imported: '导入台账',
};

/** A unit as the plan writes it, and the registry unit it is (null until someone maps it). */
export interface ItemUnit {
  written: string;
  code: string | null;
}

/** What the plan says about one item: the part of a ledger item that a new revision may change. */
export interface ItemDraft {
  stableKey: string;
  kind: ItemKind;
  /** Numbering as written ("（三）", "12.") or the schedule row's number. */
  ref: string;
  title: string;
  /** The sentence(s) of the plan the item comes from. */
  text: string;
  lead: ItemUnit[];
  co: ItemUnit[];
  /** Deadline as written, and as a calendar date when the plan gives one. */
  dueText: string | null;
  due: string | null;
  /** 全程 / 持续: no end date. */
  ongoing: boolean;
  /** Headings above the item, outermost first (the ledger's 分类). */
  section: string[];
  /** 1-based lines of the plan revision the item was read from; null for an imported sheet. */
  line: number | null;
  endLine: number | null;
  /** The parser asked for a person to check the item (no lead unit, cut-off text). */
  needsReview: boolean;
}

/** A ledger item as stored: the plan's part and the ledger's own state. */
export interface LedgerItem extends ItemDraft {
  id: number;
  ledgerId: number;
  /** Order in the ledger (the plan's order). */
  seq: number;
  state: ItemState;
  /** 暂缓: why, and when work resumes; 退回: the office's reason. */
  stateReason: string | null;
  resumeOn: string | null;
  /** Percent complete from the latest report (0–100). */
  percent: number;
  /** The task is no longer in the plan's latest revision: kept with its history, never deleted. */
  removed: boolean;
  version: number;
  updatedAt: string;
}
