-- The task ledger (台账): one ledger per published plan (or one started from an Excel sheet, without a plan),
-- one item per task, work-group duty and schedule row, keyed by the plan item's stable key so a re-published
-- plan keeps every item's state and history. Items are never deleted: a task gone from the plan is marked.
create table ledgers (
  id serial primary key,
  plan_id integer unique references plans (id) on delete cascade,
  title text not null,
  owner_unit text references units (code),
  -- {start, phases: [{every: day|week|month, months?}]}; cadence_source: {line, text} when the plan states it.
  cadence jsonb not null,
  cadence_source jsonb,
  due_soon_workdays integer not null default 5 check (due_soon_workdays between 0 and 60),
  version integer not null default 1,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table ledger_items (
  id serial primary key,
  ledger_id integer not null references ledgers (id) on delete cascade,
  stable_key text not null,
  seq integer not null,
  kind text not null check (kind in ('task', 'work-group-duty', 'schedule', 'imported')),
  ref text not null,
  title text not null,
  text text not null,
  -- [{written, code}]: the units as the plan writes them and the registry unit, null until mapped.
  lead jsonb not null,
  co jsonb not null,
  due_text text,
  due date,
  ongoing boolean not null default false,
  section jsonb not null,
  line integer,
  end_line integer,
  needs_review boolean not null default false,
  revision_id integer references plan_revisions (id),
  state text not null default 'not-started'
    check (state in ('not-started', 'in-progress', 'closure-requested', 'closed', 'paused')),
  state_reason text,
  resume_on date,
  percent integer not null default 0 check (percent between 0 and 100),
  removed boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  unique (ledger_id, stable_key)
);
create index ledger_items_ledger on ledger_items (ledger_id, seq);

-- Progress reports per reporting period: the lead's, and the cooperating units' parts of it.
create table ledger_reports (
  id serial primary key,
  item_id integer not null references ledger_items (id) on delete cascade,
  unit_code text not null references units (code),
  role text not null check (role in ('lead', 'co')),
  period_kind text not null check (period_kind in ('day', 'week', 'month')),
  period_start date not null,
  done text not null,
  problems text not null default '',
  next_steps text not null default '',
  percent integer check (percent between 0 and 100),
  created_by integer references users (id),
  created_at timestamptz not null default now()
);
create index ledger_reports_item on ledger_reports (item_id, period_start);

-- Evidence files (佐证材料), stored in the files folder under their checksum.
create table ledger_files (
  id serial primary key,
  item_id integer not null references ledger_items (id) on delete cascade,
  report_id integer references ledger_reports (id) on delete set null,
  name text not null,
  media_type text not null,
  size_bytes bigint not null,
  sha256 text not null,
  path text not null,
  uploaded_by integer references users (id),
  uploaded_at timestamptz not null default now()
);
create index ledger_files_item on ledger_files (item_id);

-- An item's history: state changes, reports, files, edits, marks from a new plan revision.
create table ledger_events (
  id serial primary key,
  item_id integer not null references ledger_items (id) on delete cascade,
  kind text not null,
  from_state text,
  to_state text,
  note text,
  data jsonb,
  actor_id integer references users (id),
  actor_name text,
  at timestamptz not null default now()
);
create index ledger_events_item on ledger_events (item_id, id);
