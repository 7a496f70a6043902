-- Bill files registered for simulation and case-mix work. The files stay on disk (CSV/Parquet, scanned by
-- DuckDB); only their description and results are kept here.
create table bill_datasets (
  id serial primary key,
  name text not null,
  file_name text not null,
  path text not null,
  format text not null check (format in ('csv', 'parquet')),
  source text not null check (source in ('upload', 'demo')),
  size_bytes bigint not null,
  status text not null default 'ready' check (status in ('pending', 'ready', 'failed')),
  -- What a scan of the file found: lines, encounters, hospitals, date range (null until scanned).
  description jsonb,
  error text,
  created_by integer references users (id),
  created_at timestamptz not null default now()
);
