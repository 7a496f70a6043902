-- DRG payment runs on bills: which dataset, grouping scheme, weight table and parameters, and what came out —
-- per hospital DRG revenue against fee-for-service, per hospital × DRG, counts by payment rule.
create table drg_payment_runs (
  id serial primary key,
  dataset_id integer,
  dataset_name text not null,
  scheme text not null,
  -- the table may be deleted later; its title stays with the run
  weight_table_id integer references drg_weight_tables (id) on delete set null,
  weight_table_title text not null,
  params jsonb not null,
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  -- totals, hospitals, fallback reasons, point settlement (DrgPaymentOutcome without groups)
  summary jsonb,
  -- per hospital × DRG rows
  groups jsonb,
  error text,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
