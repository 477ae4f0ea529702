import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import { evaluateAssignment } from '../allocation/evaluate-assignment.ts';
import type { Assignments } from '../allocation/types.ts';
import type { AllocationChange } from '../contract.ts';
import { fairDays } from '../fairs/find-fair.ts';
import { stallAssignments, type fairs } from '../tables.ts';
import type { FairAllocationInput } from './read-fair-instance.ts';

/** A change the plan makes to one application's stalls, by id (AllocationChange is its view, by code). */
export interface PlannedChange {
  applicationId: string;
  kind: AllocationChange['kind'];
  before: string[];
  after: string[];
}

const sameStalls = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The plan as it applies to the fair as it is now: applications no longer approved dropped, every
 * placement that must stay (organizer's, confirmed, kept offers) taken from the fair itself. Null
 * when the plan no longer fits (a stall it gives away was confirmed or placed by hand meanwhile).
 */
export function rebasePlan(plan: Assignments, fresh: FairAllocationInput): Assignments | null {
  const locked = fresh.instance.locked ?? {};
  const rebased: Assignments = {};
  for (const application of fresh.instance.applications) {
    const stalls = locked[application.id] ?? plan[application.id];
    if (stalls !== undefined && stalls.length > 0) rebased[application.id] = stalls;
  }
  return evaluateAssignment(fresh.instance, rebased).feasible ? rebased : null;
}

/** What writing `plan` would change: new offers, moved offers, offers withdrawn. Kept placements never appear. */
export function planChanges(plan: Assignments, input: FairAllocationInput): PlannedChange[] {
  const changes: PlannedChange[] = [];
  for (const application of input.instance.applications) {
    const before = input.current.get(application.id)?.stallIds ?? [];
    const after = plan[application.id] ?? [];
    if (sameStalls(before, after)) continue;
    const kind = before.length === 0 ? 'new' : after.length === 0 ? 'withdrawn' : 'moved';
    changes.push({ applicationId: application.id, kind, before, after });
  }
  for (const change of changes) {
    const placement = input.current.get(change.applicationId);
    // The allocator keeps these as locks, so a change here would be a bug, never a plan to write.
    if (placement !== undefined && (placement.locked || placement.status === 'confirmed')) {
      throw new Error(`internal error: the plan moves the kept placement of ${change.applicationId}`);
    }
  }
  return changes;
}

/** The changes as the organizer reviews them: stall codes and producer names. */
export function describeChanges(changes: readonly PlannedChange[], input: FairAllocationInput): AllocationChange[] {
  const codes = (ids: readonly string[]): string[] => ids.map((id) => input.stallCodes.get(id) ?? id).sort();
  return changes.map((c) => ({
    applicationId: c.applicationId,
    producerName: input.applicants.get(c.applicationId)?.producerName ?? '',
    kind: c.kind,
    before: codes(c.before),
    after: codes(c.after),
  }));
}

/** Writes the changes: the old offers of changed applications go, new ones are held until the fair's deadline. */
export async function writeChanges(tx: Tx, fair: typeof fairs.$inferSelect, changes: readonly PlannedChange[], holdExpiresAt: Date): Promise<void> {
  const changed = changes.map((c) => c.applicationId);
  if (changed.length === 0) return;
  await tx.delete(stallAssignments).where(and(
    eq(stallAssignments.fairId, fair.id), inArray(stallAssignments.applicationId, changed),
    eq(stallAssignments.status, 'held'), eq(stallAssignments.locked, false),
  ));
  const offers = changes.flatMap((c) => c.after.map((stallId) => ({
    fairId: fair.id, stallId, applicationId: c.applicationId, days: fairDays(fair), status: 'held' as const, holdExpiresAt, locked: false,
  })));
  if (offers.length > 0) await tx.insert(stallAssignments).values(offers);
}
