-- The unit registry (office, departments, hospitals with level, type, sponsor and funding), accounts that belong
-- to a unit by code, and the owner unit of every object. Existing objects belong to the reform office's unit.
create table units (
  code text primary key check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
  name text not null check (name <> ''),
  kind text not null check (kind in ('office', 'department', 'hospital', 'other')),
  -- The jurisdiction tree: city → district → hospital.
  parent_code text references units (code),
  -- Hospital attributes; null for other units.
  level text check (level in ('一级', '二级', '三级')),
  hospital_type text,
  sponsor text check (sponsor in ('政府办', '事业单位办', '国企办', '社会办')),
  funding text check (funding in ('市属', '区属')),
  -- The names plans write for this body (区卫健委, 区卫生计生委 …).
  aliases jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index units_parent on units (parent_code);

insert into units (code, name, kind) values ('OFFICE', '医改办', 'office');

alter table users add column unit_code text references units (code);
update users set unit_code = 'OFFICE' where role = 'office';

alter table plans add column owner_unit text references units (code);
alter table bill_datasets add column owner_unit text references units (code);
alter table scenarios add column owner_unit text references units (code);
alter table simulation_runs add column owner_unit text references units (code);
alter table casemix_runs add column owner_unit text references units (code);
alter table drg_payment_runs add column owner_unit text references units (code);
alter table drg_weight_tables add column owner_unit text references units (code);

update plans set owner_unit = 'OFFICE';
update bill_datasets set owner_unit = 'OFFICE';
update scenarios set owner_unit = 'OFFICE';
update simulation_runs set owner_unit = 'OFFICE';
update casemix_runs set owner_unit = 'OFFICE';
update drg_payment_runs set owner_unit = 'OFFICE';
update drg_weight_tables set owner_unit = 'OFFICE';
