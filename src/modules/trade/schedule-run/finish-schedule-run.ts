import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import type { ScheduleProgressPoint } from '../contract.ts';
import type { ConferenceInstance } from '../meetings/conference-instance.ts';
import { writeSchedule } from '../meetings/write-schedule.ts';
import type { B2BResult } from '../scheduling/types.ts';
import { conferenceScheduleRuns } from '../tables.ts';

export interface FinishedRun {
  runId: string;
  conferenceId: string;
  read: ConferenceInstance;
  result: B2BResult;
  progress: ScheduleProgressPoint[];
}

/**
 * Records how a run ended and writes its schedule, in one transaction with the audit row — the
 * same write as the one-call schedule action (write-schedule.ts): a conference changed meanwhile
 * or moved out of the scheduling stages refuses it, and the caller records the run as failed.
 */
export async function finishScheduleRun(database: Database, actor: Actor, run: FinishedRun): Promise<void> {
  const { result } = run;
  await database.db.transaction(async (tx) => {
    const report = await writeSchedule(tx, actor, run.conferenceId, run.read, result, run.runId);
    await tx.update(conferenceScheduleRuns).set({
      status: 'done', finishedAt: clock.now(), endedBy: result.stats.endedBy, value: result.value, bound: result.bound, progress: run.progress, report,
    }).where(eq(conferenceScheduleRuns.id, run.runId));
  });
}
