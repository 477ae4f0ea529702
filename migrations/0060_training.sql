-- Training courses (khoá tập huấn) in culture and tourism skills for producers, point-of-sale
-- staff, craft-village guides and commune officials: the course and its sessions, enrolment with
-- a waiting list, attendance per session and certificates with a public verification code.

CREATE TABLE training_courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
  name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  topic text NOT NULL CHECK (topic IN ('storytelling', 'visitor-service', 'display', 'online-selling', 'foreign-language')),
  -- Who the course is for: producer, point-staff, guide, commune-official.
  audiences text[] NOT NULL CHECK (cardinality(audiences) BETWEEN 1 AND 4),
  trainers text[] NOT NULL DEFAULT '{}',
  -- Links among the materials ([{title {vi, en}, url}]); files are in `files` (owner 'training-course').
  links jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(links) = 'array'),
  capacity smallint NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
  -- Completion rules: share of sessions attended (present or late) and, when set, a final assessment passed.
  min_attendance_percent smallint NOT NULL DEFAULT 80 CHECK (min_attendance_percent BETWEEN 0 AND 100),
  assessment_required boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'full', 'running', 'completed', 'cancelled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_courses_status_idx ON training_courses (status);

CREATE TABLE training_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES training_courses (id) ON DELETE CASCADE,
  title_vi text NOT NULL DEFAULT '',
  title_en text NOT NULL DEFAULT '',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  venue_vi text NOT NULL DEFAULT '',
  venue_en text NOT NULL DEFAULT '',
  -- Held at a point of sale or in a craft village, where it applies.
  point_id uuid REFERENCES outlet_points (id) ON DELETE SET NULL,
  craft_village_id uuid REFERENCES craft_villages (id) ON DELETE SET NULL,
  online_url text CHECK (online_url ~ '^https?://' AND length(online_url) <= 500),
  -- Key of the rotating check-in QR code (HMAC of the session and the minute window).
  check_in_secret text NOT NULL CHECK (length(check_in_secret) >= 32),
  reminded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT training_sessions_times CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '12 hours'),
  CONSTRAINT training_sessions_place CHECK (venue_vi <> '' OR online_url IS NOT NULL)
);
CREATE INDEX training_sessions_course_idx ON training_sessions (course_id, starts_at);
CREATE INDEX training_sessions_reminder_idx ON training_sessions (starts_at) WHERE reminded_at IS NULL;

CREATE TABLE training_enrolments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES training_courses (id) ON DELETE CASCADE,
  -- The trainee's account, when they have one (self-enrolment always has one).
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  producer_id uuid REFERENCES producers (id) ON DELETE SET NULL,
  point_id uuid REFERENCES outlet_points (id) ON DELETE SET NULL,
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  email text NOT NULL DEFAULT '' CHECK (length(email) <= 254),
  phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 30),
  commune text NOT NULL DEFAULT '' CHECK (length(commune) <= 200),
  audience text NOT NULL CHECK (audience IN ('producer', 'point-staff', 'guide', 'commune-official')),
  status text NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'cancelled')),
  source text NOT NULL CHECK (source IN ('self', 'organizer', 'import')),
  -- Order of the waiting list: the earliest waits least.
  waitlisted_at timestamptz,
  enrolled_at timestamptz,
  cancelled_at timestamptz,
  assessment_passed boolean,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX training_enrolments_user_idx ON training_enrolments (course_id, user_id) WHERE user_id IS NOT NULL AND status <> 'cancelled';
CREATE UNIQUE INDEX training_enrolments_email_idx ON training_enrolments (course_id, lower(email)) WHERE email <> '' AND status <> 'cancelled';
CREATE INDEX training_enrolments_waiting_idx ON training_enrolments (course_id, waitlisted_at) WHERE status = 'waitlisted';
CREATE INDEX training_enrolments_producer_idx ON training_enrolments (producer_id) WHERE producer_id IS NOT NULL;
CREATE INDEX training_enrolments_point_idx ON training_enrolments (point_id) WHERE point_id IS NOT NULL;

CREATE TABLE training_attendance (
  session_id uuid NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
  enrolment_id uuid NOT NULL REFERENCES training_enrolments (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
  method text NOT NULL CHECK (method IN ('qr', 'organizer')),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (session_id, enrolment_id)
);
CREATE INDEX training_attendance_enrolment_idx ON training_attendance (enrolment_id);

CREATE TABLE training_certificates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enrolment_id uuid NOT NULL UNIQUE REFERENCES training_enrolments (id) ON DELETE CASCADE,
  course_id uuid NOT NULL REFERENCES training_courses (id) ON DELETE CASCADE,
  -- Unguessable: 20 characters of a 32-letter alphabet (100 bits).
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z2-9]{20}$'),
  holder_name text NOT NULL CHECK (length(holder_name) BETWEEN 1 AND 200),
  issued_on date NOT NULL,
  attendance_percent smallint NOT NULL CHECK (attendance_percent BETWEEN 0 AND 100),
  revoked_at timestamptz,
  revoked_reason text NOT NULL DEFAULT '' CHECK (length(revoked_reason) <= 500),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_certificates_course_idx ON training_certificates (course_id);
