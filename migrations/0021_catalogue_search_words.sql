-- Catalogue search at scale, ranking and English.
--
-- 1. Origin: the folded province of the product's producer, kept on the product by triggers, so
--    that a province named in a query ("che thai nguyen") matches and boosts its products
--    through the same full-text index as the names.
-- 2. One search vector, by weight: A the names (folded words of both names, and English stems of
--    the English name: "potteries" finds "pottery"), B the origin, D the descriptions (folded
--    words, and English stems of the English description). C is unused.
-- 3. The vocabulary: every folded word of the names, descriptions and origins with the number of
--    products holding it, kept by statement-level triggers (one upsert per statement, so bulk
--    loads stay fast), with a trigram index and an index of its one-letter deletions. A misspelt word is corrected into the nearest words
--    of the vocabulary (a few hundred microseconds), then the exact full-text path runs; the
--    costly trigram match over every product name is gone.

ALTER TABLE products ADD COLUMN origin text NOT NULL DEFAULT '';
UPDATE products p SET origin = ocop_fold(pr.province) FROM producers pr WHERE pr.id = p.producer_id;

CREATE FUNCTION ocop_product_origin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.origin := coalesce((SELECT ocop_fold(province) FROM producers WHERE id = NEW.producer_id), '');
  RETURN NEW;
END $$;
-- BEFORE triggers run before stored generated columns are computed: the vector sees the origin.
CREATE TRIGGER products_origin BEFORE INSERT OR UPDATE OF producer_id ON products
  FOR EACH ROW EXECUTE FUNCTION ocop_product_origin();

CREATE FUNCTION ocop_producer_origin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE products SET origin = ocop_fold(NEW.province) WHERE producer_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER producers_origin AFTER UPDATE OF province ON producers
  FOR EACH ROW WHEN (OLD.province IS DISTINCT FROM NEW.province) EXECUTE FUNCTION ocop_producer_origin();

ALTER TABLE products DROP COLUMN search_vector;
ALTER TABLE products ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', ocop_fold(name_vi || ' ' || name_en)), 'A')
  || setweight(to_tsvector('english', ocop_fold(name_en)), 'A')
  || setweight(to_tsvector('simple', origin), 'B')
  || setweight(to_tsvector('simple', ocop_fold(description_vi || ' ' || description_en)), 'D')
  || setweight(to_tsvector('english', ocop_fold(description_en)), 'D')
) STORED;
CREATE INDEX products_search_vector_idx ON products USING gin (search_vector);

-- The folded words a product can be found by (the vocabulary's unit).
CREATE FUNCTION ocop_product_words(name_vi text, name_en text, description_vi text, description_en text, origin text)
  RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT tsvector_to_array(to_tsvector('simple', ocop_fold(name_vi || ' ' || name_en || ' ' || description_vi || ' ' || description_en || ' ' || origin))) $$;

-- A word with one letter dropped, at each place: two words one typo apart share one of these or
-- one is among the other's ("trng" is "trang" less its "a"; "chnug" and "chung" share "chug").
-- Trigrams alone miss short words ("chnug" and "chung" share two of ten).
CREATE FUNCTION ocop_word_deletes(word text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT CASE WHEN length(word) < 3 THEN '{}'::text[]
    ELSE ARRAY(SELECT left(word, i - 1) || substr(word, i + 1) FROM generate_series(1, length(word)) i) END $$;

CREATE TABLE catalogue_search_words (
  word text COLLATE "C" PRIMARY KEY,
  products integer NOT NULL,
  deletes text[] GENERATED ALWAYS AS (ocop_word_deletes(word)) STORED
);
CREATE INDEX catalogue_search_words_trgm_idx ON catalogue_search_words USING gin (word gin_trgm_ops);
CREATE INDEX catalogue_search_words_deletes_idx ON catalogue_search_words USING gin (deletes);
-- Words no product holds any more are deleted after each change; this keeps finding them cheap.
CREATE INDEX catalogue_search_words_unused_idx ON catalogue_search_words (word) WHERE products <= 0;

INSERT INTO catalogue_search_words (word, products)
  SELECT w, count(*) FROM products p, unnest(ocop_product_words(p.name_vi, p.name_en, p.description_vi, p.description_en, p.origin)) w
  GROUP BY w;

-- Adds the words of the statement's new rows and takes away those of its old rows, in word
-- order (concurrent writers lock shared words in the same order).
CREATE FUNCTION ocop_count_product_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO catalogue_search_words AS s (word, products)
      SELECT w, count(*) FROM new_products p, unnest(ocop_product_words(p.name_vi, p.name_en, p.description_vi, p.description_en, p.origin)) w
      GROUP BY w ORDER BY w
      ON CONFLICT (word) DO UPDATE SET products = s.products + EXCLUDED.products;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE catalogue_search_words s SET products = s.products - gone.n
      FROM (SELECT w, count(*) AS n FROM old_products p, unnest(ocop_product_words(p.name_vi, p.name_en, p.description_vi, p.description_en, p.origin)) w
            GROUP BY w ORDER BY w) gone
      WHERE s.word = gone.w;
  ELSE
    -- Only rows whose words can have changed (a rating refresh updates every product).
    INSERT INTO catalogue_search_words AS s (word, products)
      SELECT w, sum(n) FROM (
        SELECT unnest(ocop_product_words(p.name_vi, p.name_en, p.description_vi, p.description_en, p.origin)) AS w, 1 AS n
          FROM new_products p JOIN old_products o ON o.id = p.id
          WHERE (p.name_vi, p.name_en, p.description_vi, p.description_en, p.origin) IS DISTINCT FROM (o.name_vi, o.name_en, o.description_vi, o.description_en, o.origin)
        UNION ALL
        SELECT unnest(ocop_product_words(o.name_vi, o.name_en, o.description_vi, o.description_en, o.origin)), -1
          FROM new_products p JOIN old_products o ON o.id = p.id
          WHERE (p.name_vi, p.name_en, p.description_vi, p.description_en, p.origin) IS DISTINCT FROM (o.name_vi, o.name_en, o.description_vi, o.description_en, o.origin)
      ) delta GROUP BY w HAVING sum(n) <> 0 ORDER BY w
      ON CONFLICT (word) DO UPDATE SET products = s.products + EXCLUDED.products;
  END IF;
  DELETE FROM catalogue_search_words WHERE products <= 0;
  RETURN NULL;
END $$;
CREATE TRIGGER products_words_insert AFTER INSERT ON products
  REFERENCING NEW TABLE AS new_products FOR EACH STATEMENT EXECUTE FUNCTION ocop_count_product_words();
CREATE TRIGGER products_words_update AFTER UPDATE ON products
  REFERENCING OLD TABLE AS old_products NEW TABLE AS new_products FOR EACH STATEMENT EXECUTE FUNCTION ocop_count_product_words();
CREATE TRIGGER products_words_delete AFTER DELETE ON products
  REFERENCING OLD TABLE AS old_products FOR EACH STATEMENT EXECUTE FUNCTION ocop_count_product_words();

-- The folded name as a stored column: searches sort their matches by it, and folding (unaccent)
-- each match's name again at every query was most of a search's time. The list orders of 0020
-- move onto it (same order: the same folded name, compared byte-wise).
ALTER TABLE products ADD COLUMN name_key text COLLATE "C" GENERATED ALWAYS AS (ocop_fold(name_vi)) STORED;
DROP INDEX products_name_order_idx;
DROP INDEX products_stars_order_idx;
CREATE INDEX products_name_order_idx ON products (name_key, (code COLLATE "C"));
CREATE INDEX products_stars_order_idx ON products (stars DESC NULLS LAST, name_key, (code COLLATE "C"));
