import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { ScheduleRun } from '../contract.ts';
import { findConference } from '../conferences/find-conference.ts';
import { conferenceScheduleRuns } from '../tables.ts';
import { toScheduleRun } from './schedule-run-view.ts';

/** The conference's latest runs, newest first: the web shows the current one (running, or its outcome). */
export async function listScheduleRuns(database: Database, conferenceKey: string, language: 'vi' | 'en'): Promise<ScheduleRun[]> {
  const conference = await findConference(database.db, conferenceKey, 'system');
  const runs = await database.db.select().from(conferenceScheduleRuns).where(eq(conferenceScheduleRuns.conferenceId, conference.id))
    .orderBy(desc(conferenceScheduleRuns.startedAt), desc(conferenceScheduleRuns.id)).limit(10);
  return runs.map((run) => toScheduleRun(run, language));
}
