// 督办 and 催办: the office issues a notice on an item (a demand, a reply-by date); the lead unit replies with
// what it did (办理情况). A reply after the date, or none by then, is late: shown on the item, the ledger and
// the office's notification centre. Every step is audited and in the item's history.
import { replyLate } from '../core/ledger/notifications';
import { badInput, conflict, forbidden, notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import { toItem, unitCodes, type ItemRow } from './ledger-rows';
import { recordItemEvent } from './ledger-sync';
import { notify } from './notifications';
import { dateText, iso } from './plan-rows';
import type { Sql } from './sql';

export type NoticeKind = 'supervision' | 'reminder';
export const noticeKindNames: Record<NoticeKind, string> = {
  supervision: '督办单',
  reminder: '催办',
};

export interface LedgerNotice {
  id: number;
  itemId: number;
  kind: NoticeKind;
  demand: string;
  replyBy: string | null;
  issuedBy: string | null;
  issuedAt: string;
  reply: string | null;
  repliedBy: string | null;
  repliedAt: string | null;
  repliedOn: string | null;
  /** No reply by the date, or a reply after it, on the day asked. */
  late: boolean;
}

const toNotice = (row: Record<string, unknown>, today: string): LedgerNotice => {
  const replyBy = dateText(row.reply_by);
  const repliedOn = dateText(row.replied_on);
  return {
    id: Number(row.id),
    itemId: Number(row.item_id),
    kind: row.kind as NoticeKind,
    demand: String(row.demand),
    replyBy,
    issuedBy: (row.issued_by_name as string | null) ?? null,
    issuedAt: iso(row.issued_at) ?? '',
    reply: (row.reply as string | null) ?? null,
    repliedBy: (row.replied_by_name as string | null) ?? null,
    repliedAt: iso(row.replied_at),
    repliedOn,
    late: replyLate({ replyBy, repliedOn }, today),
  };
};

export async function itemNotices(
  sql: Sql,
  itemId: number,
  today: string,
): Promise<LedgerNotice[]> {
  const rows = await sql.query('select * from ledger_notices where item_id = $1 order by id', [
    itemId,
  ]);
  return rows.map((row) => toNotice(row, today));
}

/** Supervision notices of a ledger whose reply is late on the day asked (the office's escalation list). */
export async function lateNotices(
  sql: Sql,
  ledgerId: number,
  today: string,
): Promise<LedgerNotice[]> {
  const rows = await sql.query(
    `select n.* from ledger_notices n join ledger_items i on i.id = n.item_id
     where i.ledger_id = $1 and n.reply_by is not null and n.reply_by < $2 order by n.reply_by, n.id`,
    [ledgerId, today],
  );
  return rows.map((row) => toNotice(row, today)).filter((notice) => notice.late);
}

export async function issueNotice(
  sql: Sql,
  actor: Actor,
  itemId: number,
  input: { kind: NoticeKind; demand: string; replyBy?: string | null },
  today: string,
): Promise<LedgerNotice> {
  const demand = input.demand.trim();
  if (demand === '') throw badInput('请写明督办要求：要对方做什么。', { where: 'demand' });
  if (input.kind === 'supervision' && !input.replyBy) {
    throw badInput('督办单需要回复期限（YYYY-MM-DD）。', { where: 'replyBy' });
  }
  if (input.replyBy && input.replyBy < today) {
    throw badInput(`回复期限 ${input.replyBy} 早于今天 ${today}，请改为今天或以后。`, {
      where: 'replyBy',
    });
  }
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<ItemRow>('select * from ledger_items where id = $1', [itemId]);
    if (!row) throw notFound(`台账事项 #${itemId} 不存在。`);
    const item = toItem(row);
    if (item.state === 'closed' || item.removed) {
      throw conflict('该事项已销号或已不在方案中，不需要督办。');
    }
    const leads = unitCodes(item.lead);
    if (leads.length === 0) {
      throw conflict('该事项的牵头单位还没有对应到单位名录，督办无人接收：请先对应单位。');
    }
    const [notice] = await tx.query(
      `insert into ledger_notices (item_id, kind, demand, reply_by, issued_by, issued_by_name)
       values ($1, $2, $3, $4, $5, $6) returning *`,
      [itemId, input.kind, demand, input.replyBy ?? null, actor.id, actor.displayName],
    );
    const saved = toNotice(notice ?? {}, today);
    const name = noticeKindNames[input.kind];
    await recordItemEvent(tx, actor, itemId, {
      kind: input.kind,
      note: `医改办发出${name}：${demand}${saved.replyBy ? `（${saved.replyBy} 前回复）` : ''}`,
      data: { noticeId: saved.id },
    });
    await notify(
      tx,
      { units: leads },
      {
        kind: 'supervision',
        text: `医改办就“${item.ref} ${item.title}”发出${name}：${demand}${saved.replyBy ? `，请于 ${saved.replyBy} 前回复办理情况` : ''}。`,
        itemId,
        noticeId: saved.id,
      },
    );
    await audit(tx, actor, {
      action: `ledger.${input.kind}`,
      entity: 'ledger-item',
      entityId: itemId,
      after: { noticeId: saved.id, demand, replyBy: saved.replyBy },
    });
    return saved;
  });
}

export async function replyNotice(
  sql: Sql,
  actor: Actor,
  noticeId: number,
  input: { reply: string },
  today: string,
): Promise<LedgerNotice> {
  const reply = input.reply.trim();
  if (reply === '') throw badInput('请填写办理情况。', { where: 'reply' });
  return sql.transaction(async (tx) => {
    const [found] = await tx.query('select * from ledger_notices where id = $1 for update', [
      noticeId,
    ]);
    if (!found) throw notFound(`督办 #${noticeId} 不存在。`);
    const notice = toNotice(found, today);
    if (notice.reply !== null) throw conflict('该督办已经回复过了；如需补充，请在事项中报送进展。');
    const [row] = await tx.query<ItemRow>('select * from ledger_items where id = $1', [
      notice.itemId,
    ]);
    const item = toItem(row as ItemRow);
    if (
      actor.role !== 'office' &&
      (!actor.unitCode || !unitCodes(item.lead).includes(actor.unitCode))
    ) {
      throw forbidden('只有该事项的牵头单位可以回复督办。');
    }
    const [updated] = await tx.query(
      `update ledger_notices set reply = $2, replied_by = $3, replied_by_name = $4, replied_at = now(),
         replied_on = $5 where id = $1 returning *`,
      [noticeId, reply, actor.id, actor.displayName, today],
    );
    const saved = toNotice(updated ?? {}, today);
    await recordItemEvent(tx, actor, item.id, {
      kind: 'reply',
      note: `回复${noticeKindNames[notice.kind]}：${reply}${saved.late ? `（逾期回复，要求 ${saved.replyBy} 前）` : ''}`,
      data: { noticeId },
    });
    await notify(
      tx,
      { office: true },
      {
        kind: 'reply',
        text: `“${item.ref} ${item.title}”的${noticeKindNames[notice.kind]}已回复${saved.late ? '（逾期）' : ''}：${reply}`,
        itemId: item.id,
        noticeId,
      },
      actor,
    );
    await audit(tx, actor, {
      action: 'ledger.reply',
      entity: 'ledger-item',
      entityId: item.id,
      after: { noticeId, reply, late: saved.late },
    });
    return saved;
  });
}
