import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { auditLog } from '../../audit/tables.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { ScheduleRun } from '../contract.ts';
import { findConference } from '../conferences/find-conference.ts';
import { conferenceInstance } from '../meetings/conference-instance.ts';
import { writeSchedule } from '../meetings/write-schedule.ts';
import { scheduleMeetings } from '../scheduling/index.ts';
import { conferenceScheduleRuns, meetings } from '../tables.ts';
import { aConferenceInput, signInAs } from '../test-support/conference-fixtures.ts';
import { aGeneratedConference } from '../test-support/generated-conference.ts';
import { ScheduleRuns } from './schedule-runs.ts';

let t: TestApp;
/** Congested sellers and part-day attendance: proving the optimum takes the relaxation, so a run stopped early ends with a gap. */
let conference: { id: string; slug: string };
let runsUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  conference = await aGeneratedConference(t, 'ket-noi-xep-lich', { sellers: 60, buyers: 20, requests: 400, dense: true, partDay: 0.5, seed: 1 });
  runsUrl = `/api/conferences/${conference.slug}/schedule-runs`;
}, 120_000);
afterAll(() => t.close());

const staff = (options: Parameters<TestApp['request']>[1]) => t.request('organizer', options);

/** Polls a run until it is no longer running. */
async function waitForRun(runId: string): Promise<ScheduleRun> {
  for (;;) {
    const run = (await staff({ method: 'GET', url: `${runsUrl}/${runId}` })).json() as ScheduleRun;
    if (run.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const scheduledMeetings = async () => t.database.db.select().from(meetings).where(and(eq(meetings.conferenceId, conference.id), eq(meetings.source, 'schedule')));
const lastAudit = async () => (await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'conference.schedule'), eq(auditLog.entityId, conference.id))).orderBy(desc(auditLog.id)).limit(1))[0];

describe('a schedule run', () => {
  // First in the file: the scheduling thread is still to start, so the stop is in place before the search begins.
  it('stopped as soon as it starts, still writes the best schedule found, with a proven bound and its gap', async () => {
    const started = await staff({ method: 'POST', url: runsUrl, payload: { timeLimitSeconds: 60 } });
    expect(started.statusCode, started.body).toBe(202);
    const runId = (started.json() as ScheduleRun).id;
    const stopped = await staff({ method: 'POST', url: `${runsUrl}/${runId}/stop` });
    expect(stopped.statusCode).toBe(202);
    expect(stopped.json()).toMatchObject({ id: runId, stopRequested: true });

    const run = await waitForRun(runId);
    expect(run).toMatchObject({ status: 'done', endedBy: 'stopped', timeLimitSeconds: 60, error: null });
    expect(run.value).toBeGreaterThan(0);
    expect(run.value).toBeLessThan(run.bound ?? 0);
    expect(run.gap).toBeGreaterThan(0);
    expect(run.report).toMatchObject({ value: run.value, bound: run.bound, endedBy: 'stopped', status: 'feasible' });
    // Stopped early, and well within its budget.
    expect(run.elapsedMs).toBeLessThan(60_000);
    const written = await scheduledMeetings();
    expect(written).toHaveLength(run.report?.placed ?? -1);
    expect(written.reduce((sum, m) => sum + m.weight, 0)).toBe(run.value);
    expect((await lastAudit())?.changes).toMatchObject({ run: runId, endedBy: 'stopped', value: run.value, bound: run.bound });
  });

  it('answers at once, shows its progress, and writes the schedule, its report and an audit row when it ends', async () => {
    const started = await staff({ method: 'POST', url: runsUrl, payload: { timeLimitSeconds: 30 } });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ status: 'running', timeLimitSeconds: 30, stopRequested: false, report: null });
    const run = await waitForRun((started.json() as ScheduleRun).id);
    expect(run).toMatchObject({ status: 'done', endedBy: 'proven-optimal', gap: 0, error: null });
    expect(run.value).toBe(run.bound);
    expect(run.progress.length).toBeGreaterThan(0);
    expect(run.progress.at(-1)).toMatchObject({ value: run.value, bound: run.bound });
    for (const [i, point] of run.progress.entries()) {
      expect(point.value).toBeLessThanOrEqual(point.bound);
      if (i > 0) expect(point.value).toBeGreaterThanOrEqual(run.progress[i - 1]!.value);
    }
    // The same answer as the scheduler alone on the conference's instance.
    const read = await conferenceInstance(t.database.db, await findConference(t.database.db, conference.id, 'system'));
    expect(run.value).toBe((await scheduleMeetings(read.instance, { timeLimitSeconds: 30 })).value);
    expect(run.report?.placed).toBe((await scheduledMeetings()).length);
    expect(run.report?.unplaced.every((u) => u.text.vi.length > 0 && u.text.en.length > 0)).toBe(true);
    expect((await lastAudit())?.changes).toMatchObject({ run: run.id, endedBy: 'proven-optimal', value: run.value, bound: run.bound });

    const listed = (await staff({ method: 'GET', url: runsUrl })).json() as { items: ScheduleRun[] };
    expect(listed.items[0]).toMatchObject({ id: run.id, status: 'done' });
    expect(listed.items.map((r) => r.id)).toHaveLength(2);
  });

  it('is refused while another runs (409 schedule_running, in both languages); a run whose process died no longer blocks', async () => {
    // A run of another app process, beating now.
    const now = clock.now();
    const [other] = await t.database.db.insert(conferenceScheduleRuns).values({ conferenceId: conference.id, status: 'running', timeLimitSeconds: 10, startedAt: now, heartbeatAt: now })
      .returning({ id: conferenceScheduleRuns.id });
    const vi = await staff({ method: 'POST', url: runsUrl, payload: {} });
    expect(vi.statusCode).toBe(409);
    expect(vi.json().error).toMatchObject({ code: 'schedule_running', message: expect.stringMatching(/đang được xếp lịch/) });
    const en = await staff({ method: 'POST', url: runsUrl, payload: {}, headers: { 'accept-language': 'en' } });
    expect(en.json().error.message).toMatch(/being scheduled/);

    // That process dies: 31 s later its run shows as failed and a new run starts.
    await t.database.db.update(conferenceScheduleRuns).set({ heartbeatAt: new Date(now.getTime() - 31_000) }).where(eq(conferenceScheduleRuns.id, other!.id));
    const stale = (await staff({ method: 'GET', url: `${runsUrl}/${other!.id}` })).json() as ScheduleRun;
    expect(stale).toMatchObject({ status: 'failed', error: { code: 'run_interrupted' } });
    const started = await staff({ method: 'POST', url: runsUrl, payload: {} });
    expect(started.statusCode, started.body).toBe(202);
    const [row] = await t.database.db.select().from(conferenceScheduleRuns).where(eq(conferenceScheduleRuns.id, other!.id));
    expect(row).toMatchObject({ status: 'failed', error: { code: 'run_interrupted' } });
    expect((await waitForRun((started.json() as ScheduleRun).id)).status).toBe('done');
  });

  it('is refused outside the scheduling stages, and an unknown run is not found', async () => {
    const other = await staff({ method: 'POST', url: '/api/conferences', payload: aConferenceInput('ket-noi-chua-mo') });
    expect(other.statusCode).toBe(201);
    const early = await staff({ method: 'POST', url: '/api/conferences/ket-noi-chua-mo/schedule-runs', payload: {} });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('conference_stage');
    const missing = await staff({ method: 'GET', url: `${runsUrl}/00000000-0000-4000-8000-000000000000` });
    expect(missing.statusCode).toBe(404);
  });

  it('never overwrites a conference that changed while it was solving', async () => {
    const db = t.database.db;
    const read = await conferenceInstance(db, await findConference(db, conference.id, 'system'));
    const result = await scheduleMeetings(read.instance, { timeLimitSeconds: 10 });
    // Meanwhile the organizer locks one of the scheduled meetings.
    const [first] = await scheduledMeetings();
    await db.update(meetings).set({ locked: true }).where(eq(meetings.id, first!.id));
    await expect(db.transaction((tx) => writeSchedule(tx, SYSTEM_ACTOR, conference.id, read, result))).rejects.toMatchObject({ code: 'changed_meanwhile' });
    await db.update(meetings).set({ locked: false }).where(eq(meetings.id, first!.id));
  });

  it('is for the organizers only: a producer or a buyer account is refused', async () => {
    const runId = ((await staff({ method: 'GET', url: runsUrl })).json() as { items: ScheduleRun[] }).items[0]!.id;
    for (const role of ['producer', 'buyer'] as const) {
      const call = await signInAs(t, role, {});
      expect((await call({ method: 'GET', url: runsUrl })).statusCode).toBe(403);
      expect((await call({ method: 'POST', url: runsUrl, payload: {} })).statusCode).toBe(403);
      expect((await call({ method: 'GET', url: `${runsUrl}/${runId}` })).statusCode).toBe(403);
      expect((await call({ method: 'POST', url: `${runsUrl}/${runId}/stop` })).statusCode).toBe(403);
    }
  });

  it('ends with the server: shutdown stops a run, which is never left running', async () => {
    const runs = new ScheduleRuns(t.database);
    const { run } = await runs.start(SYSTEM_ACTOR, conference.slug, { timeLimitSeconds: 60 });
    await runs.close();
    const ended = await runs.view(run.id);
    // Solving already: it writes its best schedule; still reading the conference: it never starts.
    if (ended.status === 'done') expect(ended.endedBy).toBe('stopped');
    else expect(ended).toMatchObject({ status: 'failed', error: { code: 'schedule_failed' } });
  });
});
