import { describe, expect, it } from 'vitest';
import { evaluateSchedule } from './evaluate-schedule.ts';
import { generateInstance } from './generate-instance.ts';
import { scheduleMeetings } from './schedule-meetings.ts';
import type { B2BInstance, ScheduleProgress } from './types.ts';

/**
 * Congested sellers and part-day attendance: the capacity count is not tight here, so the
 * relaxation is needed to prove the optimum (a stop before it leaves a gap).
 */
const congested = (): B2BInstance => generateInstance({ sellers: 60, buyers: 20, slots: 8, requests: 400, dense: true, partDay: 0.5, seed: 1 });

describe('scheduleMeetings, watched and stopped', () => {
  it('reports progress as it goes: values never fall, bounds never rise, never a value above its bound, the last one being the result', async () => {
    const instance = congested();
    const heard: ScheduleProgress[] = [];
    const result = await scheduleMeetings(instance, { timeLimitSeconds: 30, onProgress: (progress) => heard.push(progress) });
    expect(heard.length).toBeGreaterThan(1);
    for (const [i, point] of heard.entries()) {
      expect(point.value).toBeLessThanOrEqual(point.bound);
      const before = heard[i - 1];
      if (before === undefined) continue;
      expect(point.value).toBeGreaterThanOrEqual(before.value);
      expect(point.bound).toBeLessThanOrEqual(before.bound);
      expect(point.ms).toBeGreaterThanOrEqual(before.ms);
      expect(point.value > before.value || point.bound < before.bound).toBe(true);
    }
    expect(heard.at(-1)).toMatchObject({ value: result.value, bound: result.bound });
    // The relaxation tightened the capacity count on the way.
    expect(heard[0]!.bound).toBeGreaterThan(result.bound);
    expect(result.stats.endedBy).toBe('proven-optimal');
  });

  it('gives the same schedule whether or not someone watches and could stop it', async () => {
    const instance = congested();
    const plain = await scheduleMeetings(instance, { timeLimitSeconds: 30 });
    const watched = await scheduleMeetings(instance, { timeLimitSeconds: 30, shouldStop: () => false, onProgress: () => undefined });
    expect(watched.meetings).toEqual(plain.meetings);
    expect({ value: watched.value, bound: watched.bound, method: watched.method }).toEqual({ value: plain.value, bound: plain.bound, method: plain.method });
  });

  it('asked to stop at once, still returns a feasible schedule with a proven bound and its gap', async () => {
    const instance = congested();
    const optimum = (await scheduleMeetings(instance, { timeLimitSeconds: 30 })).value;
    const heard: ScheduleProgress[] = [];
    const stopped = await scheduleMeetings(instance, { timeLimitSeconds: 30, shouldStop: () => true, onProgress: (progress) => heard.push(progress) });
    expect(stopped.stats.endedBy).toBe('stopped');
    expect(evaluateSchedule(instance, stopped.meetings)).toMatchObject({ feasible: true, value: stopped.value });
    expect(stopped.value).toBeGreaterThan(0);
    expect(stopped.value).toBeLessThanOrEqual(stopped.bound);
    // The bound is a proof: never below the best schedule there is.
    expect(stopped.bound).toBeGreaterThanOrEqual(optimum);
    expect(stopped.gap).toBeCloseTo((stopped.bound - stopped.value) / stopped.bound, 12);
    expect(stopped.gap).toBeGreaterThan(0);
    expect(stopped.status).toBe('feasible');
    // Every request is still met or explained.
    expect(stopped.meetings.length + stopped.unplaced.length).toBe(new Set(instance.requests.map((r) => `${r.seller}|${r.buyer}`)).size);
    expect(heard.at(-1)).toMatchObject({ value: stopped.value, bound: stopped.bound });
  });

  it('ends at the next checkpoint once asked: a stop after the first schedule skips the relaxation', async () => {
    const instance = congested();
    const heard: ScheduleProgress[] = [];
    const result = await scheduleMeetings(instance, {
      timeLimitSeconds: 30,
      onProgress: (progress) => heard.push(progress),
      // The organizer presses "stop" once a first schedule is on the screen.
      shouldStop: () => heard.length > 0,
    });
    expect(result.stats.endedBy).toBe('stopped');
    expect(result.stats.phases.hallLpMs).toBeUndefined();
    expect(result.value).toBeGreaterThanOrEqual(heard[0]?.value ?? Infinity);
    expect(evaluateSchedule(instance, result.meetings).feasible).toBe(true);
  });
});
