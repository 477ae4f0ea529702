import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import { findConference } from '../conferences/find-conference.ts';
import { conferenceScheduleRuns } from '../tables.ts';
import type { ScheduleRunRow } from './schedule-run-view.ts';

export const runNotFound = () => notFound({ vi: 'Không tìm thấy lượt xếp lịch', en: 'Scheduling run not found' });

/** A run of the conference (by id or slug); another conference's run is not found. */
export async function findScheduleRun(database: Database, conferenceKey: string, runId: string): Promise<ScheduleRunRow> {
  const conference = await findConference(database.db, conferenceKey, 'system');
  const [run] = await database.db.select().from(conferenceScheduleRuns)
    .where(and(eq(conferenceScheduleRuns.id, runId), eq(conferenceScheduleRuns.conferenceId, conference.id)));
  if (run === undefined) throw runNotFound();
  return run;
}
