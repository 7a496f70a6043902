-- DRG weight tables (权重表) per pool and year, versioned: imported from a file, the shipped Yancheng table,
-- or derived from bills (then with the method: steps and cases trimmed per DRG). Groups are kept as written.
create table drg_weight_tables (
  id serial primary key,
  pool text not null,
  year integer not null,
  version integer not null,
  base_rate_fen bigint not null,
  -- {"1": "0.9", "2": "1", "3": "1.1"}: decimal text, exact
  level_coefficients jsonb not null,
  -- DrgWeight[]: drg, name, rw, caseByCase, meanCostFen, levelCoefficients, standardFen
  groups jsonb not null,
  group_count integer not null,
  source_kind text not null check (source_kind in ('file', 'builtin', 'derived')),
  -- the file name, the publication, or the bill dataset a table was derived from
  source_label text not null,
  dataset_id integer,
  -- for a derived table: parameters, steps in Chinese, per-year and per-DRG counts
  method jsonb,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  unique (pool, year, version)
);
