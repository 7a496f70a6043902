-- Case-mix monitoring runs (CMI, cost- and time-efficiency indices) on a bill dataset: the scheme and weight
-- source used, the aggregates (jsonb), where the per-case Parquet file lies, who started it and when.
create table casemix_runs (
  id serial primary key,
  -- Kept when the dataset is deleted later: the run names it.
  dataset_id integer references bill_datasets (id) on delete set null,
  dataset_name text not null,
  scheme text not null,
  -- As asked: {"kind": "yancheng-2023"} | {"kind": "derived"} | {"kind": "table", "id": 3}
  weight_source jsonb not null,
  weight_label text not null,
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  -- Ranking, months, departments, DRGs: every indicator with its exact numerator and denominator.
  summary jsonb,
  -- A few figures for the list of runs (cases, hospitals, CMI of the region).
  headline jsonb,
  cases_path text,
  error text,
  created_by integer references users (id),
  username text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);

create index casemix_runs_dataset on casemix_runs (dataset_id);
