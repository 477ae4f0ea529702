-- Points of introduction and sale of OCOP products (điểm giới thiệu và bán sản phẩm OCOP): the
-- points and their life, the criteria as versioned data, surveys, selection and support, the
-- opening ceremony, stock and consignment, monthly sales.

-- Point-of-sale operators: an account that acts for the points it is linked to (outlet_operators).
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('admin', 'organizer', 'surveyor', 'producer', 'buyer', 'operator'));

CREATE TABLE outlet_points (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
  name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
  kind text NOT NULL CHECK (kind IN ('showroom', 'shop', 'kiosk', 'corner', 'creative-design-centre')),
  -- One of the eight location types of Decision 950/QĐ-BCT.
  location_type smallint NOT NULL CHECK (location_type BETWEEN 1 AND 8),
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
  -- The current commune or ward (since the 2025 reform) and the district it used to belong to.
  commune text NOT NULL CHECK (length(commune) BETWEEN 1 AND 200),
  legacy_district text,
  latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  floor_area_m2 numeric(8, 1) CHECK (floor_area_m2 > 0),
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  -- Seven days, Monday first: each a list of {opens, closes} intervals ("HH:MM"), empty = closed.
  weekly_hours jsonb NOT NULL CHECK (jsonb_typeof(weekly_hours) = 'array' AND jsonb_array_length(weekly_hours) = 7),
  operator_name text NOT NULL DEFAULT '',
  contact_name text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  craft_village_id uuid REFERENCES craft_villages (id) ON DELETE SET NULL,
  -- [{name: {vi, en}, latitude?, longitude?}]
  nearby_sites jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(nearby_sites) = 'array'),
  -- File ids of the platform's file storage, in display order.
  photos uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'candidate'
    CHECK (status IN ('candidate', 'surveyed', 'approved', 'rejected', 'equipping', 'opened', 'operating', 'suspended', 'closed')),
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  -- The selection decision (quyết định lựa chọn), set when the point is approved or rejected.
  decision_number text,
  decision_date date,
  opened_on date,
  pilot boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_text text GENERATED ALWAYS AS (ocop_fold(name_vi || ' ' || name_en || ' ' || address || ' ' || commune || ' ' || coalesce(legacy_district, ''))) STORED
);
CREATE INDEX outlet_points_status_idx ON outlet_points (status, kind);
CREATE INDEX outlet_points_search_idx ON outlet_points USING gin (search_text gin_trgm_ops);

-- Who moved a point from one step of its life to the next, when and why.
CREATE TABLE outlet_point_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  point_id uuid NOT NULL REFERENCES outlet_points (id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  decision_number text,
  decision_date date,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_email text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outlet_point_events_point_idx ON outlet_point_events (point_id, at);

-- Dated exceptions to the weekly hours (Tết, public holidays): closed, or other hours.
CREATE TABLE outlet_hours_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  point_id uuid NOT NULL REFERENCES outlet_points (id) ON DELETE CASCADE,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- Empty: closed on those days.
  hours jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(hours) = 'array'),
  label_vi text NOT NULL CHECK (length(label_vi) BETWEEN 1 AND 200),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
  CONSTRAINT outlet_hours_exceptions_dates CHECK (ends_on >= starts_on AND ends_on - starts_on <= 366),
  CONSTRAINT outlet_hours_exceptions_no_overlap EXCLUDE USING gist (point_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
);

-- An operator account acts for the points it is linked to, and only those.
CREATE TABLE outlet_operators (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  point_id uuid NOT NULL REFERENCES outlet_points (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, point_id)
);
CREATE INDEX outlet_operators_point_idx ON outlet_operators (point_id);

-- Versions of a set of criteria, as data (see src/modules/outlets/criteria/definition.ts).
-- A published version never changes: surveys made with it keep meaning what they meant.
CREATE TABLE outlet_criteria_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  set_code text NOT NULL CHECK (set_code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  version integer NOT NULL CHECK (version >= 1),
  definition jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at timestamptz,
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (set_code, version),
  CONSTRAINT outlet_criteria_published CHECK ((status = 'published') = (published_at IS NOT NULL))
);
-- At most one draft per set at a time.
CREATE UNIQUE INDEX outlet_criteria_one_draft ON outlet_criteria_versions (set_code) WHERE status = 'draft';

CREATE FUNCTION outlet_criteria_frozen() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'published criteria version % v% cannot change', OLD.set_code, OLD.version USING ERRCODE = '23514', CONSTRAINT = 'outlet_criteria_frozen';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER outlet_criteria_frozen BEFORE UPDATE OR DELETE ON outlet_criteria_versions
  FOR EACH ROW EXECUTE FUNCTION outlet_criteria_frozen();

-- A survey (khảo sát) of a point by an assigned surveyor against one criteria version.
CREATE TABLE outlet_surveys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  point_id uuid NOT NULL REFERENCES outlet_points (id) ON DELETE CASCADE,
  criteria_version_id uuid NOT NULL REFERENCES outlet_criteria_versions (id) ON DELETE RESTRICT,
  surveyor_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
  assigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  due_on date,
  status text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'submitted', 'has-issues', 'approved', 'rejected')),
  answers jsonb NOT NULL DEFAULT '{}',
  -- The evaluation made when the answers were sent, kept as it was.
  result jsonb,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  accuracy_m double precision CHECK (accuracy_m >= 0),
  answered_at timestamptz,
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outlet_surveys_point_idx ON outlet_surveys (point_id, assigned_at DESC);
CREATE INDEX outlet_surveys_surveyor_idx ON outlet_surveys (surveyor_id, status);

-- Each sending of a survey carries an id made on the phone: a resend of the same id is answered
-- from here and changes nothing, so a flaky connection cannot submit twice.
CREATE TABLE outlet_survey_submissions (
  client_id uuid PRIMARY KEY,
  survey_id uuid NOT NULL REFERENCES outlet_surveys (id) ON DELETE CASCADE,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outlet_survey_submissions_survey_idx ON outlet_survey_submissions (survey_id);

CREATE TABLE outlet_survey_reviews (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id uuid NOT NULL REFERENCES outlet_surveys (id) ON DELETE CASCADE,
  outcome text NOT NULL CHECK (outcome IN ('has-issues', 'approved', 'rejected')),
  comment text NOT NULL CHECK (length(comment) BETWEEN 1 AND 4000),
  reviewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
  reviewer_email text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outlet_survey_reviews_survey_idx ON outlet_survey_reviews (survey_id, at);

-- Equipment and works the programme pays for (hạng mục hỗ trợ).
CREATE TABLE outlet_support_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  point_id uuid NOT NULL REFERENCES outlet_points (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('signage', 'shelves', 'counter', 'refrigerator', 'pos', 'lighting', 'display-screen', 'other')),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  budget_vnd bigint NOT NULL CHECK (budget_vnd >= 0),
  spent_vnd bigint CHECK (spent_vnd >= 0),
  supplier text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ordered', 'delivered', 'accepted', 'cancelled')),
  photos uuid[] NOT NULL DEFAULT '{}',
  accepted_on date,
  accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  acceptance_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT outlet_support_acceptance CHECK ((status = 'accepted') = (accepted_on IS NOT NULL))
);
CREATE INDEX outlet_support_items_point_idx ON outlet_support_items (point_id);

-- The opening ceremony (lễ khai trương) of a point, its programme and guests.
CREATE TABLE outlet_openings (
  point_id uuid PRIMARY KEY REFERENCES outlet_points (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  venue_vi text NOT NULL DEFAULT '',
  venue_en text NOT NULL DEFAULT '',
  announcement_vi text NOT NULL DEFAULT '',
  announcement_en text NOT NULL DEFAULT '',
  -- [{at: "HH:MM", title: {vi, en}}]
  programme jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(programme) = 'array'),
  published boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT outlet_openings_times CHECK (ends_at > starts_at)
);

CREATE TABLE outlet_opening_guests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  point_id uuid NOT NULL REFERENCES outlet_openings (point_id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  title text NOT NULL DEFAULT '',
  organisation text NOT NULL DEFAULT '',
  -- The random code printed as the invitation's QR code (opens the announcement page).
  invitation_code text NOT NULL UNIQUE CHECK (invitation_code ~ '^[0-9A-Za-z_-]{16,64}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outlet_opening_guests_point_idx ON outlet_opening_guests (point_id);

-- What a point shows and sells: a catalogue product, or another eligible product (key, typical
-- or specialty list) named here. Owned by the producer (consignment) or bought by the point.
CREATE TABLE outlet_stock_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  point_id uuid NOT NULL REFERENCES outlet_points (id) ON DELETE CASCADE,
  product_id uuid REFERENCES products (id) ON DELETE RESTRICT,
  other_name text CHECK (length(other_name) BETWEEN 1 AND 300),
  -- Why a product without an OCOP certificate may be on sale (Decision 950, criterion 2).
  other_basis text CHECK (other_basis IN ('key-product', 'typical-rural-product', 'local-specialty')),
  quantity integer NOT NULL CHECK (quantity >= 0),
  price_vnd bigint NOT NULL CHECK (price_vnd >= 0),
  ownership text NOT NULL CHECK (ownership IN ('consigned', 'bought')),
  since date NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT outlet_stock_what CHECK ((product_id IS NULL) = (other_name IS NOT NULL) AND (other_name IS NULL) = (other_basis IS NULL))
);
CREATE UNIQUE INDEX outlet_stock_product_key ON outlet_stock_items (point_id, product_id) WHERE product_id IS NOT NULL;
CREATE UNIQUE INDEX outlet_stock_other_key ON outlet_stock_items (point_id, ocop_fold(other_name)) WHERE other_name IS NOT NULL;
CREATE INDEX outlet_stock_product_idx ON outlet_stock_items (product_id);

-- Monthly sales reported by the operator (or staff), one report per point and month.
CREATE TABLE outlet_sales_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  point_id uuid NOT NULL REFERENCES outlet_points (id) ON DELETE CASCADE,
  -- The first day of the month reported.
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  source text NOT NULL CHECK (source IN ('form', 'spreadsheet')),
  submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  total_vnd bigint NOT NULL CHECK (total_vnd >= 0),
  total_units integer NOT NULL CHECK (total_units >= 0),
  UNIQUE (point_id, month)
);

CREATE TABLE outlet_sales_lines (
  report_id uuid NOT NULL REFERENCES outlet_sales_reports (id) ON DELETE CASCADE,
  stock_item_id uuid NOT NULL REFERENCES outlet_stock_items (id) ON DELETE RESTRICT,
  units integer NOT NULL CHECK (units >= 0),
  sales_vnd bigint NOT NULL CHECK (sales_vnd >= 0),
  PRIMARY KEY (report_id, stock_item_id)
);
CREATE INDEX outlet_sales_lines_item_idx ON outlet_sales_lines (stock_item_id);
