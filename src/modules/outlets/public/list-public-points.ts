import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { PublicPoint, PublicPointQuery } from '../contract.ts';
import { openState } from '../domain/opening-hours.ts';
import { PUBLIC_POINT_STATUSES } from '../domain/point-status.ts';
import type { HoursInterval, WeeklyHours } from '../domain/shapes.ts';
import { listHoursExceptions } from '../points/get-point.ts';

interface Row {
  id: string; slug: string; name_vi: string; name_en: string; kind: PublicPoint['kind']; status: PublicPoint['status'];
  address: string; commune: string; latitude: number; longitude: number; weekly_hours: WeeklyHours; groups: string[] | null;
}

/** The points the public may visit (opened and operating), with their hours and open-now state at `now`. */
export async function listPublicPoints(db: Queryable, query: PublicPointQuery, now: Date): Promise<{ items: PublicPoint[]; total: number }> {
  const where: SQL[] = [sql`o.status IN (${sql.join(PUBLIC_POINT_STATUSES.map((s) => sql`${s}`), sql`, `)})`];
  if (query.kind) where.push(sql`o.kind = ${query.kind}`);
  if (query.commune) where.push(sql`ocop_fold(o.commune) = ocop_fold(${query.commune})`);
  const found = await rows<Row>(db, sql`
    SELECT o.id, o.slug, o.name_vi, o.name_en, o.kind, o.status, o.address, o.commune, o.latitude, o.longitude, o.weekly_hours,
      (SELECT array_agg(DISTINCT split_part(p.category_code, '.', 1) ORDER BY split_part(p.category_code, '.', 1))
         FROM outlet_stock_items s JOIN products p ON p.id = s.product_id WHERE s.point_id = o.id AND s.quantity > 0) AS groups
    FROM outlet_points o WHERE ${sql.join(where, sql` AND `)}
    ORDER BY o.pilot DESC, o.name_vi, o.id`);
  const filtered = query.group ? found.filter((r) => r.groups?.includes(query.group ?? '')) : found;
  const exceptions = await exceptionsOf(db, filtered.map((r) => r.id));
  const items = filtered.map((r) => ({
    slug: r.slug, name: { vi: r.name_vi, en: r.name_en }, kind: r.kind, status: r.status, address: r.address, commune: r.commune,
    latitude: Number(r.latitude), longitude: Number(r.longitude), weeklyHours: r.weekly_hours,
    openNow: openState(now, r.weekly_hours, exceptions.get(r.id) ?? []), productGroups: r.groups ?? [],
  }));
  return { items, total: items.length };
}

async function exceptionsOf(db: Queryable, ids: readonly string[]) {
  const result = new Map<string, Awaited<ReturnType<typeof listHoursExceptions>>>();
  if (ids.length === 0) return result;
  const found = await rows<{ point_id: string; starts_on: string; ends_on: string; hours: HoursInterval[]; label_vi: string; label_en: string }>(db, sql`
    SELECT point_id, starts_on::text AS starts_on, ends_on::text AS ends_on, hours, label_vi, label_en FROM outlet_hours_exceptions
    WHERE point_id IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) ORDER BY starts_on`);
  for (const e of found) {
    result.set(e.point_id, [...(result.get(e.point_id) ?? []), { id: '', startsOn: e.starts_on, endsOn: e.ends_on, hours: e.hours, label: { vi: e.label_vi, en: e.label_en } }]);
  }
  return result;
}

/** The list as GeoJSON (longitude first, as the format wants). */
export function toGeoJson(points: readonly PublicPoint[]) {
  return {
    type: 'FeatureCollection' as const,
    features: points.map(({ latitude, longitude, ...properties }) => ({
      type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [longitude, latitude] as [number, number] }, properties,
    })),
  };
}
