import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AttendanceStatus } from './values.ts';

/**
 * The rotating check-in code shown in the room: an HMAC of the session and the minute window,
 * keyed with the session's own secret. The current window's code and the previous one's are
 * accepted (a code scanned just before the minute turns still works), nothing older, so a
 * photo of the screen passed around stops working within two minutes.
 */
export const WINDOW_MS = 60_000;
/** Self check-in opens this long before the session starts… */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
/** …and a check-in later than this after the start is "late". It closes when the session ends. */
export const LATE_AFTER_MS = 15 * 60_000;

export const windowOf = (at: Date): number => Math.floor(at.getTime() / WINDOW_MS);

export function checkInToken(secret: string, sessionId: string, window: number): string {
  return createHmac('sha256', secret).update(`training-check-in:${sessionId}:${window}`).digest().subarray(0, 16).toString('base64url');
}

export type TokenVerdict = 'valid' | 'expired' | 'invalid';

/** How many past windows are recognised as "expired" (a clearer message than "invalid"). */
const RECOGNISED_PAST_WINDOWS = 60;

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Whether a scanned code is the current or the previous window's, an older one, or none of the session's. */
export function judgeToken(secret: string, sessionId: string, token: string, at: Date): TokenVerdict {
  const now = windowOf(at);
  if (same(token, checkInToken(secret, sessionId, now)) || same(token, checkInToken(secret, sessionId, now - 1))) return 'valid';
  for (let w = now - 2; w >= now - RECOGNISED_PAST_WINDOWS; w--) if (same(token, checkInToken(secret, sessionId, w))) return 'expired';
  return 'invalid';
}

export interface CheckInWindow { opensAt: Date; lateAfter: Date; closesAt: Date }

/** When a session takes self check-ins: from a little before its start to its end. */
export function checkInWindow(startsAt: Date, endsAt: Date): CheckInWindow {
  return {
    opensAt: new Date(startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS),
    lateAfter: new Date(startsAt.getTime() + LATE_AFTER_MS),
    closesAt: endsAt,
  };
}

export const isCheckInOpen = (window: CheckInWindow, at: Date) => at.getTime() >= window.opensAt.getTime() && at.getTime() <= window.closesAt.getTime();

/** Present up to the start plus the grace period (inclusive), late after it. */
export const checkInStatus = (window: CheckInWindow, at: Date): AttendanceStatus => (at.getTime() > window.lateAfter.getTime() ? 'late' : 'present');
