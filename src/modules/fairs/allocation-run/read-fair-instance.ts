import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { AllocationInstance } from '../allocation/types.ts';
import { stallNeighbours } from '../floor-plan/stall-neighbours.ts';
import { stalls as stallsTable, type fairs } from '../tables.ts';
import { buildFairInstance, type FairApplicant, type FairStall } from './build-fair-instance.ts';

/** An application's current stalls: organizer-locked, confirmed or offered (held). */
export interface CurrentPlacement {
  stallIds: string[];
  status: 'held' | 'confirmed';
  locked: boolean;
}

export interface FairAllocationInput {
  instance: AllocationInstance;
  /** Approved applications: producer, for names in reports, provinces for the spread, producers to notify. */
  applicants: Map<string, { producerId: string; producerName: string; province: string }>;
  stallCodes: Map<string, string>;
  current: Map<string, CurrentPlacement>;
}

/**
 * The fair as the allocator sees it: its stalls with adjacency from the plan, every approved
 * application with its products' stars and groups, and what must stay where it is — organizer
 * placements and confirmed stalls always, held offers too when `keepOffers`.
 */
export async function readFairInstance(db: Queryable, fair: typeof fairs.$inferSelect, keepOffers: boolean): Promise<FairAllocationInput> {
  const stallRows = await db.select().from(stallsTable).where(eq(stallsTable.fairId, fair.id));
  const neighbours = stallNeighbours(stallRows);
  const idByCode = new Map(stallRows.map((s) => [s.code, s.id]));
  const stalls: FairStall[] = stallRows.map((s) => ({
    id: s.id, code: s.code, zone: s.zone, power: s.power, water: s.water, blocked: s.blocked,
    neighbourIds: (neighbours.get(s.code) ?? []).map((code) => idByCode.get(code) as string),
  }));
  const applicants = await rows<{
    id: string; producer_id: string; stall_count: 1 | 2; preferred_zone: string | null; needs_power: boolean; needs_water: boolean;
    region: string | null; type: string; producer_name: string; province: string; stars: number[]; categories: string[]; returning: boolean;
  }>(db, sql`
    SELECT a.id, a.producer_id, a.stall_count, a.preferred_zone, a.needs_power, a.needs_water, pr.region, pr.type, pr.name AS producer_name, pr.province,
      array(SELECT coalesce(p.stars, 3)::int FROM fair_application_products ap JOIN products p ON p.id = ap.product_id WHERE ap.application_id = a.id) AS stars,
      array(SELECT p.category_code FROM fair_application_products ap JOIN products p ON p.id = ap.product_id WHERE ap.application_id = a.id) AS categories,
      EXISTS (SELECT 1 FROM fair_applications earlier JOIN fairs f ON f.id = earlier.fair_id
              WHERE earlier.producer_id = a.producer_id AND f.ends_on < ${fair.startsOn}::date
                AND EXISTS (SELECT 1 FROM stall_assignments sa WHERE sa.application_id = earlier.id AND sa.status = 'confirmed')) AS returning
    FROM fair_applications a JOIN producers pr ON pr.id = a.producer_id
    WHERE a.fair_id = ${fair.id} AND a.status = 'approved' ORDER BY a.created_at, a.id`);
  const assignments = await rows<{ application_id: string; stall_id: string; status: 'held' | 'confirmed'; locked: boolean }>(db, sql`
    SELECT sa.application_id, sa.stall_id, sa.status, sa.locked FROM stall_assignments sa
    JOIN fair_applications a ON a.id = sa.application_id
    WHERE sa.fair_id = ${fair.id} AND a.status = 'approved' ORDER BY sa.application_id, sa.stall_id`);
  const current = new Map<string, CurrentPlacement>();
  for (const a of assignments) {
    const placement = current.get(a.application_id) ?? { stallIds: [], status: a.status, locked: a.locked };
    placement.stallIds.push(a.stall_id);
    if (a.status === 'confirmed') placement.status = 'confirmed';
    placement.locked ||= a.locked;
    current.set(a.application_id, placement);
  }
  const locked: Record<string, string[]> = {};
  for (const [applicationId, placement] of current) {
    if (placement.locked || placement.status === 'confirmed' || keepOffers) locked[applicationId] = placement.stallIds;
  }
  const fairApplicants: FairApplicant[] = applicants.map((a) => ({
    id: a.id, stallCount: a.stall_count, preferredZone: a.preferred_zone, needsPower: a.needs_power, needsWater: a.needs_water,
    region: a.region, foreign: a.type === 'foreign-enterprise', productStars: a.stars, productCategories: a.categories, returning: a.returning,
  }));
  return {
    instance: buildFairInstance(stalls, fairApplicants, locked),
    applicants: new Map(applicants.map((a) => [a.id, { producerId: a.producer_id, producerName: a.producer_name, province: a.province }])),
    stallCodes: new Map(stallRows.map((s) => [s.id, s.code])),
    current,
  };
}
