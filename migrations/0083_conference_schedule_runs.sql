-- Schedule runs of trade-connection conferences: the B2B scheduler runs for seconds in the app
-- process that started it; its record here is what every app process shows (the best value and
-- the proven bound as they improve), how a stop request reaches the run, and the report of the
-- schedule it wrote. Modelled on fair_allocation_runs (0030).

CREATE TABLE conference_schedule_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
  -- running → done (the schedule is written) | failed (nothing written: the conference changed
  -- meanwhile, a lock no longer holds, or the process died).
  status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  time_limit_seconds real NOT NULL CHECK (time_limit_seconds > 0 AND time_limit_seconds <= 600),
  started_by uuid REFERENCES users (id) ON DELETE SET NULL,
  started_at timestamptz NOT NULL,
  -- Written by the running process every 400 ms: a run whose heartbeat stops (its process died)
  -- is shown as failed and no longer blocks a new run.
  heartbeat_at timestamptz NOT NULL,
  finished_at timestamptz,
  stop_requested boolean NOT NULL DEFAULT false,
  ended_by text CHECK (ended_by IN ('proven-optimal', 'work-limit', 'time-limit', 'stopped')),
  value double precision,
  bound double precision,
  -- [{ms, value, bound}] as the search improved (bounded in length by the writer).
  progress jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(progress) = 'array'),
  -- The ScheduleReport once the schedule is written; {code, message: {vi, en}} when the run failed.
  report jsonb,
  error jsonb
);
-- One run at a time per conference.
CREATE UNIQUE INDEX conference_schedule_runs_one_running ON conference_schedule_runs (conference_id) WHERE status = 'running';
CREATE INDEX conference_schedule_runs_conference_idx ON conference_schedule_runs (conference_id, started_at DESC);
