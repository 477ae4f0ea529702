import { sql } from 'drizzle-orm';
import type { Queryable } from '../../server/db/database.ts';
import { rows } from '../../server/db/rows.ts';
import type { SignedInUser } from '../../server/http/access.ts';
import { clock } from '../../shared/time/clock.ts';

/**
 * Marks the user's own notifications read: the listed ones, or all. Reading is not audited (it
 * changes nothing anyone else sees). Returns how many changed.
 */
export async function markNotificationsRead(db: Queryable, user: SignedInUser, ids?: readonly string[]): Promise<number> {
  const changed = await rows<{ notification_id: string }>(db, sql`
    UPDATE notification_recipients SET read_at = ${clock.now()}
    WHERE user_id = ${user.id} AND read_at IS NULL
      ${ids ? sql`AND notification_id = ANY(${`{${ids.join(',')}}`}::uuid[])` : sql``}
    RETURNING notification_id`);
  return changed.length;
}
