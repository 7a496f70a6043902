-- Background work records which server instance runs it and when that instance last said it was alive, so a
-- server that starts fails only work whose instance stopped (no heartbeat for a minute), never a live run of
-- another instance on the same database; and work can be cancelled (status 'cancelled', shown as 已取消).
-- Rows that exist already get no heartbeat (null: stale); new rows start with one, until their job claims them.
alter table simulation_runs add column instance_id text, add column heartbeat_at timestamptz;
alter table simulation_runs alter column heartbeat_at set default now();
alter table simulation_runs drop constraint simulation_runs_status_check;
alter table simulation_runs add constraint simulation_runs_status_check
  check (status in ('running', 'done', 'failed', 'cancelled'));

alter table casemix_runs add column instance_id text, add column heartbeat_at timestamptz;
alter table casemix_runs alter column heartbeat_at set default now();
alter table casemix_runs drop constraint casemix_runs_status_check;
alter table casemix_runs add constraint casemix_runs_status_check
  check (status in ('running', 'done', 'failed', 'cancelled'));

alter table drg_payment_runs add column instance_id text, add column heartbeat_at timestamptz;
alter table drg_payment_runs alter column heartbeat_at set default now();
alter table drg_payment_runs drop constraint drg_payment_runs_status_check;
alter table drg_payment_runs add constraint drg_payment_runs_status_check
  check (status in ('running', 'done', 'failed', 'cancelled'));

alter table bill_datasets add column instance_id text, add column heartbeat_at timestamptz;
alter table bill_datasets alter column heartbeat_at set default now();
alter table bill_datasets drop constraint bill_datasets_status_check;
alter table bill_datasets add constraint bill_datasets_status_check
  check (status in ('pending', 'ready', 'failed', 'cancelled'));
