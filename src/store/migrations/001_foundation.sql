-- Accounts, sessions and the audit trail: who may do what, and who did what.
create table users (
  id serial primary key,
  username text not null unique,
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('office', 'department', 'hospital', 'monitor', 'public')),
  unit_name text,
  created_at timestamptz not null default now()
);

create table sessions (
  token_hash text primary key,
  user_id integer not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  user_id integer references users (id),
  username text,
  action text not null,
  entity text not null,
  entity_id text,
  before jsonb,
  after jsonb
);
create index audit_log_entity on audit_log (entity, entity_id, id);
