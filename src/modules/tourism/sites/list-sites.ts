import { and, arrayContains, asc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { Site } from '../contract.ts';
import type { SiteTheme } from '../domain.ts';
import { tourismSites } from '../tables.ts';
import { toSite } from './site-row.ts';

/** Sites by name; the public sees the published ones, staff may ask for all. */
export async function listSites(db: Queryable, query: { theme?: SiteTheme; includeUnpublished: boolean }): Promise<{ items: Site[] }> {
  const where: SQL[] = [];
  if (!query.includeUnpublished) where.push(eq(tourismSites.published, true));
  if (query.theme) where.push(arrayContains(tourismSites.themes, [query.theme]));
  const found = await db.select().from(tourismSites).where(where.length > 0 ? and(...where) : undefined).orderBy(asc(tourismSites.nameVi), asc(tourismSites.id));
  return { items: found.map(toSite) };
}
