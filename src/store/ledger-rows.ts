// The stored shape of ledgers and their items and what the API sends for them.
import type { ReportingCadence } from '../core/ledger/cadence';
import type { ItemState } from '../core/ledger/states';
import type { ItemKind, ItemUnit, LedgerItem } from '../core/ledger/types';
import { dateText, iso } from './plan-rows';

export interface Ledger {
  id: number;
  planId: number | null;
  title: string;
  ownerUnit: string | null;
  cadence: ReportingCadence;
  /** Where the plan states the cadence; null when it is the default or set by hand. */
  cadenceSource: { line: number; text: string } | null;
  dueSoonWorkdays: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface LedgerRow {
  [key: string]: unknown;
  id: number;
  plan_id: number | null;
  title: string;
  owner_unit: string | null;
  cadence: ReportingCadence;
  cadence_source: { line: number; text: string } | null;
  due_soon_workdays: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const toLedger = (row: LedgerRow): Ledger => ({
  id: Number(row.id),
  planId: row.plan_id === null ? null : Number(row.plan_id),
  title: row.title,
  ownerUnit: row.owner_unit,
  cadence: row.cadence,
  cadenceSource: row.cadence_source,
  dueSoonWorkdays: Number(row.due_soon_workdays),
  version: Number(row.version),
  createdAt: iso(row.created_at) ?? '',
  updatedAt: iso(row.updated_at) ?? '',
});

export interface ItemRow {
  [key: string]: unknown;
  id: number;
  ledger_id: number;
  stable_key: string;
  seq: number;
  kind: ItemKind;
  ref: string;
  title: string;
  text: string;
  lead: ItemUnit[];
  co: ItemUnit[];
  due_text: string | null;
  due: unknown;
  ongoing: boolean;
  section: string[];
  line: number | null;
  end_line: number | null;
  needs_review: boolean;
  state: ItemState;
  state_reason: string | null;
  resume_on: unknown;
  percent: number;
  removed: boolean;
  version: number;
  updated_at: Date;
}

export const toItem = (row: ItemRow): LedgerItem => ({
  id: Number(row.id),
  ledgerId: Number(row.ledger_id),
  stableKey: row.stable_key,
  seq: Number(row.seq),
  kind: row.kind,
  ref: row.ref,
  title: row.title,
  text: row.text,
  lead: row.lead,
  co: row.co,
  dueText: row.due_text,
  due: dateText(row.due),
  ongoing: row.ongoing,
  section: row.section,
  line: row.line === null ? null : Number(row.line),
  endLine: row.end_line === null ? null : Number(row.end_line),
  needsReview: row.needs_review,
  state: row.state,
  stateReason: row.state_reason,
  resumeOn: dateText(row.resume_on),
  percent: Number(row.percent),
  removed: row.removed,
  version: Number(row.version),
  updatedAt: iso(row.updated_at) ?? '',
});

/** The registry units an item names (lead first), for "whose item is it". */
export const unitCodes = (units: readonly ItemUnit[]): string[] =>
  units.flatMap((unit) => (unit.code === null ? [] : [unit.code]));
