-- Trade-connection (supply–demand) conferences: the conference and its B2B sessions, buyer
-- organisations, participants with their availability, meeting requests, the meetings at the
-- trading tables (double booking impossible), check-in, MOUs/contracts and framework agreements.

CREATE TABLE conferences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
  name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  venue_vi text NOT NULL CHECK (length(venue_vi) BETWEEN 1 AND 300),
  venue_en text NOT NULL CHECK (length(venue_en) BETWEEN 1 AND 300),
  venue_address text NOT NULL DEFAULT '',
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- The plenary programme: [{startsAt "HH:mm", endsAt, day, title {vi, en}}].
  programme jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(programme) = 'array'),
  -- B2B sessions in order: [{day, startsAt "HH:mm", slotMinutes, slots}]; slots are numbered
  -- 0, 1, … across the sessions in this order.
  sessions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sessions) = 'array'),
  slot_count smallint NOT NULL DEFAULT 0 CHECK (slot_count BETWEEN 0 AND 200),
  -- Tables of the shared pool, for buyers without a table of their own.
  pool_tables smallint NOT NULL DEFAULT 0 CHECK (pool_tables BETWEEN 0 AND 500),
  registration_opens_on date,
  registration_closes_on date,
  requests_close_on date,
  -- How long a meeting request waits for an answer before it expires.
  request_expiry_hours smallint NOT NULL DEFAULT 72 CHECK (request_expiry_hours BETWEEN 1 AND 720),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'registration', 'matching', 'scheduled', 'running', 'closed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT conferences_dates CHECK (ends_on >= starts_on AND ends_on - starts_on <= 14),
  CONSTRAINT conferences_windows CHECK (registration_closes_on IS NULL OR registration_opens_on IS NULL OR registration_closes_on >= registration_opens_on)
);

CREATE TABLE buyer_organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  kind text NOT NULL CHECK (kind IN ('supermarket', 'distributor', 'exporter', 'hotel', 'airline', 'duty-free', 'e-commerce', 'rest-stop', 'other')),
  tax_code text,
  province text NOT NULL DEFAULT 'Hà Nội',
  country text NOT NULL DEFAULT 'VN',
  contact_name text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  -- Category codes wanted (a group "I", a nhóm "I.3" or a leaf "I.3.b"); empty = any.
  categories text[] NOT NULL DEFAULT '{}',
  min_stars smallint NOT NULL DEFAULT 3 CHECK (min_stars BETWEEN 3 AND 5),
  certifications text[] NOT NULL DEFAULT '{}',
  -- Cultural region codes of interest; empty = any.
  regions text[] NOT NULL DEFAULT '{}',
  -- Monthly purchasing volume the buyer expects, in VND (0 = not stated).
  monthly_volume_vnd bigint NOT NULL DEFAULT 0 CHECK (monthly_volume_vnd >= 0),
  requirements text NOT NULL DEFAULT '',
  -- Lower-cased, space-folded name: a bulk registration matches organisations already known.
  match_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A buyer account acts for its organisation.
ALTER TABLE users ADD CONSTRAINT users_buyer_organisation_fk
  FOREIGN KEY (buyer_organisation_id) REFERENCES buyer_organisations (id) ON DELETE SET NULL;

CREATE TABLE conference_producers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
  producer_id uuid NOT NULL REFERENCES producers (id) ON DELETE RESTRICT,
  product_ids uuid[] NOT NULL DEFAULT '{}',
  available smallint[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conference_id, producer_id),
  UNIQUE (conference_id, id)
);

CREATE TABLE conference_buyers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
  buyer_organisation_id uuid NOT NULL REFERENCES buyer_organisations (id) ON DELETE RESTRICT,
  -- own: receives at its own table (table_code); pool: meets at a table of the shared pool.
  table_mode text NOT NULL DEFAULT 'own' CHECK (table_mode IN ('own', 'pool')),
  table_code text CHECK (table_code ~ '^[A-Z0-9][A-Z0-9-]{0,11}$'),
  available smallint[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT conference_buyers_table CHECK ((table_mode = 'own') = (table_code IS NOT NULL)),
  UNIQUE (conference_id, buyer_organisation_id),
  UNIQUE (conference_id, table_code),
  UNIQUE (conference_id, id)
);

CREATE TABLE meeting_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL,
  producer_entry_id uuid NOT NULL,
  buyer_entry_id uuid NOT NULL,
  -- Who asked: the producer, the buyer or the organizers.
  from_side text NOT NULL CHECK (from_side IN ('producer', 'buyer', 'organizer')),
  message text NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
  -- A slot the sender proposes: accepting books it at once (or fails if it is taken).
  proposed_slot smallint CHECK (proposed_slot >= 0),
  priority smallint NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 5),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled', 'expired')),
  expires_at timestamptz NOT NULL,
  answer text NOT NULL DEFAULT '' CHECK (length(answer) <= 2000),
  decided_at timestamptz,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (conference_id, producer_entry_id) REFERENCES conference_producers (conference_id, id) ON DELETE CASCADE,
  FOREIGN KEY (conference_id, buyer_entry_id) REFERENCES conference_buyers (conference_id, id) ON DELETE CASCADE
);
-- One open request per pair: asking twice is answered with the request already there.
CREATE UNIQUE INDEX meeting_requests_open_pair ON meeting_requests (conference_id, producer_entry_id, buyer_entry_id)
  WHERE status IN ('pending', 'accepted');
CREATE INDEX meeting_requests_buyer_idx ON meeting_requests (buyer_entry_id, status);
CREATE INDEX meeting_requests_producer_idx ON meeting_requests (producer_entry_id, status);

-- A meeting at a trading table in a slot. The unique constraints are the last line against
-- double booking: one meeting per producer, per buyer and per table in a slot, a pair once.
CREATE TABLE meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL,
  producer_entry_id uuid NOT NULL,
  buyer_entry_id uuid NOT NULL,
  request_id uuid REFERENCES meeting_requests (id) ON DELETE SET NULL,
  slot smallint NOT NULL CHECK (slot >= 0),
  table_code text NOT NULL,
  weight smallint NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 5),
  -- Kept exactly by the scheduler.
  locked boolean NOT NULL DEFAULT false,
  source text NOT NULL CHECK (source IN ('schedule', 'accept', 'organizer')),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'no-show')),
  -- For a no-show: who did not come.
  absent text CHECK (absent IN ('producer', 'buyer', 'both')),
  checked_in_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT meetings_absent CHECK ((status = 'no-show') = (absent IS NOT NULL)),
  FOREIGN KEY (conference_id, producer_entry_id) REFERENCES conference_producers (conference_id, id) ON DELETE CASCADE,
  FOREIGN KEY (conference_id, buyer_entry_id) REFERENCES conference_buyers (conference_id, id) ON DELETE CASCADE,
  CONSTRAINT meetings_producer_slot UNIQUE (conference_id, producer_entry_id, slot),
  CONSTRAINT meetings_buyer_slot UNIQUE (conference_id, buyer_entry_id, slot),
  CONSTRAINT meetings_table_slot UNIQUE (conference_id, table_code, slot),
  CONSTRAINT meetings_pair UNIQUE (conference_id, producer_entry_id, buyer_entry_id)
);

-- MOUs and contracts signed at the tables (or after).
CREATE TABLE trade_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
  producer_id uuid NOT NULL REFERENCES producers (id) ON DELETE RESTRICT,
  buyer_organisation_id uuid NOT NULL REFERENCES buyer_organisations (id) ON DELETE RESTRICT,
  meeting_id uuid REFERENCES meetings (id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('mou', 'contract')),
  product_ids uuid[] NOT NULL DEFAULT '{}',
  volume text NOT NULL DEFAULT '' CHECK (length(volume) <= 300),
  value_vnd bigint NOT NULL DEFAULT 0 CHECK (value_vnd BETWEEN 0 AND 1000000000000000),
  signed_on date NOT NULL,
  follow_up_status text NOT NULL DEFAULT 'signed' CHECK (follow_up_status IN ('signed', 'in-progress', 'delivered', 'stalled', 'cancelled')),
  follow_up_on date,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trade_agreements_conference_idx ON trade_agreements (conference_id);

-- Framework agreements between Hanoi's Department of Industry and Trade and other provinces'.
CREATE TABLE framework_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
  province text NOT NULL CHECK (length(province) BETWEEN 1 AND 100),
  partner_province text NOT NULL CHECK (length(partner_province) BETWEEN 1 AND 100),
  title_vi text NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 300),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
  signed_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT framework_agreements_two_provinces CHECK (province <> partner_province)
);
