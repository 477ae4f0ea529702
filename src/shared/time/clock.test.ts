import { afterEach, describe, expect, it } from 'vitest';
import { clock, clockFromEnvironment, dayInVietnam, fixedClock, minuteOfDayInVietnam, runningClockFrom, setClock, systemClock } from './clock.ts';

afterEach(() => setClock(systemClock));

describe('the platform clock', () => {
  it('gives the day in Vietnam, which starts at 17:00 UTC the day before', () => {
    expect(dayInVietnam(new Date('2028-02-28T16:59:59Z'))).toBe('2028-02-28');
    expect(dayInVietnam(new Date('2028-02-28T17:00:00Z'))).toBe('2028-02-29');
    expect(minuteOfDayInVietnam(new Date('2030-12-31T01:30:00Z'))).toBe(8 * 60 + 30);
  });

  it('can be set by a test, and everything that asks for today follows it', () => {
    setClock(fixedClock('2030-12-31T23:59:00+07:00'));
    expect(clock.today()).toBe('2030-12-31');
    expect(clock.now().toISOString()).toBe('2030-12-31T16:59:00.000Z');
  });

  it('runs from a pinned start at the speed of real time', () => {
    let real = 1_000_000;
    const running = runningClockFrom('2028-02-29T08:00:00+07:00', () => real);
    expect(running.now().toISOString()).toBe('2028-02-29T01:00:00.000Z');
    real += 90_000;
    expect(running.now().toISOString()).toBe('2028-02-29T01:01:30.000Z');
  });

  it('reads OCOP_NOW as a day (09:00 in Vietnam) or an instant, and refuses anything else', () => {
    expect(dayInVietnam(clockFromEnvironment('2028-02-29').now())).toBe('2028-02-29');
    expect(clockFromEnvironment(undefined)).toBe(systemClock);
    expect(() => clockFromEnvironment('29/02/2028')).toThrow(/OCOP_NOW/);
  });
});
