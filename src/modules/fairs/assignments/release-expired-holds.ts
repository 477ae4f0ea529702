import { clock } from '../../../shared/time/clock.ts';
import { and, eq, lt } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { stallAssignments } from '../tables.ts';

/**
 * Stalls offered but not confirmed by their deadline go back to the pool. Run before every
 * assignment change and by a timer in every app process: it is idempotent, so several processes
 * running it at once do no harm.
 */
export async function releaseExpiredHolds(db: Queryable, now = clock.now()): Promise<number> {
  const released = await db
    .delete(stallAssignments)
    .where(and(eq(stallAssignments.status, 'held'), lt(stallAssignments.holdExpiresAt, now)))
    .returning({ id: stallAssignments.id });
  return released.length;
}
