import { Type, type Static } from '@sinclair/typebox';
import { IsoDateTime, StringEnum, Text, Uuid } from '../../../shared/schema-types.ts';
import { MEETING_SOURCES, MEETING_STATUSES, REQUEST_SIDES, REQUEST_STATUSES } from '../domain/values.ts';
import { Nullable, Slot } from './common.ts';

export const MeetingRequestInput = Type.Object(
  {
    producerEntryId: Type.Optional(Uuid),
    buyerEntryId: Type.Optional(Uuid),
    message: Type.Optional(Text({ max: 2000 })),
    proposedSlot: Type.Optional(Slot),
    priority: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  },
  { additionalProperties: false },
);
export type MeetingRequestInput = Static<typeof MeetingRequestInput>;

export const AnswerInput = Type.Object({ answer: Type.Optional(Text({ max: 2000 })) }, { additionalProperties: false });
export type AnswerInput = Static<typeof AnswerInput>;

export const MeetingRequest = Type.Object({
  id: Uuid, producerEntryId: Uuid, producerName: Type.String(), buyerEntryId: Uuid, buyerName: Type.String(),
  fromSide: StringEnum(REQUEST_SIDES), message: Type.String(), proposedSlot: Nullable(Type.Integer()), priority: Type.Integer(),
  status: StringEnum(REQUEST_STATUSES), expiresAt: IsoDateTime, answer: Type.String(), createdAt: IsoDateTime,
  meetingId: Nullable(Uuid),
});
export type MeetingRequest = Static<typeof MeetingRequest>;
export const RequestListQuery = Type.Object({ status: Type.Optional(StringEnum(REQUEST_STATUSES)) }, { additionalProperties: false });
export const MeetingRequestList = Type.Object({ items: Type.Array(MeetingRequest) });
export type MeetingRequestList = Static<typeof MeetingRequestList>;

export const MeetingInput = Type.Object(
  { producerEntryId: Uuid, buyerEntryId: Uuid, slot: Slot, locked: Type.Optional(Type.Boolean()), tableCode: Type.Optional(Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{0,11}$' })) },
  { additionalProperties: false },
);
export type MeetingInput = Static<typeof MeetingInput>;
export const MeetingUpdate = Type.Object({ locked: Type.Boolean() }, { additionalProperties: false });
export const CheckInInput = Type.Object(
  { status: StringEnum(['held', 'no-show', 'scheduled'] as const), absent: Type.Optional(StringEnum(['producer', 'buyer', 'both'] as const)) },
  { additionalProperties: false },
);
export type CheckInInput = Static<typeof CheckInInput>;

export const Meeting = Type.Object({
  id: Uuid, producerEntryId: Uuid, producerName: Type.String(), buyerEntryId: Uuid, buyerName: Type.String(),
  slot: Type.Integer(), day: Type.String(), startsAt: Type.String(), endsAt: Type.String(), tableCode: Type.String(),
  weight: Type.Integer(), locked: Type.Boolean(), source: StringEnum(MEETING_SOURCES), status: StringEnum(MEETING_STATUSES),
  absent: Nullable(StringEnum(['producer', 'buyer', 'both'] as const)),
});
export type Meeting = Static<typeof Meeting>;
export const MeetingList = Type.Object({ items: Type.Array(Meeting) });
export type MeetingList = Static<typeof MeetingList>;

/** How a scheduler's search ended (scheduling/types.ts ScheduleEnd). */
export const SCHEDULE_ENDS = ['proven-optimal', 'work-limit', 'time-limit', 'stopped'] as const;
export const ScheduleEnd = StringEnum(SCHEDULE_ENDS);
export const ScheduleReport = Type.Object({
  value: Type.Number(), bound: Type.Number(), gap: Type.Number(), status: Type.String(), endedBy: ScheduleEnd, timeMs: Type.Number(), timeLimitHit: Type.Boolean(),
  placed: Type.Integer(), baselineValue: Type.Number(),
  unplaced: Type.Array(Type.Object({ requestId: Uuid, producerName: Type.String(), buyerName: Type.String(), reason: Type.String(), text: Type.Object({ vi: Type.String(), en: Type.String() }) })),
  moved: Type.Integer(), kept: Type.Integer(), added: Type.Integer(), dropped: Type.Integer(),
});
export type ScheduleReport = Static<typeof ScheduleReport>;

export const AgendaQuery = Type.Object({ entry: Type.Optional(Uuid) }, { additionalProperties: false });
export const Agenda = Type.Object({
  entryId: Uuid, side: StringEnum(['producer', 'buyer'] as const), name: Type.String(),
  conference: Type.Object({ name: Type.Object({ vi: Type.String(), en: Type.String() }), venue: Type.Object({ vi: Type.String(), en: Type.String() }), venueAddress: Type.String() }),
  items: Type.Array(Type.Object({
    meetingId: Uuid, slot: Type.Integer(), day: Type.String(), startsAt: Type.String(), endsAt: Type.String(), tableCode: Type.String(),
    partnerName: Type.String(), status: StringEnum(MEETING_STATUSES),
  })),
});
export type Agenda = Static<typeof Agenda>;
