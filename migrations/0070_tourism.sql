-- Tourism: tourist sites (craft-village workshops, heritage, pagodas, food) with opening hours,
-- and the curated day routes organizers publish.

CREATE TABLE tourism_sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('workshop', 'heritage', 'pagoda', 'museum', 'market', 'food', 'nature', 'homestay', 'other')),
  themes text[] NOT NULL DEFAULT '{}',
  craft_village_id uuid REFERENCES craft_villages (id) ON DELETE SET NULL,
  address text NOT NULL DEFAULT '',
  latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  -- Monday first, seven lists of {opens, closes} ("HH:MM"), as for points of sale.
  weekly_hours jsonb NOT NULL,
  -- Dated exceptions [{startsOn, endsOn, hours, label: {vi, en}}]: Tết, festivals, closures.
  hours_exceptions jsonb NOT NULL DEFAULT '[]',
  visit_minutes smallint NOT NULL CHECK (visit_minutes BETWEEN 5 AND 600),
  -- How much the site is worth to a visitor, 1–10: what the day planner maximises.
  interest smallint NOT NULL DEFAULT 5 CHECK (interest BETWEEN 1 AND 10),
  photos text[] NOT NULL DEFAULT '{}',
  published boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tourism_sites_village ON tourism_sites (craft_village_id);

CREATE TABLE tourism_routes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title_vi text NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 200),
  title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  theme text CHECK (theme IN ('ceramics', 'silk', 'lacquer', 'food')),
  mode text NOT NULL CHECK (mode IN ('car', 'motorbike', 'walking')),
  start_label text NOT NULL,
  start_latitude double precision NOT NULL CHECK (start_latitude BETWEEN -90 AND 90),
  start_longitude double precision NOT NULL CHECK (start_longitude BETWEEN -180 AND 180),
  day_start smallint NOT NULL CHECK (day_start BETWEEN 0 AND 1440),
  day_end smallint NOT NULL CHECK (day_end BETWEEN 0 AND 1440),
  -- The sites in the organizer's order (the planner times them on the chosen date).
  site_ids uuid[] NOT NULL,
  published boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tourism_routes_day CHECK (day_end > day_start)
);
