-- Background jobs in the database (no broker): e-mail delivery, clean-ups, recurring tasks.
-- Any app process claims due jobs with FOR UPDATE SKIP LOCKED, so several processes share the
-- work without running a job twice at once; a job whose process died is taken again after its
-- lease; failures retry with growing delays up to max_attempts.
CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9.-]{0,60}$'),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- At most one waiting or running job per key (a recurring task, one delivery per event).
  unique_key text CHECK (length(unique_key) BETWEEN 1 AND 200),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL DEFAULT 6 CHECK (max_attempts BETWEEN 1 AND 50),
  locked_until timestamptz,
  locked_by text,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  CONSTRAINT jobs_lease CHECK ((status = 'running') = (locked_until IS NOT NULL))
);
CREATE INDEX jobs_due_idx ON jobs (run_at, id) WHERE status = 'pending';
CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE status = 'running';
CREATE UNIQUE INDEX jobs_unique_key_idx ON jobs (unique_key) WHERE status IN ('pending', 'running');
