import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LocalizedOptionalText, LocalizedText, StringEnum, Text, Uuid } from '../../../shared/schema-types.ts';
import { CONFERENCE_STATUSES } from '../domain/values.ts';
import { Nullable, Slug, TimeOfDay } from './common.ts';

export const ProgrammeItemSchema = Type.Object({ day: IsoDate, startsAt: TimeOfDay, endsAt: TimeOfDay, title: LocalizedText(300) }, { additionalProperties: false });
export const SessionSchema = Type.Object(
  { day: IsoDate, startsAt: TimeOfDay, slotMinutes: Type.Integer({ minimum: 5, maximum: 120 }), slots: Type.Integer({ minimum: 1, maximum: 48 }) },
  { additionalProperties: false },
);

const ConferenceFields = {
  name: LocalizedText(300),
  description: Type.Optional(LocalizedOptionalText()),
  venue: LocalizedText(300),
  venueAddress: Type.Optional(Text({ max: 500 })),
  startsOn: IsoDate,
  endsOn: IsoDate,
  programme: Type.Optional(Type.Array(ProgrammeItemSchema, { maxItems: 100 })),
  sessions: Type.Optional(Type.Array(SessionSchema, { maxItems: 20 })),
  poolTables: Type.Optional(Type.Integer({ minimum: 0, maximum: 500 })),
  registrationOpensOn: Type.Optional(Nullable(IsoDate)),
  registrationClosesOn: Type.Optional(Nullable(IsoDate)),
  requestsCloseOn: Type.Optional(Nullable(IsoDate)),
  requestExpiryHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })),
};

export const ConferenceInput = Type.Object({ slug: Slug, ...ConferenceFields }, { additionalProperties: false });
export type ConferenceInput = Static<typeof ConferenceInput>;

export const ConferenceUpdate = Type.Partial(Type.Object({ ...ConferenceFields, status: StringEnum(CONFERENCE_STATUSES) }), { additionalProperties: false, minProperties: 1 });
export type ConferenceUpdate = Static<typeof ConferenceUpdate>;

export const SlotTimeSchema = Type.Object({ slot: Type.Integer(), day: IsoDate, startsAt: Type.String(), endsAt: Type.String(), session: Type.Integer() });

export const Conference = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: LocalizedText(300),
  description: LocalizedOptionalText(),
  venue: LocalizedText(300),
  venueAddress: Type.String(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  programme: Type.Array(ProgrammeItemSchema),
  sessions: Type.Array(SessionSchema),
  slots: Type.Array(SlotTimeSchema),
  poolTables: Type.Integer(),
  registrationOpensOn: Nullable(IsoDate),
  registrationClosesOn: Nullable(IsoDate),
  requestsCloseOn: Nullable(IsoDate),
  requestExpiryHours: Type.Integer(),
  status: StringEnum(CONFERENCE_STATUSES),
  nextStatuses: Type.Array(StringEnum(CONFERENCE_STATUSES)),
  producerCount: Type.Integer(),
  buyerCount: Type.Integer(),
});
export type Conference = Static<typeof Conference>;
export const ConferenceList = Type.Object({ items: Type.Array(Conference) });
export type ConferenceList = Static<typeof ConferenceList>;
