-- The lease of an unfinished import job: the instance working on it renews heartbeat_at while the job waits or
-- runs, so a job whose instance was killed outright is found by its stale heartbeat and marked FAILED.
alter table import_job add column heartbeat_at timestamptz;
update import_job set heartbeat_at = updated_at;
alter table import_job alter column heartbeat_at set not null;
create index import_job_unfinished_idx on import_job (heartbeat_at) where status in ('QUEUED', 'RUNNING');
