-- Catalogue: craft villages, OCOP producers (chủ thể), products and their certificates.

CREATE TABLE craft_villages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  craft_vi text NOT NULL,
  craft_en text NOT NULL,
  -- Current commune or ward (since the 2025 reform) and the district it used to belong to.
  commune text NOT NULL,
  legacy_district text,
  province text NOT NULL DEFAULT 'Hà Nội',
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  traditional boolean NOT NULL DEFAULT false,
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_text text GENERATED ALWAYS AS (ocop_fold(name_vi || ' ' || name_en || ' ' || craft_vi || ' ' || commune)) STORED
);
CREATE UNIQUE INDEX craft_villages_name_key ON craft_villages (ocop_fold(name_vi));

CREATE TABLE producers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  type text NOT NULL CHECK (type IN ('enterprise', 'cooperative', 'cooperative-group', 'household', 'foreign-enterprise')),
  tax_code text,
  address text NOT NULL DEFAULT '',
  province text NOT NULL,
  commune text,
  legacy_district text,
  region text CHECK (region IN ('northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta')),
  country text NOT NULL DEFAULT 'VN' CHECK (country ~ '^[A-Z]{2}$'),
  contact_name text,
  phone text,
  email text,
  website text,
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  craft_village_id uuid REFERENCES craft_villages (id) ON DELETE SET NULL,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  -- Folded name + address: how a re-imported official list finds the producer it already has.
  match_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_text text GENERATED ALWAYS AS (
    ocop_fold(name || ' ' || address || ' ' || coalesce(commune, '') || ' ' || coalesce(legacy_district, '') || ' ' || province)
  ) STORED,
  -- A Vietnamese producer belongs to a cultural region (unknown for a few imported rows whose
  -- province is misspelt); a foreign enterprise belongs to its country and no region.
  CONSTRAINT producers_origin CHECK (
    (type = 'foreign-enterprise' AND country <> 'VN' AND region IS NULL)
    OR (type <> 'foreign-enterprise' AND country = 'VN')
  )
);
CREATE UNIQUE INDEX producers_match_key ON producers (match_key);
CREATE INDEX producers_search_idx ON producers USING gin (search_text gin_trgm_ops);
CREATE INDEX producers_region_idx ON producers (region, province);
CREATE INDEX producers_village_idx ON producers (craft_village_id);

ALTER TABLE users ADD CONSTRAINT users_producer_fk FOREIGN KEY (producer_id) REFERENCES producers (id) ON DELETE SET NULL;

CREATE TABLE products (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stable public code printed on labels and behind the QR code (/verify/CODE).
  code text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Z]{4}-[0-9A-Z]{4}$'),
  producer_id uuid NOT NULL REFERENCES producers (id) ON DELETE RESTRICT,
  name_vi text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  -- A leaf of the official classification (Decision 148), e.g. I.4.a.
  category_code text NOT NULL CHECK (category_code ~ '^(I|II|III|IV|V|VI)(\.[0-9])?(\.[a-z])?$'),
  packaging_vi text NOT NULL DEFAULT '',
  packaging_en text NOT NULL DEFAULT '',
  price_min_vnd bigint CHECK (price_min_vnd >= 0),
  price_max_vnd bigint CHECK (price_max_vnd >= 0),
  photos text[] NOT NULL DEFAULT '{}',
  -- The product's current certificate, kept by a trigger on certificates (see below).
  current_certificate_id uuid,
  stars smallint,
  expiry_date date,
  revoked boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Search: words of the names (weight A) and descriptions (weight D), folded, for full-text
  -- matching; the folded names alone for trigram matching of misspelt queries.
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', ocop_fold(name_vi || ' ' || name_en)), 'A')
    || setweight(to_tsvector('simple', ocop_fold(description_vi || ' ' || description_en)), 'D')
  ) STORED,
  search_name text GENERATED ALWAYS AS (ocop_fold(name_vi || ' ' || name_en)) STORED,
  CONSTRAINT products_price_range CHECK (price_min_vnd IS NULL OR price_max_vnd IS NULL OR price_min_vnd <= price_max_vnd)
);
CREATE UNIQUE INDEX products_producer_name_key ON products (producer_id, ocop_fold(name_vi));
CREATE INDEX products_search_name_idx ON products USING gin (search_name gin_trgm_ops);
CREATE INDEX products_search_vector_idx ON products USING gin (search_vector);
CREATE INDEX products_category_idx ON products (category_code text_pattern_ops);
CREATE INDEX products_rating_idx ON products (stars, expiry_date);

CREATE TABLE certificates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  stars smallint NOT NULL CHECK (stars BETWEEN 3 AND 5),
  -- "Tiềm năng 5 sao": sent up by the city for national review.
  potential_five_star boolean NOT NULL DEFAULT false,
  score numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
  decision_number text NOT NULL CHECK (length(decision_number) BETWEEN 1 AND 100),
  decision_date date NOT NULL,
  authority_level text NOT NULL CHECK (authority_level IN ('district', 'province', 'central')),
  authority_name text,
  legal_basis text NOT NULL CHECK (legal_basis IN ('1048', '148', '1489')),
  issue_date date NOT NULL,
  expiry_date date NOT NULL,
  revoked_on date,
  revocation_reason_vi text,
  revocation_reason_en text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT certificates_dates CHECK (expiry_date > issue_date),
  CONSTRAINT certificates_revocation CHECK ((revoked_on IS NULL) = (revocation_reason_vi IS NULL)),
  CONSTRAINT certificates_potential CHECK (NOT potential_five_star OR stars = 4)
);
CREATE INDEX certificates_product_idx ON certificates (product_id, issue_date DESC);
CREATE INDEX certificates_expiry_idx ON certificates (expiry_date) WHERE revoked_on IS NULL;
-- Decision numbers restart every year, so the number alone does not identify a decision.
CREATE UNIQUE INDEX certificates_decision_key ON certificates (product_id, decision_number, decision_date);

ALTER TABLE products ADD CONSTRAINT products_current_certificate_fk
  FOREIGN KEY (current_certificate_id) REFERENCES certificates (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;

-- The status of a certificate on a given day; the web and API share this rule with
-- src/modules/catalogue/domain/certificate-status.ts (a test checks they agree day by day).
CREATE FUNCTION ocop_certificate_status(expiry date, revoked boolean, today date) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE
    WHEN expiry IS NULL THEN 'none'
    WHEN revoked THEN 'revoked'
    WHEN today > expiry THEN 'expired'
    WHEN today >= expiry - 90 THEN 'expiring'
    ELSE 'valid' END $$;

-- A product's current certificate is its newest one that was not revoked, or else its newest.
-- Certificates run 36 months from issue, so the newest unrevoked one is also the last to expire:
-- the choice does not move with the calendar and can be kept here, in the database, on every change.
CREATE VIEW product_current_certificates AS
  SELECT DISTINCT ON (product_id) c.*
  FROM certificates c
  ORDER BY product_id, (revoked_on IS NULL) DESC, issue_date DESC, created_at DESC, id DESC;

-- Refreshes one product's current rating, or every product's when target is NULL (bulk loads).
CREATE FUNCTION ocop_refresh_current_certificate(target uuid) RETURNS void
  LANGUAGE sql AS $$
  UPDATE products p SET
    current_certificate_id = c.id,
    stars = c.stars,
    expiry_date = c.expiry_date,
    revoked = coalesce(c.revoked_on IS NOT NULL, false)
  FROM products p2 LEFT JOIN product_current_certificates c ON c.product_id = p2.id
  WHERE p.id = p2.id AND (target IS NULL OR p2.id = target)
$$;

CREATE FUNCTION ocop_certificates_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM ocop_refresh_current_certificate(OLD.product_id); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.product_id <> OLD.product_id) THEN
    PERFORM ocop_refresh_current_certificate(NEW.product_id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER certificates_keep_current AFTER INSERT OR UPDATE OR DELETE ON certificates
  FOR EACH ROW EXECUTE FUNCTION ocop_certificates_changed();
