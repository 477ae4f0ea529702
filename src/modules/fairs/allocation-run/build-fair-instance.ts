import type { AllocationInstance } from '../allocation/types.ts';
import type { Zone } from '../zones.ts';

export interface FairStall {
  id: string;
  code: string;
  zone: Zone;
  power: boolean;
  water: boolean;
  blocked: boolean;
  neighbourIds: string[];
}

export interface FairApplicant {
  id: string;
  stallCount: 1 | 2;
  preferredZone: string | null;
  needsPower: boolean;
  needsWater: boolean;
  /** The producer's cultural region; null for a foreign enterprise. */
  region: string | null;
  foreign: boolean;
  /** Stars of the products it shows (their current certificates). */
  productStars: number[];
  /** Leaf category codes of the products it shows. */
  productCategories: string[];
  /** Exhibited at an earlier fair of the programme. */
  returning: boolean;
}

/**
 * The documented score of placing an application in a zone (the weight the allocator maximises):
 *
 *   10                        every placement is worth having (so capacity is used)
 * + 3 × (mean stars − 3)      0 for 3★ products, up to 6 for 5★: better products get the good places first
 * + 4 if the zone is the one the applicant asked for
 * + 5 if the zone is the applicant's own cultural region (regional match)
 * + 2 for a returning exhibitor
 *
 * Soft rules: neighbouring stalls of one product category cost `sameCategoryPenalty` in the
 * objective; then, without lowering it, exhibitors of one zone are swapped to spread provinces
 * (spread-provinces.ts).
 *
 * Allowed zones (a hard rule): a Vietnamese producer goes to its own region's zone, and also to
 * the food court when it asked for it and shows food or drinks (groups I and II); a foreign
 * enterprise goes to the international pavilion. Stage and service areas take no exhibitor.
 */
export function applicationZoneWeights(applicant: FairApplicant): Record<string, number> {
  const meanStars = applicant.productStars.length ? applicant.productStars.reduce((a, b) => a + b, 0) / applicant.productStars.length : 3;
  const base = 10 + 3 * Math.max(0, meanStars - 3) + (applicant.returning ? 2 : 0);
  const weight = (zone: string) => Math.round((base + (zone === applicant.preferredZone ? 4 : 0) + (zone === applicant.region ? 5 : 0)) * 100) / 100;
  if (applicant.foreign) return { foreign: weight('foreign') };
  const zones: Record<string, number> = {};
  if (applicant.region) zones[applicant.region] = weight(applicant.region);
  const showsFood = applicant.productCategories.length > 0 && applicant.productCategories.every((c) => c.startsWith('I.') || c.startsWith('II.'));
  if (applicant.preferredZone === 'food' && showsFood) zones.food = weight('food');
  return zones;
}

/** The category an applicant is known by for the same-category-neighbour rule: its most shown one. */
export function mainCategory(categories: string[]): string {
  const counts = new Map<string, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'unknown';
}

/** Turns a fair's approved applications and floor plan into the allocator's plain instance. */
export function buildFairInstance(
  stalls: FairStall[],
  applicants: FairApplicant[],
  locked: Record<string, string[]>,
  sameCategoryPenalty = 3,
): AllocationInstance {
  return {
    stalls: stalls.map((s) => ({
      id: s.id,
      zone: s.zone,
      power: s.power,
      water: s.water,
      blocked: s.blocked || s.zone === 'stage' || s.zone === 'service',
      neighbours: s.neighbourIds,
    })),
    applications: applicants.map((a) => ({
      id: a.id,
      stalls: a.stallCount,
      zones: applicationZoneWeights(a),
      needsPower: a.needsPower,
      needsWater: a.needsWater,
      category: mainCategory(a.productCategories),
    })),
    locked,
    sameCategoryPenalty,
  };
}
