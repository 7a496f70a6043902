// Reading ledgers: the list with counts, one ledger's items with their due flags on a given day (filtered and
// paged), an item with its history, reports and files, and who has not reported in the current period.
import { periodOn, type ReportingPeriod } from '../core/ledger/cadence';
import { dueStatus, type DueFlag, type DueStatus } from '../core/ledger/due-status';
import type { ItemState } from '../core/ledger/states';
import type { LedgerItem } from '../core/ledger/types';
import type { LedgerSheetRow } from '../documents/ledger-xlsx';
import { notFound } from '../core/shared/errors';
import { dateText, iso } from './plan-rows';
import {
  toItem,
  toLedger,
  unitCodes,
  type ItemRow,
  type Ledger,
  type LedgerRow,
} from './ledger-rows';
import type { Sql } from './sql';

export type { Ledger } from './ledger-rows';

export type ItemView = LedgerItem & DueStatus;

export interface LedgerCounts {
  total: number;
  byState: Record<ItemState, number>;
  overdue: number;
  dueSoon: number;
  needsReview: number;
  removed: number;
}

export interface LedgerSummary extends Ledger {
  planStatus: string | null;
  counts: LedgerCounts;
}

const emptyStates = (): Record<ItemState, number> => ({
  'not-started': 0,
  'in-progress': 0,
  'closure-requested': 0,
  closed: 0,
  paused: 0,
});

function countItems(items: readonly ItemView[]): LedgerCounts {
  const counts: LedgerCounts = {
    total: 0,
    byState: emptyStates(),
    overdue: 0,
    dueSoon: 0,
    needsReview: 0,
    removed: 0,
  };
  for (const item of items) {
    if (item.removed) {
      counts.removed++;
      continue;
    }
    counts.total++;
    counts.byState[item.state]++;
    if (item.flag === 'overdue') counts.overdue++;
    if (item.flag === 'due-soon') counts.dueSoon++;
    if (item.needsReview) counts.needsReview++;
  }
  return counts;
}

async function ledgerRow(
  sql: Sql,
  id: number,
): Promise<LedgerRow & { plan_status: string | null }> {
  const [row] = await sql.query<LedgerRow & { plan_status: string | null }>(
    `select l.*, p.status as plan_status from ledgers l left join plans p on p.id = l.plan_id
     where l.id = $1`,
    [id],
  );
  if (!row) throw notFound(`台账 #${id} 不存在。`);
  return row;
}

async function itemViews(sql: Sql, ledger: Ledger, today: string): Promise<ItemView[]> {
  const rows = await sql.query<ItemRow>(
    'select * from ledger_items where ledger_id = $1 order by seq, id',
    [ledger.id],
  );
  return rows.map((row) => {
    const item = toItem(row);
    return { ...item, ...dueStatus(item, today, ledger.dueSoonWorkdays) };
  });
}

export async function listLedgers(sql: Sql, today: string): Promise<LedgerSummary[]> {
  const rows = await sql.query<LedgerRow & { plan_status: string | null }>(
    `select l.*, p.status as plan_status from ledgers l left join plans p on p.id = l.plan_id
     order by l.id desc`,
  );
  const summaries: LedgerSummary[] = [];
  for (const row of rows) {
    const ledger = toLedger(row);
    summaries.push({
      ...ledger,
      planStatus: row.plan_status,
      counts: countItems(await itemViews(sql, ledger, today)),
    });
  }
  return summaries;
}

export async function getLedger(sql: Sql, id: number, today: string): Promise<LedgerSummary> {
  const row = await ledgerRow(sql, id);
  const ledger = toLedger(row);
  return {
    ...ledger,
    planStatus: row.plan_status,
    counts: countItems(await itemViews(sql, ledger, today)),
  };
}

export async function ledgerOfPlan(sql: Sql, planId: number): Promise<number | null> {
  const [row] = await sql.query<{ id: number }>('select id from ledgers where plan_id = $1', [
    planId,
  ]);
  return row ? Number(row.id) : null;
}

export interface ItemFilter {
  /** Items this unit leads or cooperates on. */
  unit?: string;
  state?: ItemState;
  flag?: DueFlag;
  /** Words in the number, title, text or unit names. */
  q?: string;
  /** Items under this heading (as the ledger shows it). */
  section?: string;
  /** Items due on or before this date. */
  dueBy?: string;
  needsReview?: boolean;
  /** Include items whose task is gone from the plan (default: no). */
  includeRemoved?: boolean;
  page?: number;
  pageSize?: number;
}

export interface ItemPage {
  items: ItemView[];
  total: number;
  page: number;
  pageSize: number;
  /** The headings of the ledger, for the filter. */
  sections: string[];
}

const matches = (item: ItemView, filter: ItemFilter): boolean => {
  if (item.removed && !filter.includeRemoved) return false;
  if (filter.unit && ![...unitCodes(item.lead), ...unitCodes(item.co)].includes(filter.unit))
    return false;
  if (filter.state && item.state !== filter.state) return false;
  if (filter.flag && item.flag !== filter.flag) return false;
  if (filter.section && item.section[0] !== filter.section) return false;
  if (filter.dueBy && (item.due === null || item.due > filter.dueBy)) return false;
  if (filter.needsReview && !item.needsReview) return false;
  if (filter.q) {
    const words = filter.q.trim().split(/\s+/);
    const haystack = [
      item.ref,
      item.title,
      item.text,
      ...item.lead.map((u) => u.written),
      ...item.co.map((u) => u.written),
    ].join(' ');
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
};

export async function listItems(
  sql: Sql,
  ledgerId: number,
  today: string,
  filter: ItemFilter = {},
): Promise<ItemPage> {
  const ledger = toLedger(await ledgerRow(sql, ledgerId));
  const all = await itemViews(sql, ledger, today);
  const chosen = all.filter((item) => matches(item, filter));
  const pageSize = Math.min(Math.max(filter.pageSize ?? 50, 1), 500);
  const page = Math.max(filter.page ?? 1, 1);
  return {
    items: chosen.slice((page - 1) * pageSize, page * pageSize),
    total: chosen.length,
    page,
    pageSize,
    sections: [...new Set(all.flatMap((item) => (item.section[0] ? [item.section[0]] : [])))],
  };
}

export interface LedgerEvent {
  id: number;
  kind: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  data: unknown;
  actorName: string | null;
  at: string;
}

export interface ProgressReport {
  id: number;
  unitCode: string;
  unitName: string | null;
  role: 'lead' | 'co';
  periodKind: string;
  periodStart: string;
  done: string;
  problems: string;
  nextSteps: string;
  percent: number | null;
  createdBy: string | null;
  createdAt: string;
  fileIds: number[];
}

export interface EvidenceFile {
  id: number;
  reportId: number | null;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface ItemDetail {
  item: ItemView;
  ledger: Pick<Ledger, 'id' | 'planId' | 'title' | 'dueSoonWorkdays'>;
  events: LedgerEvent[];
  reports: ProgressReport[];
  files: EvidenceFile[];
  /** The reporting period today falls in. */
  period: ReportingPeriod | null;
}

export async function getItem(sql: Sql, itemId: number, today: string): Promise<ItemDetail> {
  const [row] = await sql.query<ItemRow>('select * from ledger_items where id = $1', [itemId]);
  if (!row) throw notFound(`台账事项 #${itemId} 不存在。`);
  const ledger = toLedger(await ledgerRow(sql, Number(row.ledger_id)));
  const item = toItem(row);
  const events = await sql.query('select * from ledger_events where item_id = $1 order by id', [
    itemId,
  ]);
  const reports = await sql.query(
    `select r.*, u.name as unit_name, a.display_name as created_by_name,
       coalesce((select json_agg(f.id order by f.id) from ledger_files f where f.report_id = r.id), '[]'::json)
         as file_ids
     from ledger_reports r left join units u on u.code = r.unit_code
       left join users a on a.id = r.created_by
     where r.item_id = $1 order by r.id desc`,
    [itemId],
  );
  const files = await sql.query(
    `select f.*, a.display_name as uploaded_by_name from ledger_files f
       left join users a on a.id = f.uploaded_by where f.item_id = $1 order by f.id`,
    [itemId],
  );
  return {
    item: { ...item, ...dueStatus(item, today, ledger.dueSoonWorkdays) },
    ledger: {
      id: ledger.id,
      planId: ledger.planId,
      title: ledger.title,
      dueSoonWorkdays: ledger.dueSoonWorkdays,
    },
    events: events.map((e) => ({
      id: Number(e.id),
      kind: String(e.kind),
      fromState: (e.from_state as string | null) ?? null,
      toState: (e.to_state as string | null) ?? null,
      note: (e.note as string | null) ?? null,
      data: e.data ?? null,
      actorName: (e.actor_name as string | null) ?? null,
      at: iso(e.at) ?? '',
    })),
    reports: reports.map((r) => ({
      id: Number(r.id),
      unitCode: String(r.unit_code),
      unitName: (r.unit_name as string | null) ?? null,
      role: r.role as 'lead' | 'co',
      periodKind: String(r.period_kind),
      periodStart: dateText(r.period_start) ?? '',
      done: String(r.done),
      problems: String(r.problems),
      nextSteps: String(r.next_steps),
      percent: r.percent === null ? null : Number(r.percent),
      createdBy: (r.created_by_name as string | null) ?? null,
      createdAt: iso(r.created_at) ?? '',
      fileIds: (typeof r.file_ids === 'string' ? JSON.parse(r.file_ids) : r.file_ids) as number[],
    })),
    files: files.map((f) => ({
      id: Number(f.id),
      reportId: f.report_id === null ? null : Number(f.report_id),
      name: String(f.name),
      mediaType: String(f.media_type),
      sizeBytes: Number(f.size_bytes),
      sha256: String(f.sha256),
      uploadedBy: (f.uploaded_by_name as string | null) ?? null,
      uploadedAt: iso(f.uploaded_at) ?? '',
    })),
    period: periodOn(ledger.cadence, today),
  };
}

/** For the current period: each lead unit with the running items it has not reported on yet. */
export interface MissingReports {
  period: ReportingPeriod | null;
  units: { unitCode: string; unitName: string | null; items: number[] }[];
  /** Running items whose lead is not a registered unit (nobody can report until the office maps it). */
  unmapped: number[];
}

export async function missingReports(
  sql: Sql,
  ledgerId: number,
  today: string,
): Promise<MissingReports> {
  const ledger = toLedger(await ledgerRow(sql, ledgerId));
  const period = periodOn(ledger.cadence, today);
  const items = (await itemViews(sql, ledger, today)).filter(
    (item) =>
      !item.removed &&
      (item.state === 'not-started' ||
        item.state === 'in-progress' ||
        item.state === 'closure-requested'),
  );
  if (period === null) return { period, units: [], unmapped: [] };
  const reported = await sql.query<{ item_id: number; unit_code: string }>(
    `select distinct r.item_id, r.unit_code from ledger_reports r
       join ledger_items i on i.id = r.item_id
     where i.ledger_id = $1 and r.role = 'lead' and r.period_kind = $2 and r.period_start = $3`,
    [ledgerId, period.kind, period.start],
  );
  const done = new Set(reported.map((r) => `${r.item_id} ${r.unit_code}`));
  const byUnit = new Map<string, number[]>();
  const unmapped: number[] = [];
  for (const item of items) {
    const codes = unitCodes(item.lead);
    if (codes.length === 0) unmapped.push(item.id);
    for (const code of codes) {
      if (done.has(`${item.id} ${code}`)) continue;
      byUnit.set(code, [...(byUnit.get(code) ?? []), item.id]);
    }
  }
  const names = new Map(
    (await sql.query<{ code: string; name: string }>('select code, name from units')).map((u) => [
      u.code,
      u.name,
    ]),
  );
  return {
    period,
    units: [...byUnit.entries()]
      .map(([unitCode, ids]) => ({ unitCode, unitName: names.get(unitCode) ?? null, items: ids }))
      .sort((a, b) => b.items.length - a.items.length || a.unitCode.localeCompare(b.unitCode)),
    unmapped,
  };
}

/** The rows of the ledger's .xlsx: every item with its latest lead report, as of a day. */
export async function ledgerSheet(
  sql: Sql,
  ledgerId: number,
  today: string,
): Promise<{ title: string; asOf: string; rows: LedgerSheetRow[] }> {
  const ledger = toLedger(await ledgerRow(sql, ledgerId));
  const items = await itemViews(sql, ledger, today);
  const reports = await sql.query<{
    item_id: number;
    done: string;
    problems: string;
    next_steps: string;
  }>(
    `select distinct on (r.item_id) r.item_id, r.done, r.problems, r.next_steps
     from ledger_reports r join ledger_items i on i.id = r.item_id
     where i.ledger_id = $1 and r.role = 'lead' order by r.item_id, r.id desc`,
    [ledgerId],
  );
  const latest = new Map(reports.map((r) => [Number(r.item_id), r]));
  const shanghai = (iso: string) =>
    new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return {
    title: ledger.title,
    asOf: today,
    rows: items.map((item) => {
      const report = latest.get(item.id);
      const progress = report
        ? [
            report.done,
            report.problems ? `存在问题：${report.problems}` : '',
            report.next_steps ? `下步打算：${report.next_steps}` : '',
          ]
            .filter((part) => part !== '')
            .join('\n')
        : null;
      return {
        id: item.id,
        version: item.version,
        ref: item.ref,
        title: item.title,
        lead: item.lead.map((unit) => unit.written),
        co: item.co.map((unit) => unit.written),
        dueText: item.dueText,
        due: item.due,
        state: item.state,
        flag: item.flag,
        workdaysLeft: item.workdaysLeft,
        percent: item.percent,
        progress,
        updated: shanghai(item.updatedAt),
        removed: item.removed,
      };
    }),
  };
}
