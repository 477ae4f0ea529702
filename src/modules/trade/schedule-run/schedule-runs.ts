import { and, eq, lt } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import type { ScheduleProgressPoint, ScheduleRun, ScheduleRunInput } from '../contract.ts';
import { assertStage, findConference } from '../conferences/find-conference.ts';
import { SCHEDULING_OPEN } from '../domain/conference-status.ts';
import { conferenceInstance, type ConferenceInstance } from '../meetings/conference-instance.ts';
import { solveOrExplain } from '../meetings/schedule-conference.ts';
import type { ScheduleProgress } from '../scheduling/types.ts';
import { conferenceScheduleRuns } from '../tables.ts';
import { finishScheduleRun } from './finish-schedule-run.ts';
import { HEARTBEAT_MS, runInterrupted, STALE_AFTER_MS, toScheduleRun } from './schedule-run-view.ts';
import { ScheduleThread, type ScheduleHandle } from './schedule-thread.ts';

/** Progress points kept per run: enough to draw the curve, bounded for the record. */
const MAX_POINTS = 200;
/** At shutdown a stopped run has this long to hand back and write its best schedule. */
const CLOSE_GRACE_MS = 5_000;

export const DEFAULT_TIME_LIMIT_SECONDS = 10;

const scheduleRunning = () => conflict('schedule_running', {
  vi: 'Hội nghị đang được xếp lịch gặp; hãy chờ lượt chạy hiện tại kết thúc hoặc dừng nó',
  en: 'Meetings are being scheduled for this conference; wait for the current run to end or stop it',
});

/**
 * This process's schedule runs (modelled on the fairs' AllocationRuns). `start` records the run
 * and solves in the scheduling thread; the record carries the progress for every app process, a
 * stop request reaches the run through it (and at once when the run is this process's), and the
 * run ends by writing its schedule (finishScheduleRun) or recording why it could not.
 */
export class ScheduleRuns {
  private readonly thread = new ScheduleThread();
  private readonly active = new Map<string, Promise<void>>();
  /** Runs of this process asked to stop, and the handle of each run once it is solving. */
  private readonly stopping = new Set<string>();
  private readonly handles = new Map<string, ScheduleHandle>();

  constructor(private readonly database: Database) {}

  /** Starts a run (202 for the route); `done` resolves once it has ended and its outcome is recorded. */
  async start(actor: Actor, conferenceKey: string, input: ScheduleRunInput): Promise<{ run: ScheduleRun; done: Promise<ScheduleRun> }> {
    const { db } = this.database;
    const now = clock.now();
    const timeLimitSeconds = input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
    const { conferenceId, runId } = await db.transaction(async (tx) => {
      const conference = await findConference(tx, conferenceKey, 'system', { lock: true });
      assertStage(conference, SCHEDULING_OPEN, { vi: 'xếp lịch', en: 'schedule' });
      // A run whose process died no longer holds the conference.
      await tx.update(conferenceScheduleRuns).set({ status: 'failed', finishedAt: now, error: runInterrupted })
        .where(and(eq(conferenceScheduleRuns.conferenceId, conference.id), eq(conferenceScheduleRuns.status, 'running'), lt(conferenceScheduleRuns.heartbeatAt, new Date(now.getTime() - STALE_AFTER_MS))));
      const [running] = await tx.select({ id: conferenceScheduleRuns.id }).from(conferenceScheduleRuns)
        .where(and(eq(conferenceScheduleRuns.conferenceId, conference.id), eq(conferenceScheduleRuns.status, 'running')));
      if (running !== undefined) throw scheduleRunning();
      const [row] = await tx.insert(conferenceScheduleRuns).values({
        conferenceId: conference.id, status: 'running', timeLimitSeconds, startedBy: actor.id, startedAt: now, heartbeatAt: now, stopRequested: false, progress: [],
      }).returning({ id: conferenceScheduleRuns.id });
      if (row === undefined) throw new Error('the schedule run was not recorded');
      return { conferenceId: conference.id, runId: row.id };
    }).catch((error: unknown) => {
      // Two starts at once (two processes): the unique index lets one through.
      if (typeof error === 'object' && error !== null && 'constraint' in error && error.constraint === 'conference_schedule_runs_one_running') throw scheduleRunning();
      throw error;
    });
    const execution = this.execute(actor, runId, conferenceId, timeLimitSeconds);
    this.active.set(runId, execution);
    const done = execution.finally(() => {
      this.active.delete(runId);
      this.stopping.delete(runId);
    }).then(() => this.view(runId));
    return { run: await this.view(runId), done };
  }

  /** Tells this process's run to stop now (the record's stop request reaches runs of other processes). */
  stop(runId: string): void {
    if (!this.active.has(runId)) return;
    this.stopping.add(runId);
    this.handles.get(runId)?.stop();
  }

  async view(runId: string, language: 'vi' | 'en' = 'vi'): Promise<ScheduleRun> {
    const [row] = await this.database.db.select().from(conferenceScheduleRuns).where(eq(conferenceScheduleRuns.id, runId));
    if (row === undefined) throw new Error(`schedule run ${runId} vanished`);
    return toScheduleRun(row, language);
  }

  /** Ends every run of this process early (server shutdown): each still writes its best schedule if it can in time. */
  async close(): Promise<void> {
    const running = [...this.active.values()];
    for (const runId of this.active.keys()) this.stop(runId);
    await this.thread.close(CLOSE_GRACE_MS);
    await Promise.allSettled(running);
  }

  private async execute(actor: Actor, runId: string, conferenceId: string, timeLimitSeconds: number): Promise<void> {
    const { db } = this.database;
    const points: ScheduleProgressPoint[] = [];
    // Written by the progress callback; `as` keeps TypeScript from narrowing it to null here.
    let latest = null as ScheduleProgress | null;
    let version = 0;
    let written = 0;
    let timer: NodeJS.Timeout | undefined;
    try {
      const read: ConferenceInstance = await db.transaction(async (tx) => conferenceInstance(tx, await findConference(tx, conferenceId, 'system')));
      const handle = this.thread.run(read.instance, timeLimitSeconds, (progress) => {
        latest = progress;
        version++;
        // Points closer than 100 ms replace each other: the curve keeps its shape, the record stays small.
        const last = points.at(-1);
        if (last !== undefined && progress.ms - last.ms < 100 && points.length > 1) points[points.length - 1] = { ...progress };
        else points.push({ ...progress });
        if (points.length > MAX_POINTS) points.splice(1, 1);
      });
      this.handles.set(runId, handle);
      // A stop asked while the instance was being read: the solver sees it at its first checkpoint.
      if (this.stopping.has(runId)) handle.stop();
      const beat = async (): Promise<void> => {
        const progress = latest;
        const [row] = await db.update(conferenceScheduleRuns).set({
          heartbeatAt: clock.now(),
          ...(version !== written && progress !== null ? { progress: [...points], value: progress.value, bound: progress.bound } : {}),
        }).where(eq(conferenceScheduleRuns.id, runId)).returning({ stop: conferenceScheduleRuns.stopRequested });
        written = version;
        if (row?.stop === true) handle.stop();
      };
      const loop = (): void => {
        timer = setTimeout(() => void beat().catch(() => undefined).finally(() => { if (timer !== undefined) loop(); }), HEARTBEAT_MS);
      };
      loop();
      const result = await solveOrExplain(handle.result);
      clearTimeout(timer);
      timer = undefined;
      await finishScheduleRun(this.database, actor, { runId, conferenceId, read, result, progress: points });
    } catch (error) {
      clearTimeout(timer);
      timer = undefined;
      const message = error instanceof Error ? error.message : String(error);
      const known = typeof error === 'object' && error !== null && 'code' in error && 'messages' in error;
      const progress = latest;
      await db.update(conferenceScheduleRuns).set({
        status: 'failed', finishedAt: clock.now(), progress: points,
        ...(progress === null ? {} : { value: progress.value, bound: progress.bound }),
        error: known ? { code: String(error.code), message: error.messages as { vi: string; en: string } } : { code: 'schedule_failed', message: { vi: `Xếp lịch thất bại: ${message}`, en: `The scheduling failed: ${message}` } },
      }).where(eq(conferenceScheduleRuns.id, runId));
    } finally {
      this.handles.delete(runId);
    }
  }
}
