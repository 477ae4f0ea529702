/**
 * The one clock of the platform. Every "now" and "today" the product uses comes from here, so a
 * test (or a demo) can set the date: `setClock(fixedClock(...))` in a test, or `OCOP_NOW` in the
 * environment for a whole process (CI runs the suite with it pinned to a leap day and a year end).
 * Shared by the server and the web app; the web app's clock follows the server's (see web/clock.ts).
 */
export interface Clock {
  now(): Date;
}

/** Real time. */
export const systemClock: Clock = { now: () => new Date() };

/** Always the same instant: for tests that check a boundary to the millisecond. */
export function fixedClock(at: Date | string): Clock {
  const instant = toInstant(at);
  return { now: () => new Date(instant) };
}

/**
 * Starts at `at` and runs at the speed of real time from there: a pinned date on which timers,
 * lifetimes and timeouts still behave.
 */
export function runningClockFrom(at: Date | string, realNow: () => number = Date.now): Clock {
  const offset = toInstant(at) - realNow();
  return { now: () => new Date(realNow() + offset) };
}

/**
 * Reads `OCOP_NOW`: a date (yyyy-MM-dd, taken as 09:00 in Vietnam) or an ISO instant. Unset
 * means real time.
 */
export function clockFromEnvironment(value: string | undefined): Clock {
  if (!value) return systemClock;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T09:00:00+07:00` : value;
  if (Number.isNaN(Date.parse(at))) throw new Error(`OCOP_NOW must be a date (yyyy-MM-dd) or an ISO instant, got "${value}"`);
  return runningClockFrom(at);
}

function toInstant(at: Date | string): number {
  const ms = typeof at === 'string' ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T09:00:00+07:00` : at) : at.getTime();
  if (Number.isNaN(ms)) throw new Error(`Not an instant: ${String(at)}`);
  return ms;
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** The calendar day (yyyy-MM-dd) in Vietnam (UTC+7, no daylight saving) of an instant. */
export function dayInVietnam(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes after midnight in Vietnam of an instant (opening hours, sessions). */
export function minuteOfDayInVietnam(at: Date): number {
  const shifted = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

let current: Clock = clockFromEnvironment(typeof process === 'undefined' ? undefined : process.env?.OCOP_NOW);

/** Replaces the process's clock (tests; the web app when it learns the server's time). */
export function setClock(clock: Clock): void {
  current = clock;
}

export const clock = {
  /** The current instant. */
  now(): Date {
    return current.now();
  },
  /** Today in Vietnam as yyyy-MM-dd: the day certificate validity, fairs and sessions are judged by. */
  today(): string {
    return dayInVietnam(current.now());
  },
};
