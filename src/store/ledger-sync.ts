// Publishing a plan revision gives its ledger: created at the first publication (cadence read from the plan,
// or the default), and brought up to date at every later one by stable key — new items added, kept items
// updated from the plan with their state, reports and history intact, items gone from the plan marked, never
// deleted. Runs inside the publishing transaction.
import { cadenceFromPlan } from '../core/ledger/cadence-from-plan';
import { defaultCadence, type ReportingCadence } from '../core/ledger/cadence';
import { itemChanges, itemsFromPlan } from '../core/ledger/items-from-plan';
import { unitResolver } from '../core/ledger/unit-resolver';
import type { ItemDraft, ItemUnit } from '../core/ledger/types';
import type { KeyedPlan } from '../core/plan/stable-keys';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import type { Sql } from './sql';
import { notify } from './notifications';
import { listUnits } from './units';

const draftColumns = (draft: ItemDraft) => [
  draft.kind,
  draft.ref,
  draft.title,
  draft.text,
  JSON.stringify(draft.lead),
  JSON.stringify(draft.co),
  draft.dueText,
  draft.due,
  draft.ongoing,
  JSON.stringify(draft.section),
  draft.line,
  draft.endLine,
  draft.needsReview,
];

export interface LedgerSync {
  ledgerId: number;
  created: boolean;
  added: number;
  kept: number;
  removed: number;
}

export interface ItemEvent {
  kind: string;
  note: string;
  data?: unknown;
  from?: string;
  to?: string;
}

/** One entry of an item's history, in the transaction of the change it records. */
export async function recordItemEvent(
  tx: Sql,
  actor: Actor | null,
  itemId: number,
  entry: ItemEvent,
): Promise<void> {
  await tx.query(
    `insert into ledger_events (item_id, kind, note, data, from_state, to_state, actor_id, actor_name)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)`,
    [
      itemId,
      entry.kind,
      entry.note,
      entry.data === undefined ? null : JSON.stringify(entry.data),
      entry.from ?? null,
      entry.to ?? null,
      actor?.id ?? null,
      actor?.displayName ?? actor?.username ?? null,
    ],
  );
}

export async function syncPlanLedger(
  tx: Sql,
  actor: Actor | null,
  input: { planId: number; revisionId: number; revisionNumber: number; plan: KeyedPlan },
): Promise<LedgerSync> {
  const { planId, revisionId, revisionNumber, plan } = input;
  const [existing] = await tx.query<{ id: number }>('select id from ledgers where plan_id = $1', [
    planId,
  ]);
  let ledgerId: number;
  const created = existing === undefined;
  if (existing) {
    ledgerId = Number(existing.id);
  } else {
    const [row] = await tx.query<{ text: string; owner_unit: string | null; published: Date }>(
      `select d.text, p.owner_unit, coalesce(p.published_at, now()) as published
       from plans p join documents d on d.id = p.document_id where p.id = $1`,
      [planId],
    );
    const stated = cadenceFromPlan((row?.text ?? '').split(/\r?\n/));
    const start =
      plan.issuedOn ?? new Date(row?.published ?? Date.now()).toISOString().slice(0, 10);
    const cadence: ReportingCadence = stated
      ? { start, phases: stated.phases }
      : defaultCadence(start);
    const [ledger] = await tx.query<{ id: number }>(
      `insert into ledgers (plan_id, title, owner_unit, cadence, cadence_source, created_by)
       values ($1, $2, $3, $4::jsonb, $5::jsonb, $6) returning id`,
      [
        planId,
        plan.title ?? `方案 #${planId}`,
        row?.owner_unit ?? null,
        JSON.stringify(cadence),
        stated ? JSON.stringify({ line: stated.line, text: stated.text }) : null,
        actor?.id ?? null,
      ],
    );
    ledgerId = Number(ledger?.id);
  }

  const drafts = itemsFromPlan(plan, unitResolver(await listUnits(tx)));
  const current = await tx.query<{ id: number; stable_key: string; removed: boolean }>(
    'select id, stable_key, removed from ledger_items where ledger_id = $1',
    [ledgerId],
  );
  const byKey = new Map(current.map((row) => [row.stable_key, row]));
  const changes = itemChanges(
    current.map((row) => row.stable_key),
    drafts,
  );
  const seqOf = new Map(drafts.map((draft, index) => [draft.stableKey, index + 1]));

  const assigned = new Map<string, number>();
  for (const draft of changes.added) {
    for (const unit of draft.lead) {
      if (unit.code) assigned.set(unit.code, (assigned.get(unit.code) ?? 0) + 1);
    }
    const [row] = await tx.query<{ id: number }>(
      `insert into ledger_items (ledger_id, stable_key, seq, kind, ref, title, text, lead, co, due_text, due,
         ongoing, section, line, end_line, needs_review, revision_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12, $13::jsonb, $14, $15, $16, $17)
       returning id`,
      [ledgerId, draft.stableKey, seqOf.get(draft.stableKey), ...draftColumns(draft), revisionId],
    );
    await recordItemEvent(tx, actor, Number(row?.id), {
      kind: 'created',
      note: `随方案修订 ${revisionNumber} 发布生成`,
    });
  }
  for (const { stableKey, draft } of changes.kept) {
    const row = byKey.get(stableKey);
    if (!row) continue;
    await tx.query(
      `update ledger_items set seq = $2, kind = $3, ref = $4, title = $5, text = $6, lead = $7::jsonb,
         co = $8::jsonb, due_text = $9, due = $10, ongoing = $11, section = $12::jsonb, line = $13,
         end_line = $14, needs_review = $15, revision_id = $16, removed = false, version = version + 1,
         updated_at = now()
       where id = $1`,
      [row.id, seqOf.get(stableKey), ...draftColumns(draft), revisionId],
    );
    if (row.removed) {
      await recordItemEvent(tx, actor, Number(row.id), {
        kind: 'restored',
        note: `方案修订 ${revisionNumber} 重新列入该任务`,
      });
    }
  }
  let removed = 0;
  for (const key of changes.removed) {
    const row = byKey.get(key);
    if (!row || row.removed) continue;
    removed++;
    await tx.query(
      `update ledger_items set removed = true, version = version + 1, updated_at = now() where id = $1`,
      [row.id],
    );
    await recordItemEvent(tx, actor, Number(row.id), {
      kind: 'removed',
      note: `方案修订 ${revisionNumber} 不再含有该任务；事项及其记录保留`,
    });
  }
  await tx.query('update ledgers set updated_at = now(), version = version + 1 where id = $1', [
    ledgerId,
  ]);
  for (const [unit, count] of assigned) {
    await notify(
      tx,
      { units: [unit] },
      {
        kind: 'assigned',
        text: `《${plan.title ?? `方案 #${planId}`}》${created ? '已发布' : `修订 ${revisionNumber} 已发布`}，贵单位牵头${created ? '' : '新增'} ${count} 项任务，请在台账中查看并按期报送进展。`,
      },
    );
  }
  const result = {
    ledgerId,
    created,
    added: changes.added.length,
    kept: changes.kept.length,
    removed,
  };
  await audit(tx, actor, {
    action: created ? 'ledger.create' : 'ledger.sync',
    entity: 'ledger',
    entityId: ledgerId,
    after: { planId, revision: revisionNumber, ...result },
  });
  return result;
}

/**
 * After the office registers a unit or adds an alias in the registry: every item's units mapped again, so
 * items whose lead was unknown become reportable. Units already mapped by hand keep their code.
 */
export async function remapLedgerUnits(
  sql: Sql,
  actor: Actor,
  ledgerId: number,
): Promise<{ changed: number; unmapped: number }> {
  return sql.transaction(async (tx) => {
    const resolve = unitResolver(await listUnits(tx));
    const rows = await tx.query<{ id: number; lead: ItemUnit[]; co: ItemUnit[] }>(
      'select id, lead, co from ledger_items where ledger_id = $1 for update',
      [ledgerId],
    );
    let changed = 0;
    let unmapped = 0;
    for (const row of rows) {
      const remap = (units: ItemUnit[]) =>
        units.map((unit) => ({ written: unit.written, code: unit.code ?? resolve(unit.written) }));
      const lead = remap(row.lead);
      const co = remap(row.co);
      if (lead.every((unit) => unit.code === null)) unmapped++;
      if (JSON.stringify({ lead, co }) === JSON.stringify({ lead: row.lead, co: row.co })) continue;
      changed++;
      await tx.query(
        `update ledger_items set lead = $2::jsonb, co = $3::jsonb, version = version + 1, updated_at = now()
         where id = $1`,
        [row.id, JSON.stringify(lead), JSON.stringify(co)],
      );
      const named = [...lead, ...co]
        .filter(
          (unit, index) => unit.code !== null && [...row.lead, ...row.co][index]?.code === null,
        )
        .map((unit) => unit.written);
      await recordItemEvent(tx, actor, Number(row.id), {
        kind: 'units',
        note: `按单位名录对应了${named.join('、')}`,
      });
    }
    await audit(tx, actor, {
      action: 'ledger.remap-units',
      entity: 'ledger',
      entityId: ledgerId,
      after: { changed, unmapped },
    });
    return { changed, unmapped };
  });
}
