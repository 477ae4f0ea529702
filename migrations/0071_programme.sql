-- Programme: the city's projects (the creative design centre: "Trung tâm thiết kế sáng tạo, giới
-- thiệu và quảng bá sản phẩm OCOP gắn với du lịch sinh thái"), their milestones and budget lines,
-- and the owner and budget of each activity of the plan (fairs, conferences, points of sale: what
-- their own modules do not hold). Results are never stored here: the dashboard reads the modules.

CREATE TABLE programme_projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title_vi text NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 300),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  -- The lead unit (đơn vị chủ trì) and the partners (đơn vị phối hợp).
  owner text NOT NULL CHECK (length(owner) BETWEEN 1 AND 300),
  partners text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('planned', 'in-progress', 'on-hold', 'completed', 'cancelled')),
  -- The centre, once it is a point of sale (scored on Decision 6385's scorecard there).
  point_id uuid REFERENCES outlet_points (id) ON DELETE SET NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- Files of the platform's storage ("/api/files/UUID").
  documents text[] NOT NULL DEFAULT '{}',
  published boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT programme_projects_days CHECK (ends_on >= starts_on)
);

CREATE TABLE programme_milestones (
  project_id uuid NOT NULL REFERENCES programme_projects (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('proposal', 'appraisal', 'approval', 'construction', 'opening')),
  due_on date NOT NULL,
  done_on date,
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (project_id, stage)
);

CREATE TABLE programme_budget_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES programme_projects (id) ON DELETE CASCADE,
  position smallint NOT NULL,
  label_vi text NOT NULL CHECK (length(label_vi) BETWEEN 1 AND 300),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 300),
  source text NOT NULL CHECK (source IN ('city', 'commune', 'social', 'other')),
  planned_vnd bigint NOT NULL CHECK (planned_vnd >= 0),
  spent_vnd bigint NOT NULL DEFAULT 0 CHECK (spent_vnd >= 0),
  UNIQUE (project_id, position)
);

CREATE TABLE programme_activity_plans (
  activity_kind text NOT NULL CHECK (activity_kind IN ('fair', 'conference', 'point-of-sale')),
  activity_id uuid NOT NULL,
  owner text NOT NULL CHECK (length(owner) BETWEEN 1 AND 300),
  budget_vnd bigint NOT NULL CHECK (budget_vnd >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (activity_kind, activity_id)
);
