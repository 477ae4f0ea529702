import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { users } from '../../accounts/tables.ts';

/** The active surveyor accounts a survey can be given to (cán bộ khảo sát). */
export async function listSurveyors(db: Queryable): Promise<{ items: { id: string; email: string; displayName: string }[] }> {
  const items = await db.select({ id: users.id, email: users.email, displayName: users.displayName }).from(users)
    .where(and(eq(users.role, 'surveyor'), eq(users.active, true))).orderBy(asc(users.displayName));
  return { items };
}
