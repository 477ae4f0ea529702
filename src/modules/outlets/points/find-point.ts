import { eq, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import { outletPoints } from '../tables.ts';

export const pointNotFound = () => notFound({ vi: 'Không tìm thấy điểm bán', en: 'Point of sale not found' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PointRecord = typeof outletPoints.$inferSelect;

/** A point by id or slug; `forUpdate` locks its row for a change of status. */
export async function findPointRow(db: Queryable, key: string, options: { forUpdate?: boolean } = {}): Promise<PointRecord> {
  const match = UUID.test(key) ? or(eq(outletPoints.id, key), eq(outletPoints.slug, key)) : eq(outletPoints.slug, key);
  const query = db.select().from(outletPoints).where(match).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw pointNotFound();
  return row;
}

/** The folded text of a point, as the search column holds it. */
export const pointSearch = (q: string) => sql`o.search_text LIKE '%' || ocop_fold(${q}) || '%'`;
