import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { PointListQuery, PointSummary } from '../contract.ts';
import { pointSearch } from './find-point.ts';
import { pointSummaryColumns, toPointSummary, type PointSummaryRow } from './point-row.ts';

/** Whose points a list may show: every point (staff), or only the given ones (an operator's, a surveyor's). */
export type PointScope = { all: true } | { ids: string[] };

/** The back office's list of points, filtered and paged, within the caller's scope. */
export async function listPoints(db: Queryable, scope: PointScope, query: PointListQuery): Promise<{ items: PointSummary[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (!('all' in scope)) where.push(scope.ids.length ? sql`o.id IN (${sql.join(scope.ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`);
  if (query.q) where.push(pointSearch(query.q));
  if (query.status) where.push(sql`o.status = ${query.status}`);
  if (query.kind) where.push(sql`o.kind = ${query.kind}`);
  if (query.commune) where.push(sql`ocop_fold(o.commune) = ocop_fold(${query.commune})`);
  const condition = sql.join(where, sql` AND `);
  const pageSize = query.pageSize ?? 20;
  const offset = ((query.page ?? 1) - 1) * pageSize;
  const found = await rows<PointSummaryRow & { total: string | number }>(db, sql`
    SELECT ${pointSummaryColumns}, count(*) OVER () AS total
    FROM outlet_points o LEFT JOIN craft_villages v ON v.id = o.craft_village_id
    WHERE ${condition}
    ORDER BY o.pilot DESC, o.name_vi, o.id LIMIT ${pageSize} OFFSET ${offset}`);
  let total = Number(found[0]?.total ?? 0);
  if (found.length === 0 && offset > 0) {
    const [counted] = await rows<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM outlet_points o WHERE ${condition}`);
    total = Number(counted?.n ?? 0);
  }
  return { items: found.map(toPointSummary), total };
}
