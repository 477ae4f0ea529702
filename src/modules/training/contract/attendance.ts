import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Uuid } from '../../../shared/schema-types.ts';
import { ATTENDANCE_STATUSES, AUDIENCES } from '../domain/values.ts';

const Instant = Type.String({ format: 'date-time' });

export const CheckInInput = Type.Object({ token: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'The code of the QR shown in the room' }) }, { additionalProperties: false });
export type CheckInInput = Static<typeof CheckInInput>;

export const CheckInResult = Type.Object({
  status: StringEnum(ATTENDANCE_STATUSES),
  /** True when attendance was already recorded for this session (nothing changed). */
  alreadyRecorded: Type.Boolean(),
  recordedAt: Instant,
});
export type CheckInResult = Static<typeof CheckInResult>;

/** What the room's screen shows: the current code, the URL its QR encodes, and when to refresh. */
export const CheckInCode = Type.Object({
  sessionId: Uuid,
  token: Type.String(),
  url: Type.String({ description: 'The URL the QR code encodes (from PUBLIC_URL)' }),
  qrSvg: Type.String({ description: 'The QR code of `url`, as an SVG image' }),
  /** The minute this code belongs to; it is accepted until the end of the next one. */
  windowStartsAt: Instant,
  refreshAt: Instant,
  acceptedUntil: Instant,
  checkInOpensAt: Instant,
  lateAfter: Instant,
  checkInClosesAt: Instant,
  /** Whether check-in is open now. */
  open: Type.Boolean(),
});
export type CheckInCode = Static<typeof CheckInCode>;

export const AttendanceEntryInput = Type.Object({ enrolmentId: Uuid, status: StringEnum(ATTENDANCE_STATUSES) }, { additionalProperties: false });
export const AttendanceInput = Type.Object({ entries: Type.Array(AttendanceEntryInput, { minItems: 1, maxItems: 1000 }) }, { additionalProperties: false });
export type AttendanceInput = Static<typeof AttendanceInput>;

export const AttendanceRow = Type.Object({
  enrolmentId: Uuid,
  fullName: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  commune: Type.String(),
  audience: StringEnum(AUDIENCES),
  status: Type.Union([StringEnum(ATTENDANCE_STATUSES), Type.Null()]),
  method: Type.Union([StringEnum(['qr', 'organizer'] as const), Type.Null()]),
  recordedAt: Type.Union([Instant, Type.Null()]),
});
export type AttendanceRow = Static<typeof AttendanceRow>;

export const SessionAttendance = Type.Object({
  sessionId: Uuid,
  startsAtInstant: Instant,
  endsAtInstant: Instant,
  counts: Type.Object({ present: Type.Integer(), late: Type.Integer(), excused: Type.Integer(), absent: Type.Integer(), unrecorded: Type.Integer() }),
  items: Type.Array(AttendanceRow),
});
export type SessionAttendance = Static<typeof SessionAttendance>;
