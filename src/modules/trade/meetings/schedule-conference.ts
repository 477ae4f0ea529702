import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import type { ScheduleReport } from '../contract.ts';
import { assertStage, findConference } from '../conferences/find-conference.ts';
import { SCHEDULING_OPEN } from '../domain/conference-status.ts';
import { InstanceValidationError } from '../scheduling/index.ts';
import type { B2BResult } from '../scheduling/types.ts';
import { conferenceInstance } from './conference-instance.ts';
import { scheduleInThread } from './schedule-in-thread.ts';
import { writeSchedule } from './write-schedule.ts';

export const scheduleInconsistent = (error: InstanceValidationError) =>
  conflict('schedule_inconsistent', { vi: 'Lịch gặp cố định không còn hợp lệ (ví dụ một bên đã đổi giờ tham dự)', en: 'Locked meetings no longer hold (e.g. a participant changed its hours)' }, { errors: error.errors });

/** The solver's errors as the API tells them: a lock that no longer holds is the organizer's to fix. */
export async function solveOrExplain(solve: Promise<B2BResult>): Promise<B2BResult> {
  try {
    return await solve;
  } catch (error) {
    if (error instanceof InstanceValidationError) throw scheduleInconsistent(error);
    throw error;
  }
}

/**
 * The schedule action in one call (the demo's seeding; the web starts a schedule run instead,
 * schedule-run/): places the accepted requests into slots and tables with the pure scheduler
 * (locked and checked-in meetings kept, the current schedule as the one to stay close to),
 * within the time budget, in a thread of its own, and replaces the other meetings with its
 * answer. The solver runs outside the transaction; the write checks that nothing it read
 * changed meanwhile (write-schedule.ts).
 */
export async function scheduleConference(database: Database, actor: Actor, key: string, timeLimitSeconds = 10): Promise<ScheduleReport> {
  const db = database.db;
  const conference = await findConference(db, key, 'system');
  assertStage(conference, SCHEDULING_OPEN, { vi: 'xếp lịch', en: 'schedule' });
  const read = await conferenceInstance(db, conference);
  const result = await solveOrExplain(scheduleInThread({ instance: read.instance, timeLimitSeconds }));
  return db.transaction((tx) => writeSchedule(tx, actor, conference.id, read, result));
}
