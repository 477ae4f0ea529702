import { asc, eq, inArray, like, or } from 'drizzle-orm';
import type { Database, Queryable } from '../../../server/db/database.ts';
import { badRequest, notFound } from '../../../server/http/app-error.ts';
import { foldVietnamese } from '../../../shared/text/fold-vietnamese.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { CuratedRoute, CuratedRouteInput } from '../contract.ts';
import { minutesOf, timeOf } from '../planning/build-instance.ts';
import { tourismRoutes, tourismSites } from '../tables.ts';

type RouteRow = typeof tourismRoutes.$inferSelect;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const routeNotFound = () => notFound({ vi: 'Không tìm thấy lộ trình', en: 'Route not found' });

async function toCurated(db: Queryable, rows: RouteRow[]): Promise<CuratedRoute[]> {
  const ids = [...new Set(rows.flatMap((r) => r.siteIds))];
  const sites = ids.length === 0 ? [] : await db.select({ id: tourismSites.id, slug: tourismSites.slug, nameVi: tourismSites.nameVi, nameEn: tourismSites.nameEn }).from(tourismSites).where(inArray(tourismSites.id, ids));
  const byId = new Map(sites.map((s) => [s.id, s]));
  return rows.map((r) => ({
    id: r.id, slug: r.slug, title: { vi: r.titleVi, en: r.titleEn }, description: { vi: r.descriptionVi, en: r.descriptionEn }, theme: r.theme, mode: r.mode,
    start: { latitude: r.startLatitude, longitude: r.startLongitude, label: r.startLabel }, startTime: timeOf(r.dayStart), endTime: timeOf(r.dayEnd),
    sites: r.siteIds.map((id) => byId.get(id)).filter((s) => s !== undefined).map((s) => ({ id: s.id, slug: s.slug, name: { vi: s.nameVi, en: s.nameEn } })),
    published: r.published,
  }));
}

export async function listCuratedRoutes(db: Queryable, includeUnpublished: boolean): Promise<{ items: CuratedRoute[] }> {
  const found = await db.select().from(tourismRoutes).where(includeUnpublished ? undefined : eq(tourismRoutes.published, true)).orderBy(asc(tourismRoutes.titleVi), asc(tourismRoutes.id));
  return { items: await toCurated(db, found) };
}

export async function getCuratedRoute(db: Queryable, key: string, includeUnpublished: boolean): Promise<CuratedRoute> {
  const [row] = await db.select().from(tourismRoutes).where(UUID.test(key) ? or(eq(tourismRoutes.id, key), eq(tourismRoutes.slug, key)) : eq(tourismRoutes.slug, key)).limit(1);
  if (!row || (!row.published && !includeUnpublished)) throw routeNotFound();
  return (await toCurated(db, [row]))[0]!;
}

async function valuesOf(db: Queryable, input: CuratedRouteInput) {
  if (minutesOf(input.endTime) <= minutesOf(input.startTime)) throw badRequest('bad_times', { vi: 'Giờ kết thúc phải sau giờ bắt đầu', en: 'The end time must come after the start time' });
  const known = await db.select({ id: tourismSites.id }).from(tourismSites).where(inArray(tourismSites.id, input.siteIds));
  const missing = input.siteIds.filter((id) => !known.some((k) => k.id === id));
  if (missing.length > 0) throw badRequest('unknown_places', { vi: `Không có điểm: ${missing.join(', ')}`, en: `Unknown places: ${missing.join(', ')}` }, { missing });
  return {
    titleVi: input.title.vi.trim(), titleEn: input.title.en.trim(), descriptionVi: input.description?.vi ?? '', descriptionEn: input.description?.en ?? '',
    theme: input.theme ?? null, mode: input.mode, startLabel: input.start.label, startLatitude: input.start.latitude, startLongitude: input.start.longitude,
    dayStart: minutesOf(input.startTime), dayEnd: minutesOf(input.endTime), siteIds: input.siteIds, published: input.published ?? false,
  };
}

export async function createCuratedRoute(database: Database, actor: Actor, input: CuratedRouteInput): Promise<{ id: string; slug: string }> {
  return database.db.transaction(async (tx) => {
    const values = await valuesOf(tx, input);
    const base = foldVietnamese(input.title.vi).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 70).replace(/-+$/, '') || 'lo-trinh';
    const taken = new Set((await tx.select({ slug: tourismRoutes.slug }).from(tourismRoutes).where(or(eq(tourismRoutes.slug, base), like(tourismRoutes.slug, `${base}-%`)))).map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const now = clock.now();
    const [row] = await tx.insert(tourismRoutes).values({ ...values, slug, createdAt: now, updatedAt: now }).returning({ id: tourismRoutes.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'tourism-route.create', entity: 'tourism_route', entityId: row.id, changes: { slug, ...values } });
    return { id: row.id, slug };
  });
}

export async function updateCuratedRoute(database: Database, actor: Actor, id: string, input: CuratedRouteInput): Promise<void> {
  await database.db.transaction(async (tx) => {
    const [before] = await tx.select({ id: tourismRoutes.id }).from(tourismRoutes).where(eq(tourismRoutes.id, id)).limit(1);
    if (!before) throw routeNotFound();
    const values = await valuesOf(tx, input);
    await tx.update(tourismRoutes).set({ ...values, updatedAt: clock.now() }).where(eq(tourismRoutes.id, id));
    await recordAudit(tx, actor, { action: 'tourism-route.update', entity: 'tourism_route', entityId: id, changes: values });
  });
}
