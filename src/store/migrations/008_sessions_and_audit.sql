-- Accounts that can be disabled and must change a handed-out password; sessions that expire when idle; an audit
-- trail the database itself keeps append-only.
alter table users add column disabled boolean not null default false;
alter table users add column must_change_password boolean not null default false;

alter table sessions add column last_seen_at timestamptz not null default now();
create index sessions_user on sessions (user_id);

-- Accounts are disabled, never deleted, once they have acted: the audit rows keep pointing at them (the foreign
-- key stays `no action`, so deleting such an account fails instead of touching the trail).
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception '操作记录只能追加，不能修改或删除（%）', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
  before update or delete on audit_log
  for each row execute function audit_log_append_only();

create trigger audit_log_no_truncate
  before truncate on audit_log
  for each statement execute function audit_log_append_only();

create index audit_log_at on audit_log (at, id);
