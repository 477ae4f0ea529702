-- The catalogue's list orders, each a total order ending in the public code (stable on both
-- engines, unlike a random id), and compared byte-wise on folded names so that PGlite and
-- PostgreSQL, whatever their default collation, give the same pages. One index per sort order.
CREATE INDEX products_name_order_idx ON products ((ocop_fold(name_vi) COLLATE "C"), (code COLLATE "C"));
CREATE INDEX products_stars_order_idx ON products (stars DESC NULLS LAST, (ocop_fold(name_vi) COLLATE "C"), (code COLLATE "C"));
CREATE INDEX products_expiry_order_idx ON products (expiry_date NULLS LAST, (code COLLATE "C"));
CREATE INDEX products_newest_order_idx ON products (created_at DESC, (code COLLATE "C"));
