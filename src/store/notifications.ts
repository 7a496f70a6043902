// The notification centre's store: notices written to the accounts of a unit (or of the office) when something
// happens to an item, the day's notices (due soon, overdue, late replies) added the first time an account
// looks, the list with the unread count, and marking read.
import { dueStatus } from '../core/ledger/due-status';
import { dueNotice, replyLate, type NotificationKind } from '../core/ledger/notifications';
import type { Actor } from '../core/shared/roles';
import { toItem, unitCodes, type ItemRow } from './ledger-rows';
import { dateText, iso } from './plan-rows';
import type { Sql } from './sql';

export interface Notification {
  id: number;
  kind: NotificationKind;
  itemId: number | null;
  noticeId: number | null;
  text: string;
  createdAt: string;
  read: boolean;
}

interface Recipient {
  units?: readonly string[];
  /** Every account of the reform office. */
  office?: boolean;
}

/** Writes one notification to each active account of the units named (and of the office when asked). */
export async function notify(
  tx: Sql,
  to: Recipient,
  entry: { kind: NotificationKind; text: string; itemId?: number; noticeId?: number },
  except?: Actor | null,
): Promise<void> {
  const units = [...(to.units ?? [])];
  if (units.length === 0 && !to.office) return;
  await tx.query(
    `insert into notifications (user_id, kind, item_id, notice_id, text)
     select id, $1, $2, $3, $4 from users
     where not disabled and id <> coalesce($7, -1)
       and (unit_code = any($5::text[]) or ($6 and role = 'office'))`,
    [
      entry.kind,
      entry.itemId ?? null,
      entry.noticeId ?? null,
      entry.text,
      units,
      to.office === true,
      except?.id ?? null,
    ],
  );
}

/** The day's notices for an account: its unit's running items due soon or overdue; for the office, late replies. */
async function addNoticesOfTheDay(sql: Sql, actor: Actor, today: string): Promise<void> {
  const add = async (
    kind: string,
    text: string,
    dedupeKey: string,
    itemId: number,
    noticeId?: number,
  ) => {
    await sql.query(
      `insert into notifications (user_id, kind, item_id, notice_id, text, dedupe_key)
       values ($1, $2, $3, $4, $5, $6) on conflict (user_id, dedupe_key) do nothing`,
      [actor.id, kind, itemId, noticeId ?? null, text, dedupeKey],
    );
  };
  if (actor.unitCode !== null && actor.role !== 'office') {
    const rows = await sql.query<ItemRow & { due_soon_workdays: number }>(
      `select i.*, l.due_soon_workdays from ledger_items i join ledgers l on l.id = i.ledger_id
       where not i.removed and i.state in ('not-started', 'in-progress', 'closure-requested')
         and i.lead @> $1::jsonb`,
      [JSON.stringify([{ code: actor.unitCode }])],
    );
    for (const row of rows) {
      const item = toItem(row);
      const status = dueStatus(item, today, Number(row.due_soon_workdays));
      const notice = dueNotice({ ...item, ...status }, today);
      if (notice) await add(notice.kind, notice.text, notice.dedupeKey, item.id);
    }
  }
  if (actor.role === 'office') {
    const late = await sql.query<{
      id: number;
      item_id: number;
      reply_by: unknown;
      replied_on: unknown;
      ref: string;
      title: string;
    }>(
      `select n.id, n.item_id, n.reply_by, n.replied_on, i.ref, i.title
       from ledger_notices n join ledger_items i on i.id = n.item_id
       where n.reply_by is not null and n.reply_by < $1`,
      [today],
    );
    for (const notice of late) {
      const replyBy = dateText(notice.reply_by);
      const repliedOn = dateText(notice.replied_on);
      if (!replyLate({ replyBy, repliedOn }, today)) continue;
      await add(
        'reply-late',
        `督办“${notice.ref} ${notice.title}”要求 ${replyBy} 前回复，${repliedOn ? `${repliedOn} 才回复` : '至今未回复'}。`,
        `reply-late:${notice.id}`,
        Number(notice.item_id),
        Number(notice.id),
      );
    }
  }
}

export async function listNotifications(
  sql: Sql,
  actor: Actor,
  today: string,
): Promise<{ unread: number; notifications: Notification[] }> {
  await addNoticesOfTheDay(sql, actor, today);
  const rows = await sql.query(
    'select * from notifications where user_id = $1 order by id desc limit 100',
    [actor.id],
  );
  const [count] = await sql.query<{ n: number }>(
    'select count(*)::int as n from notifications where user_id = $1 and read_at is null',
    [actor.id],
  );
  return {
    unread: Number(count?.n ?? 0),
    notifications: rows.map((row) => ({
      id: Number(row.id),
      kind: row.kind as NotificationKind,
      itemId: row.item_id === null ? null : Number(row.item_id),
      noticeId: row.notice_id === null ? null : Number(row.notice_id),
      text: String(row.text),
      createdAt: iso(row.created_at) ?? '',
      read: row.read_at !== null,
    })),
  };
}

/** Marks the account's own notifications read: the ones named, or all. */
export async function markRead(sql: Sql, actor: Actor, ids: number[] | 'all'): Promise<number> {
  const rows =
    ids === 'all'
      ? await sql.query(
          'update notifications set read_at = now() where user_id = $1 and read_at is null returning id',
          [actor.id],
        )
      : await sql.query(
          `update notifications set read_at = now()
           where user_id = $1 and read_at is null and id = any($2::int[]) returning id`,
          [actor.id, ids],
        );
  return rows.length;
}

/** The lead units of an item (for notifying them). */
export const leadUnitsOf = (row: ItemRow) => unitCodes(toItem(row).lead);
