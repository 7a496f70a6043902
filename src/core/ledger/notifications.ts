// What the notification centre tells an account about the ledger, in words: the kinds, and the notices a date
// brings (due soon, overdue, a supervision reply late) derived from the items and notices on that day.
import type { DueFlag } from './due-status';

export const notificationKinds = [
  'assigned',
  'due-soon',
  'overdue',
  'closure-requested',
  'returned',
  'closed',
  'supervision',
  'reply',
  'reply-late',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindNames: Record<NotificationKind, string> = {
  assigned: '新任务',
  'due-soon': '临期',
  overdue: '逾期',
  'closure-requested': '申请销号',
  returned: '被退回',
  closed: '已销号',
  supervision: '督办',
  reply: '督办回复',
  'reply-late': '回复逾期',
};

/** A notice of the day for a lead unit's account: the item is due soon or overdue. */
export function dueNotice(
  item: { id: number; ref: string; title: string; flag: DueFlag; workdaysLeft: number | null },
  today: string,
): { kind: NotificationKind; text: string; dedupeKey: string } | null {
  if (item.flag === 'due-soon') {
    return {
      kind: 'due-soon',
      text: `“${item.ref} ${item.title}”临近完成时限，还剩 ${item.workdaysLeft ?? 0} 个工作日。`,
      // once per item while it is due soon
      dedupeKey: `due-soon:${item.id}`,
    };
  }
  if (item.flag === 'overdue') {
    return {
      kind: 'overdue',
      text: `“${item.ref} ${item.title}”已逾期 ${-(item.workdaysLeft ?? 0)} 个工作日，请尽快办理并报送进展。`,
      // once a week while it stays overdue
      dedupeKey: `overdue:${item.id}:${weekOf(today)}`,
    };
  }
  return null;
}

/** The Monday of a date's week, as the key of a weekly reminder. */
function weekOf(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** Whether a supervision notice's reply is late on a day: none by the reply-by date, or given after it. */
export function replyLate(
  notice: { replyBy: string | null; repliedOn: string | null },
  today: string,
): boolean {
  if (notice.replyBy === null) return false;
  return notice.repliedOn === null ? today > notice.replyBy : notice.repliedOn > notice.replyBy;
}
