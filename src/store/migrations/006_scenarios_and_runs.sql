-- Reform scenarios as versioned data (every version kept, with who, when and why) and the simulation runs
-- made with them: the exact scenario run, the bill dataset, and the result.
create table scenarios (
  id serial primary key,
  name text not null,
  -- The preset the scenario started from (banan-2017 …), for its provenance; null when written from scratch.
  based_on text,
  version integer not null default 1,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table scenario_versions (
  scenario_id integer not null references scenarios (id) on delete cascade,
  version integer not null,
  scenario jsonb not null,
  note text,
  created_by integer references users (id),
  username text,
  created_at timestamptz not null default now(),
  primary key (scenario_id, version)
);

create table simulation_runs (
  id serial primary key,
  -- Kept when the scenario or the dataset is deleted later: the run names both and keeps the scenario run.
  scenario_id integer references scenarios (id) on delete set null,
  scenario_name text not null,
  scenario_version integer not null,
  scenario jsonb not null,
  dataset_id integer references bill_datasets (id) on delete set null,
  dataset_name text not null,
  -- Hospital code → name as the dataset named them, for reports.
  hospital_names jsonb not null default '{}',
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  result jsonb,
  -- The list page's figures, copied from the result so the list does not read every result.
  headline jsonb,
  error text,
  created_by integer references users (id),
  username text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index simulation_runs_scenario on simulation_runs (scenario_id, id);
