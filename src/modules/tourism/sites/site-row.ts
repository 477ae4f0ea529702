import { eq, or } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { Site } from '../contract.ts';
import { tourismSites } from '../tables.ts';

export type SiteRow = typeof tourismSites.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const siteNotFound = () => notFound({ vi: 'Không tìm thấy điểm du lịch', en: 'Tourist site not found' });

/** A site by id or URL name. */
export async function findSiteRow(db: Queryable, key: string): Promise<SiteRow> {
  const [row] = await db.select().from(tourismSites).where(UUID.test(key) ? or(eq(tourismSites.id, key), eq(tourismSites.slug, key)) : eq(tourismSites.slug, key)).limit(1);
  if (!row) throw siteNotFound();
  return row;
}

export function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    slug: row.slug,
    name: { vi: row.nameVi, en: row.nameEn },
    kind: row.kind,
    themes: row.themes,
    craftVillageId: row.craftVillageId,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    description: { vi: row.descriptionVi, en: row.descriptionEn },
    weeklyHours: row.weeklyHours,
    hoursExceptions: row.hoursExceptions,
    visitMinutes: row.visitMinutes,
    interest: row.interest,
    photos: row.photos,
    published: row.published,
  };
}
