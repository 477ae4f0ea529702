import { sql, type SQL } from 'drizzle-orm';
import type { PointSummary } from '../contract.ts';
import type { PointKind } from '../domain/point-kinds.ts';
import type { PointStatus } from '../domain/point-status.ts';

/** The columns of a point summary, for queries over outlet_points `o` joined to craft_villages `v`. */
export const pointSummaryColumns: SQL = sql.raw(`o.id, o.slug, o.name_vi, o.name_en, o.kind, o.status, o.location_type, o.address, o.commune,
  o.legacy_district, o.latitude, o.longitude, o.pilot, o.floor_area_m2, o.status_changed_at, v.id AS village_id, v.name_vi AS village_name_vi, v.name_en AS village_name_en`);

export interface PointSummaryRow {
  id: string;
  slug: string;
  name_vi: string;
  name_en: string;
  kind: PointKind;
  status: PointStatus;
  location_type: number;
  address: string;
  commune: string;
  legacy_district: string | null;
  latitude: number;
  longitude: number;
  pilot: boolean;
  floor_area_m2: string | number | null;
  status_changed_at: Date | string;
  village_id: string | null;
  village_name_vi: string | null;
  village_name_en: string | null;
}

export const iso = (at: Date | string): string => (at instanceof Date ? at : new Date(at)).toISOString();

export function toPointSummary(row: PointSummaryRow): PointSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: { vi: row.name_vi, en: row.name_en },
    kind: row.kind,
    status: row.status,
    locationType: row.location_type,
    address: row.address,
    commune: row.commune,
    legacyDistrict: row.legacy_district,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    pilot: row.pilot,
    floorAreaM2: row.floor_area_m2 === null ? null : Number(row.floor_area_m2),
    statusChangedAt: iso(row.status_changed_at),
    craftVillage: row.village_id && row.village_name_vi && row.village_name_en ? { id: row.village_id, name: { vi: row.village_name_vi, en: row.village_name_en } } : null,
  };
}
