import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import { trainingSessions } from '../tables.ts';

export type SessionRow = typeof trainingSessions.$inferSelect;

export const sessionNotFound = () => notFound({ vi: 'Không tìm thấy buổi học', en: 'Session not found' });

/** A session of the course (404 when it belongs to another). */
export async function findSession(db: Queryable, courseId: string, sessionId: string): Promise<SessionRow> {
  const [row] = await db.select().from(trainingSessions).where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.courseId, courseId)));
  if (!row) throw sessionNotFound();
  return row;
}
