import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** PGlite loads contrib extensions at start-up; the migrations then CREATE EXTENSION them as on a server. */
export const pgliteExtensions = { btree_gist, pg_trgm, unaccent };
