-- Plan revisions: a published revision never changes; a change is a new revision (draft → review → published)
-- that becomes current on publication while the old one stays readable (superseded). Every plan and scenario
-- write names the version it was based on (plans.version); a plan is withdrawn (撤回) with a reason, never deleted.
create table plan_revisions (
  id serial primary key,
  plan_id integer not null references plans (id) on delete cascade,
  number integer not null,
  status text not null default 'draft'
    check (status in ('draft', 'review', 'published', 'superseded')),
  parsed jsonb not null,
  parser_version text not null,
  -- The revision this one was copied from (新建修订), null for the first.
  based_on integer references plan_revisions (id),
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  submitted_by integer references users (id),
  submitted_at timestamptz,
  published_by integer references users (id),
  published_at timestamptz,
  -- Why it was published despite the problems the check found (no title, nothing extracted, doubtful decoding).
  publish_reason text,
  superseded_at timestamptz,
  unique (plan_id, number)
);
-- At most one revision in work and at most one current published revision per plan.
create unique index plan_revisions_open on plan_revisions (plan_id) where status in ('draft', 'review');
create unique index plan_revisions_current on plan_revisions (plan_id) where status = 'published';

insert into plan_revisions
  (plan_id, number, status, parsed, parser_version, created_by, created_at, published_by, published_at)
select id, 1, status, parsed, parser_version, created_by, created_at, published_by, published_at from plans;

alter table plan_corrections add column revision_id integer references plan_revisions (id) on delete cascade;
update plan_corrections c set revision_id = r.id from plan_revisions r where r.plan_id = c.plan_id;
alter table plan_corrections alter column revision_id set not null;
create index plan_corrections_revision on plan_corrections (revision_id, id);

alter table plans drop column parsed;
alter table plans drop column parser_version;
alter table plans drop constraint plans_status_check;
alter table plans add constraint plans_status_check
  check (status in ('draft', 'review', 'published', 'withdrawn'));
alter table plans add column version integer not null default 1;
alter table plans add column withdrawn_at timestamptz;
alter table plans add column withdrawn_by integer references users (id);
alter table plans add column withdraw_reason text;
