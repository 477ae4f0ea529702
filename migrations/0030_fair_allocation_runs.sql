-- Allocation runs: the stall allocator runs for seconds in the process that started it; its record
-- here is what every app process shows (progress as it improves), how a stop request reaches the
-- run, and, once a fair is published, the proposal the organizer reviews before anything moves.

CREATE TABLE fair_allocation_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL REFERENCES fairs (id) ON DELETE CASCADE,
  -- apply: the plan is written when the run ends (before publication); proposal: the organizer
  -- reviews the changes and applies them (published or running fair).
  kind text NOT NULL CHECK (kind IN ('apply', 'proposal')),
  -- running → applied | proposed | failed; proposed → applied | discarded.
  status text NOT NULL CHECK (status IN ('running', 'applied', 'proposed', 'failed', 'discarded')),
  -- Held offers are kept in place (only unplaced applications get stalls) unless the organizer
  -- asks to re-optimise them too. Confirmed and organizer-placed stalls never move.
  keep_offers boolean NOT NULL,
  time_limit_seconds real NOT NULL CHECK (time_limit_seconds > 0 AND time_limit_seconds <= 600),
  started_by uuid REFERENCES users (id) ON DELETE SET NULL,
  started_at timestamptz NOT NULL,
  -- Written by the running process at least every second: a run whose heartbeat stops (its
  -- process died) is shown as failed and no longer blocks a new run.
  heartbeat_at timestamptz NOT NULL,
  finished_at timestamptz,
  stop_requested boolean NOT NULL DEFAULT false,
  ended_by text CHECK (ended_by IN ('proven-optimal', 'work-limit', 'time-limit', 'stopped')),
  objective double precision,
  bound double precision,
  -- [{ms, objective, bound}] as the search improved.
  progress jsonb NOT NULL DEFAULT '[]',
  -- The AllocationReport once the run ended; the plan (application id → stall ids) and the
  -- changes it makes to the current assignments, for review and apply.
  report jsonb,
  plan jsonb,
  changes jsonb,
  error jsonb,
  applied_at timestamptz,
  applied_by uuid REFERENCES users (id) ON DELETE SET NULL
);
-- One run at a time per fair.
CREATE UNIQUE INDEX fair_allocation_runs_one_running ON fair_allocation_runs (fair_id) WHERE status = 'running';
CREATE INDEX fair_allocation_runs_fair_idx ON fair_allocation_runs (fair_id, started_at DESC);
