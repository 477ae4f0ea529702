import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { allocateStalls } from '../allocation/allocate-stalls.ts';
import { evaluateAssignment } from '../allocation/evaluate-assignment.ts';
import type { AllocationReport } from '../contract.ts';
import { fairDays, findFairRow } from '../fairs/find-fair.ts';
import { stallNeighbours } from '../floor-plan/stall-neighbours.ts';
import { releaseExpiredHolds } from '../assignments/release-expired-holds.ts';
import { stallAssignments, stalls as stallsTable } from '../tables.ts';
import { buildFairInstance, type FairApplicant, type FairStall } from './build-fair-instance.ts';
import { spreadProvinces } from './spread-provinces.ts';

/**
 * Assigns every approved application to stalls, maximising the documented score. Organizer-locked
 * and confirmed assignments are kept; other offers are replaced by new ones, held for the fair's
 * hold period. Returns the objective, the proven bound and why applications stayed unplaced.
 */
export async function runFairAllocation(database: Database, actor: Actor, fairKey: string, now = new Date()): Promise<AllocationReport> {
  return database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    // One allocation at a time per fair: a second run waits for the first to commit.
    await rows(tx, sql`SELECT id FROM fairs WHERE id = ${fair.id} FOR UPDATE`);
    await releaseExpiredHolds(tx, now);
    const stallRows = await tx.select().from(stallsTable).where(eq(stallsTable.fairId, fair.id));
    const neighbours = stallNeighbours(stallRows);
    const idByCode = new Map(stallRows.map((s) => [s.code, s.id]));
    const stalls: FairStall[] = stallRows.map((s) => ({
      id: s.id, code: s.code, zone: s.zone, power: s.power, water: s.water, blocked: s.blocked,
      neighbourIds: (neighbours.get(s.code) ?? []).map((code) => idByCode.get(code) as string),
    }));
    const applicants = await rows<{
      id: string; stall_count: 1 | 2; preferred_zone: string | null; needs_power: boolean; needs_water: boolean;
      region: string | null; type: string; producer_name: string; province: string; stars: number[]; categories: string[]; returning: boolean;
    }>(tx, sql`
      SELECT a.id, a.stall_count, a.preferred_zone, a.needs_power, a.needs_water, pr.region, pr.type, pr.name AS producer_name, pr.province,
        array(SELECT coalesce(p.stars, 3)::int FROM fair_application_products ap JOIN products p ON p.id = ap.product_id WHERE ap.application_id = a.id) AS stars,
        array(SELECT p.category_code FROM fair_application_products ap JOIN products p ON p.id = ap.product_id WHERE ap.application_id = a.id) AS categories,
        EXISTS (SELECT 1 FROM fair_applications earlier JOIN fairs f ON f.id = earlier.fair_id
                WHERE earlier.producer_id = a.producer_id AND f.ends_on < ${fair.startsOn}::date
                  AND EXISTS (SELECT 1 FROM stall_assignments sa WHERE sa.application_id = earlier.id AND sa.status = 'confirmed')) AS returning
      FROM fair_applications a JOIN producers pr ON pr.id = a.producer_id
      WHERE a.fair_id = ${fair.id} AND a.status = 'approved' ORDER BY a.created_at, a.id`);
    const kept = await tx
      .select({ applicationId: stallAssignments.applicationId, stallId: stallAssignments.stallId })
      .from(stallAssignments)
      .where(and(eq(stallAssignments.fairId, fair.id), sql`(${stallAssignments.locked} OR ${stallAssignments.status} = 'confirmed')`));
    const locked: Record<string, string[]> = {};
    for (const k of kept) (locked[k.applicationId] ??= []).push(k.stallId);

    const fairApplicants: FairApplicant[] = applicants.map((a) => ({
      id: a.id, stallCount: a.stall_count, preferredZone: a.preferred_zone, needsPower: a.needs_power, needsWater: a.needs_water,
      region: a.region, foreign: a.type === 'foreign-enterprise', productStars: a.stars, productCategories: a.categories, returning: a.returning,
    }));
    const instance = buildFairInstance(stalls, fairApplicants, locked);
    const result = await allocateStalls(instance, { invalidLocks: 'ignore' });
    // The province spread comes second: it only reorders exhibitors within their zones.
    const spread = spreadProvinces(instance, result.assignments, new Map(applicants.map((a) => [a.id, a.province])));
    const assignments = spread.assignments;
    const objective = evaluateAssignment(instance, assignments).objective;

    await tx.delete(stallAssignments).where(and(eq(stallAssignments.fairId, fair.id), eq(stallAssignments.locked, false), eq(stallAssignments.status, 'held')));
    const holdExpiresAt = new Date(now.getTime() + fair.holdHours * 3600 * 1000);
    const offers = Object.entries(assignments)
      .filter(([applicationId]) => !locked[applicationId])
      .flatMap(([applicationId, stallIds]) => stallIds.map((stallId) => ({
        fairId: fair.id, stallId, applicationId, days: fairDays(fair), status: 'held' as const, holdExpiresAt, locked: false,
      })));
    if (offers.length) await tx.insert(stallAssignments).values(offers);
    const names = new Map(applicants.map((a) => [a.id, a.producer_name]));
    const report: AllocationReport = {
      objective,
      bound: result.bound,
      gap: result.bound > 0 ? Math.max(0, (result.bound - objective) / result.bound) : 0,
      method: result.method,
      placed: Object.keys(assignments).length,
      sameProvinceNeighbours: { before: spread.sameProvincePairsBefore, after: spread.sameProvincePairsAfter },
      unplaced: result.unplaced.map((u) => ({ applicationId: u.id, producerName: names.get(u.id) ?? '', reason: u.reason })),
      holdExpiresAt: holdExpiresAt.toISOString(),
    };
    await recordAudit(tx, actor, { action: 'fair.allocate', entity: 'fair', entityId: fair.id, changes: { ...report, unplaced: report.unplaced.length, offers: offers.length } });
    return report;
  });
}
