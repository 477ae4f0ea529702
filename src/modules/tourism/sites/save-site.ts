import { eq, like, or } from 'drizzle-orm';
import type { Database, Queryable } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import { foldVietnamese } from '../../../shared/text/fold-vietnamese.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { attachFiles } from '../../files/attach-files.ts';
import { checkIntervals, checkWeeklyHours } from '../../outlets/domain/check-hours.ts';
import type { SiteInput } from '../contract.ts';
import { tourismSites } from '../tables.ts';
import { SITE_PHOTOS, photoFileIds } from './site-photos.ts';
import { findSiteRow } from './site-row.ts';

/** A URL name from the Vietnamese name, unique among sites: "Gốm Bát Tràng" → "gom-bat-trang". */
export async function uniqueSiteSlug(db: Queryable, name: string): Promise<string> {
  const base = foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 70).replace(/-+$/, '') || 'diem';
  const taken = new Set((await db.select({ slug: tourismSites.slug }).from(tourismSites).where(or(eq(tourismSites.slug, base), like(tourismSites.slug, `${base}-%`)))).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function checkSite(input: SiteInput): void {
  checkWeeklyHours(input.weeklyHours);
  for (const exception of input.hoursExceptions ?? []) {
    if (exception.endsOn < exception.startsOn) {
      throw badRequest('bad_hours', { vi: `${exception.label.vi}: ngày kết thúc trước ngày bắt đầu`, en: `${exception.label.en}: ends before it starts` });
    }
    checkIntervals(exception.hours, exception.label);
  }
}

const valuesOf = (input: SiteInput) => ({
  nameVi: input.name.vi.trim(),
  nameEn: input.name.en.trim(),
  kind: input.kind,
  themes: input.themes ?? [],
  craftVillageId: input.craftVillageId ?? null,
  address: input.address?.trim() ?? '',
  latitude: input.latitude,
  longitude: input.longitude,
  descriptionVi: input.description?.vi ?? '',
  descriptionEn: input.description?.en ?? '',
  weeklyHours: input.weeklyHours,
  hoursExceptions: input.hoursExceptions ?? [],
  visitMinutes: input.visitMinutes,
  interest: input.interest ?? 5,
  photos: input.photos ?? [],
  published: input.published ?? true,
});

export async function createSite(database: Database, user: SignedInUser | null, actor: Actor, input: SiteInput): Promise<{ id: string; slug: string }> {
  checkSite(input);
  return database.db.transaction(async (tx) => {
    const slug = await uniqueSiteSlug(tx, input.name.vi);
    const values = valuesOf(input);
    const now = clock.now();
    const [row] = await tx.insert(tourismSites).values({ ...values, slug, createdAt: now, updatedAt: now }).returning({ id: tourismSites.id });
    if (!row) throw new Error('insert returned no row');
    await attachFiles(tx, user, actor, { owner: { kind: SITE_PHOTOS.kind, id: row.id }, fileIds: photoFileIds(values.photos) });
    await recordAudit(tx, actor, { action: 'tourism-site.create', entity: 'tourism_site', entityId: row.id, changes: { slug, ...values } });
    return { id: row.id, slug };
  });
}

/** Replaces a site's record (the URL name stays). */
export async function updateSite(database: Database, user: SignedInUser, actor: Actor, key: string, input: SiteInput): Promise<void> {
  checkSite(input);
  await database.db.transaction(async (tx) => {
    const before = await findSiteRow(tx, key);
    const values = valuesOf(input);
    await tx.update(tourismSites).set({ ...values, updatedAt: clock.now() }).where(eq(tourismSites.id, before.id));
    await attachFiles(tx, user, actor, { owner: { kind: SITE_PHOTOS.kind, id: before.id }, fileIds: photoFileIds(values.photos) });
    await recordAudit(tx, actor, { action: 'tourism-site.update', entity: 'tourism_site', entityId: before.id, changes: values });
  });
}
