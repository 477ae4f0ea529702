-- Fairs: regional-culture OCOP fairs in walking streets, their floor plans, applications, stall
-- assignments (double booking impossible), stage programme and daily reporting.

CREATE TABLE fairs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
  theme_vi text NOT NULL DEFAULT '',
  theme_en text NOT NULL DEFAULT '',
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  venue_vi text NOT NULL,
  venue_en text NOT NULL,
  venue_address text NOT NULL DEFAULT '',
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  opens_at time NOT NULL DEFAULT '08:00',
  closes_at time NOT NULL DEFAULT '22:00',
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'applications-open', 'allocating', 'published', 'running', 'closed')),
  max_stalls_per_producer smallint NOT NULL DEFAULT 2 CHECK (max_stalls_per_producer BETWEEN 1 AND 4),
  stall_fee_vnd bigint NOT NULL DEFAULT 0 CHECK (stall_fee_vnd >= 0),
  subsidy_percent smallint NOT NULL DEFAULT 50 CHECK (subsidy_percent BETWEEN 0 AND 100),
  min_stars smallint NOT NULL DEFAULT 3 CHECK (min_stars BETWEEN 3 AND 5),
  -- How long a stall offered to an applicant stays held before it is released.
  hold_hours smallint NOT NULL DEFAULT 48 CHECK (hold_hours BETWEEN 1 AND 720),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fairs_dates CHECK (ends_on >= starts_on AND ends_on - starts_on <= 60),
  CONSTRAINT fairs_hours CHECK (closes_at > opens_at)
);

-- A stall (gian hàng) on the floor plan; positions and sizes in metres from the street's start.
CREATE TABLE stalls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL REFERENCES fairs (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
  zone text NOT NULL CHECK (zone IN ('northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta', 'foreign', 'food', 'stage', 'service')),
  x numeric(8, 2) NOT NULL,
  y numeric(8, 2) NOT NULL,
  width numeric(6, 2) NOT NULL CHECK (width > 0 AND width <= 50),
  depth numeric(6, 2) NOT NULL CHECK (depth > 0 AND depth <= 50),
  corner boolean NOT NULL DEFAULT false,
  power boolean NOT NULL DEFAULT false,
  water boolean NOT NULL DEFAULT false,
  size_class text NOT NULL DEFAULT 'standard' CHECK (size_class IN ('standard', 'large')),
  blocked boolean NOT NULL DEFAULT false,
  UNIQUE (fair_id, code),
  UNIQUE (fair_id, id)
);

CREATE TABLE fair_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL REFERENCES fairs (id) ON DELETE CASCADE,
  producer_id uuid NOT NULL REFERENCES producers (id) ON DELETE RESTRICT,
  stall_count smallint NOT NULL CHECK (stall_count BETWEEN 1 AND 2),
  preferred_zone text CHECK (preferred_zone IN ('northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta', 'foreign', 'food')),
  needs_power boolean NOT NULL DEFAULT false,
  needs_water boolean NOT NULL DEFAULT false,
  note text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'rejected', 'waitlisted', 'withdrawn')),
  decision_reason text,
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_at timestamptz,
  submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (fair_id, producer_id),
  UNIQUE (fair_id, id)
);
CREATE INDEX fair_applications_status_idx ON fair_applications (fair_id, status);

CREATE TABLE fair_application_products (
  application_id uuid NOT NULL REFERENCES fair_applications (id) ON DELETE CASCADE,
  product_id uuid NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
  PRIMARY KEY (application_id, product_id)
);

-- Who holds which stall on which days. The exclusion constraint makes two assignments of one
-- stall for overlapping days impossible, whatever the code above it does.
CREATE TABLE stall_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL,
  stall_id uuid NOT NULL,
  application_id uuid NOT NULL,
  days daterange NOT NULL CHECK (NOT isempty(days)),
  -- held: offered and waiting for the applicant until hold_expires_at; confirmed: taken.
  status text NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'confirmed')),
  hold_expires_at timestamptz,
  -- Kept as is when the organizers re-run the allocation.
  locked boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (fair_id, stall_id) REFERENCES stalls (fair_id, id) ON DELETE CASCADE,
  FOREIGN KEY (fair_id, application_id) REFERENCES fair_applications (fair_id, id) ON DELETE CASCADE,
  CONSTRAINT stall_assignments_hold CHECK ((status = 'held') = (hold_expires_at IS NOT NULL)),
  CONSTRAINT stall_assignments_no_double_booking EXCLUDE USING gist (stall_id WITH =, days WITH &&)
);
CREATE INDEX stall_assignments_application_idx ON stall_assignments (application_id);
CREATE INDEX stall_assignments_hold_idx ON stall_assignments (hold_expires_at) WHERE status = 'held';

-- The stage programme; two items on one stage cannot overlap in time.
CREATE TABLE fair_programme_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL REFERENCES fairs (id) ON DELETE CASCADE,
  stage text NOT NULL DEFAULT 'main' CHECK (length(stage) BETWEEN 1 AND 50),
  kind text NOT NULL CHECK (kind IN ('ceremony', 'performance', 'workshop', 'trade-session', 'other')),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  title_vi text NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 300),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  CONSTRAINT fair_programme_items_times CHECK (ends_at > starts_at),
  CONSTRAINT fair_programme_items_no_overlap EXCLUDE USING gist (fair_id WITH =, stage WITH =, tstzrange(starts_at, ends_at) WITH &&)
);

-- An exhibitor's day: check-in and the sales it reports (doanh thu), optionally by product.
CREATE TABLE fair_daily_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL,
  application_id uuid NOT NULL,
  day date NOT NULL,
  checked_in_at timestamptz,
  sales_vnd bigint CHECK (sales_vnd >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (fair_id, application_id) REFERENCES fair_applications (fair_id, id) ON DELETE CASCADE,
  UNIQUE (application_id, day)
);

CREATE TABLE fair_daily_product_sales (
  report_id uuid NOT NULL REFERENCES fair_daily_reports (id) ON DELETE CASCADE,
  product_id uuid NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
  units integer NOT NULL CHECK (units >= 0),
  sales_vnd bigint CHECK (sales_vnd >= 0),
  PRIMARY KEY (report_id, product_id)
);

CREATE TABLE fair_visitor_counts (
  fair_id uuid NOT NULL REFERENCES fairs (id) ON DELETE CASCADE,
  day date NOT NULL,
  visitors integer NOT NULL CHECK (visitors >= 0),
  PRIMARY KEY (fair_id, day)
);
