import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../../server/db/database.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { meetingRequests } from '../tables.ts';

/**
 * Stores `expired` on pending requests past their expiry, with an audit row each, in one
 * transaction. Reads already show such requests as expired; this makes the stored state agree.
 */
export async function expireRequests(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx.update(meetingRequests).set({ status: 'expired', decidedAt: now })
      .where(and(eq(meetingRequests.status, 'pending'), lte(meetingRequests.expiresAt, now)))
      .returning({ id: meetingRequests.id, conferenceId: meetingRequests.conferenceId });
    for (const request of expired) {
      await recordAudit(tx, SYSTEM_ACTOR, { action: 'meeting-request.expire', entity: 'meeting-request', entityId: request.id, changes: { status: 'expired', conferenceId: request.conferenceId } });
    }
    return expired.length;
  });
}
