-- Plan documents as uploaded, the parser's reading of them, and the corrections people made to it.
create table documents (
  id serial primary key,
  file_name text not null,
  format text not null,
  encoding text,
  sha256 text not null unique,
  content bytea not null,
  text text not null,
  uploaded_by integer references users (id),
  uploaded_at timestamptz not null default now()
);

create table plans (
  id serial primary key,
  document_id integer not null references documents (id),
  status text not null default 'draft' check (status in ('draft', 'published')),
  parsed jsonb not null,
  parser_version text not null,
  -- List columns, rewritten with every change of the plan (parse or correction) in the same transaction.
  title text,
  issuer text,
  doc_number text,
  issued_on date,
  task_count integer not null default 0,
  target_count integer not null default 0,
  warning_count integer not null default 0,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz,
  published_by integer references users (id)
);

create table plan_corrections (
  id serial primary key,
  plan_id integer not null references plans (id) on delete cascade,
  correction jsonb not null,
  stale boolean not null default false,
  created_by integer references users (id),
  username text,
  created_at timestamptz not null default now()
);
create index plan_corrections_plan on plan_corrections (plan_id, id);
