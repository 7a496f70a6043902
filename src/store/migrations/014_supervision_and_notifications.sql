-- Supervision of ledger items: the office's 督办单 (a demand with a reply-by date) and 催办 reminders, each
-- answered by the lead unit (办理情况); a reply after the date, or none by then, is late and escalates.
create table ledger_notices (
  id serial primary key,
  item_id integer not null references ledger_items (id) on delete cascade,
  kind text not null check (kind in ('supervision', 'reminder')),
  demand text not null,
  reply_by date,
  issued_by integer references users (id),
  issued_by_name text,
  issued_at timestamptz not null default now(),
  reply text,
  replied_by integer references users (id),
  replied_by_name text,
  replied_at timestamptz,
  -- The Asia/Shanghai date of the reply, compared with reply_by.
  replied_on date
);
create index ledger_notices_item on ledger_notices (item_id, id);

-- The in-app notification centre: one row per account, written when something happens to it (assigned,
-- returned, supervision received …) or, for what a date brings (due soon, overdue, reply late), the first time
-- the account looks on that day; dedupe_key keeps each such notice once.
create table notifications (
  id serial primary key,
  user_id integer not null references users (id) on delete cascade,
  kind text not null,
  item_id integer references ledger_items (id) on delete cascade,
  notice_id integer references ledger_notices (id) on delete cascade,
  text text not null,
  dedupe_key text,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (user_id, dedupe_key)
);
create index notifications_user on notifications (user_id, id);
