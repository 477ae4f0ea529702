import { Type, type Static } from '@sinclair/typebox';
import { IsoDateTime, LocalizedOptionalText, Name, Text, Uuid } from '../../../shared/schema-types.ts';
import { OpeningProgrammeItem } from '../domain/shapes.ts';

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const OpeningInput = Type.Object({
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  venue: Type.Optional(LocalizedOptionalText(500)),
  announcement: Type.Optional(LocalizedOptionalText(5000)),
  programme: Type.Optional(Type.Array(OpeningProgrammeItem, { maxItems: 30 })),
  /** Shown on the point's public announcement page. */
  published: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type OpeningInput = Static<typeof OpeningInput>;

export const GuestInput = Type.Object({ name: Name(200), title: Type.Optional(Text({ max: 200 })), organisation: Type.Optional(Text({ max: 300 })) }, { additionalProperties: false });
export const GuestsInput = Type.Object({ guests: Type.Array(GuestInput, { minItems: 1, maxItems: 300 }) }, { additionalProperties: false });
export type GuestsInput = Static<typeof GuestsInput>;
export const GuestParams = Type.Object({ point: Type.String({ pattern: '^[a-z0-9-]{3,80}$' }), id: Uuid }, { additionalProperties: false });

const Programme = Type.Array(Type.Object({ at: Type.String(), title: Localized }));

export const OpeningAnnouncement = Type.Object({
  point: Type.Object({ slug: Type.String(), name: Localized, address: Type.String(), commune: Type.String(), latitude: Type.Number(), longitude: Type.Number() }),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  venue: Localized,
  announcement: Localized,
  programme: Programme,
  /** The guest an invitation code names, when the page was opened from an invitation's QR code. */
  guest: Type.Union([Type.Object({ name: Type.String(), title: Type.String(), organisation: Type.String() }), Type.Null()]),
});
export type OpeningAnnouncement = Static<typeof OpeningAnnouncement>;

export const OpeningDetail = Type.Object({
  ...OpeningAnnouncement.properties,
  published: Type.Boolean(),
  guests: Type.Array(Type.Object({ id: Uuid, name: Type.String(), title: Type.String(), organisation: Type.String(), invitationCode: Type.String() })),
});
export type OpeningDetail = Static<typeof OpeningDetail>;
export const InvitationQuery = Type.Object({ invitation: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z_-]{16,64}$' })) }, { additionalProperties: false });
