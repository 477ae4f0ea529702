import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Name, StringEnum, Text, Uuid } from '../../../shared/schema-types.ts';

export const SUPPORT_KINDS = ['signage', 'shelves', 'counter', 'refrigerator', 'pos', 'lighting', 'display-screen', 'other'] as const;
export const SUPPORT_STATUSES = ['planned', 'ordered', 'delivered', 'accepted', 'cancelled'] as const;
const Vnd = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 });

export const SupportParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const SupportInput = Type.Object({
  kind: StringEnum(SUPPORT_KINDS, { description: 'signage follows Decision 3041/QĐ-BCT' }),
  description: Name(1000),
  budgetVnd: Vnd,
  supplier: Type.Optional(Text({ max: 300 })),
  photos: Type.Optional(Type.Array(Uuid, { maxItems: 20 })),
}, { additionalProperties: false });
export type SupportInput = Static<typeof SupportInput>;

export const SupportUpdate = Type.Object({
  description: Type.Optional(Name(1000)),
  budgetVnd: Type.Optional(Vnd),
  spentVnd: Type.Optional(Type.Union([Vnd, Type.Null()])),
  supplier: Type.Optional(Text({ max: 300 })),
  photos: Type.Optional(Type.Array(Uuid, { maxItems: 20 })),
  /** planned → ordered → delivered → accepted; cancelled from any step before acceptance. */
  status: Type.Optional(StringEnum(SUPPORT_STATUSES)),
  /** Accepting needs the day and a note of what was checked. */
  acceptedOn: Type.Optional(IsoDate),
  acceptanceNote: Type.Optional(Name(2000)),
}, { additionalProperties: false, minProperties: 1 });
export type SupportUpdate = Static<typeof SupportUpdate>;

export const SupportItem = Type.Object({
  id: Uuid,
  pointId: Uuid,
  kind: StringEnum(SUPPORT_KINDS),
  description: Type.String(),
  budgetVnd: Type.Integer(),
  spentVnd: Type.Union([Type.Integer(), Type.Null()]),
  supplier: Type.String(),
  status: StringEnum(SUPPORT_STATUSES),
  photos: Type.Array(Uuid),
  acceptedOn: Type.Union([Type.String(), Type.Null()]),
  acceptanceNote: Type.Union([Type.String(), Type.Null()]),
});
export type SupportItem = Static<typeof SupportItem>;

export const SupportProgress = Type.Object({
  items: Type.Integer(),
  accepted: Type.Integer(),
  cancelled: Type.Integer(),
  budgetVnd: Type.Integer(),
  spentVnd: Type.Integer(),
  /** Accepted items among those not cancelled, in percent. */
  progressPercent: Type.Union([Type.Number(), Type.Null()]),
});
export type SupportProgress = Static<typeof SupportProgress>;

export const PointSupport = Type.Object({ items: Type.Array(SupportItem), progress: SupportProgress });
export const ProgrammeSupport = Type.Object({
  points: Type.Array(Type.Object({ pointId: Uuid, slug: Type.String(), name: Type.Object({ vi: Type.String(), en: Type.String() }), status: Type.String(), progress: SupportProgress })),
  total: SupportProgress,
});
export type ProgrammeSupport = Static<typeof ProgrammeSupport>;
