import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { MapPlace } from '../contract.ts';

/** Which of the other modules' tables exist (a module may not be installed yet): read them only then. */
async function presentTables(db: Queryable, names: readonly string[]): Promise<Set<string>> {
  const found = await rows<{ name: string | null }>(db, sql`SELECT to_regclass(n)::text AS name FROM unnest(${`{${names.join(',')}}`}::text[]) AS n`);
  return new Set(found.map((r) => r.name).filter((n): n is string => n !== null));
}

interface Row {
  id: string;
  slug: string | null;
  name_vi: string;
  name_en: string;
  latitude: number;
  longitude: number;
  detail_vi: string;
  detail_en: string;
  kind?: string;
  starts_on?: string;
  ends_on?: string;
}

/**
 * Everything the public map shows, read from each module's own records: craft
 * villages, points of sale open to the public (creative design centres apart),
 * fairs running or coming, published tourist sites. Places without coordinates are left out.
 */
export async function listMapPlaces(db: Queryable): Promise<{ items: MapPlace[] }> {
  const present = await presentTables(db, ['craft_villages', 'outlet_points', 'fairs', 'tourism_sites']);
  const items: MapPlace[] = [];
  const today = clock.today();
  if (present.has('craft_villages')) {
    for (const r of await rows<Row>(db, sql`SELECT id, NULL AS slug, name_vi, name_en, latitude, longitude, craft_vi AS detail_vi, craft_en AS detail_en
      FROM craft_villages WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY name_vi, id`)) {
      items.push({ layer: 'craft-village', id: r.id, name: { vi: r.name_vi, en: r.name_en }, latitude: r.latitude, longitude: r.longitude, href: `/catalogue?village=${r.id}`, detail: { vi: r.detail_vi, en: r.detail_en } });
    }
  }
  if (present.has('outlet_points')) {
    for (const r of await rows<Row>(db, sql`SELECT id, slug, name_vi, name_en, latitude, longitude, address AS detail_vi, address AS detail_en, kind
      FROM outlet_points WHERE status IN ('opened', 'operating') ORDER BY name_vi, id`)) {
      items.push({ layer: r.kind === 'creative-design-centre' ? 'design-centre' : 'point-of-sale', id: r.id, name: { vi: r.name_vi, en: r.name_en }, latitude: r.latitude, longitude: r.longitude, href: `/points-of-sale/${r.slug}`, detail: { vi: r.detail_vi, en: r.detail_en } });
    }
  }
  if (present.has('fairs')) {
    for (const r of await rows<Row>(db, sql`SELECT id, slug, name_vi, name_en, latitude, longitude, venue_vi AS detail_vi, venue_en AS detail_en, starts_on::text AS starts_on, ends_on::text AS ends_on
      FROM fairs WHERE status <> 'draft' AND ends_on >= ${today}::date AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY starts_on, id`)) {
      items.push({ layer: 'fair', id: r.id, name: { vi: r.name_vi, en: r.name_en }, latitude: r.latitude, longitude: r.longitude, href: `/fairs/${r.slug}`, detail: { vi: r.detail_vi, en: r.detail_en }, status: r.starts_on! <= today ? 'running' : 'coming' });
    }
  }
  if (present.has('tourism_sites')) {
    for (const r of await rows<Row>(db, sql`SELECT id, slug, name_vi, name_en, latitude, longitude, address AS detail_vi, address AS detail_en, kind
      FROM tourism_sites WHERE published ORDER BY name_vi, id`)) {
      items.push({ layer: 'tourist-site', id: r.id, name: { vi: r.name_vi, en: r.name_en }, latitude: r.latitude, longitude: r.longitude, href: `/map/route?places=${r.slug}`, detail: { vi: r.detail_vi, en: r.detail_en } });
    }
  }
  return { items };
}
