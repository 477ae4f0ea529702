import QRCode from 'qrcode';
import { clock } from '../../../shared/time/clock.ts';
import type { CheckInCode } from '../contract.ts';
import { checkInToken, checkInWindow, isCheckInOpen, WINDOW_MS, windowOf } from '../domain/check-in-token.ts';
import type { CourseRow } from '../courses/find-course.ts';
import type { SessionRow } from './find-session.ts';

/** The page a trainee's phone opens from the room's QR code (the web app posts the check-in). */
export function checkInUrl(publicUrl: string, course: CourseRow, sessionId: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/training/${course.slug}/check-in/${sessionId}?token=${encodeURIComponent(token)}`;
}

/** The current code of a session for the room's screen, which asks again at `refreshAt`. */
export async function currentCheckInCode(publicUrl: string, course: CourseRow, session: SessionRow): Promise<CheckInCode> {
  const now = clock.now();
  const minute = windowOf(now);
  const token = checkInToken(session.checkInSecret, session.id, minute);
  const url = checkInUrl(publicUrl, course, session.id, token);
  const window = checkInWindow(session.startsAt, session.endsAt);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    sessionId: session.id, token, url,
    qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    windowStartsAt: iso(minute * WINDOW_MS), refreshAt: iso((minute + 1) * WINDOW_MS), acceptedUntil: iso((minute + 2) * WINDOW_MS - 1),
    checkInOpensAt: window.opensAt.toISOString(), lateAfter: window.lateAfter.toISOString(), checkInClosesAt: window.closesAt.toISOString(),
    open: isCheckInOpen(window, now),
  };
}
