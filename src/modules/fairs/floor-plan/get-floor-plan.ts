import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { producerOrigin } from '../../catalogue/domain/origin.ts';
import type { FloorPlan } from '../contract.ts';
import type { Service, Zone } from '../zones.ts';
import { stallNeighbours } from './stall-neighbours.ts';

interface Row {
  id: string; code: string; zone: Zone; x: number; y: number; width: number; depth: number; corner: boolean; power: boolean;
  water: boolean; size_class: 'standard' | 'large'; blocked: boolean; service: Service | null; application_id: string | null; producer_id: string | null;
  producer_name: string | null; producer_country: string | null; producer_province: string | null; assignment_status: 'held' | 'confirmed' | null; product_ids: string[] | null;
}

/** The plan with each stall's neighbours and its exhibitor (held or confirmed), for the editor and the public map. */
export async function getFloorPlan(db: Queryable, fairId: string): Promise<FloorPlan> {
  const result = await rows<Row>(db, sql`
    SELECT s.id, s.code, s.zone, s.x::float8 AS x, s.y::float8 AS y, s.width::float8 AS width, s.depth::float8 AS depth,
      s.corner, s.power, s.water, s.size_class, s.blocked, s.service,
      a.application_id, ap.producer_id, pr.name AS producer_name, pr.country AS producer_country, pr.province AS producer_province, a.status AS assignment_status,
      (SELECT array_agg(fp.product_id ORDER BY fp.product_id) FROM fair_application_products fp WHERE fp.application_id = a.application_id) AS product_ids
    FROM stalls s
    LEFT JOIN stall_assignments a ON a.stall_id = s.id
    LEFT JOIN fair_applications ap ON ap.id = a.application_id
    LEFT JOIN producers pr ON pr.id = ap.producer_id
    WHERE s.fair_id = ${fairId}
    ORDER BY s.code`);
  const neighbours = stallNeighbours(result);
  return {
    stalls: result.map((r) => ({
      id: r.id, code: r.code, zone: r.zone, x: r.x, y: r.y, width: r.width, depth: r.depth, corner: r.corner, power: r.power,
      water: r.water, sizeClass: r.size_class, blocked: r.blocked, service: r.service,
      neighbours: neighbours.get(r.code) ?? [],
      exhibitor: r.application_id && r.producer_id && r.producer_name && r.assignment_status
        ? { producerName: r.producer_name, origin: producerOrigin(r.producer_country ?? '', r.producer_province ?? ''), status: r.assignment_status, productIds: r.product_ids ?? [] }
        : null,
    })),
  };
}
