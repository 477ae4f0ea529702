import { Type, type Static } from '@sinclair/typebox';
import { Email, IsoDate, LocalizedOptionalText, LocalizedText, Name, Page, StringEnum, Text, Uuid } from '../../../shared/schema-types.ts';
import { LOCATION_TYPES } from '../domain/location-types.ts';
import { POINT_KINDS } from '../domain/point-kinds.ts';
import { POINT_STATUSES } from '../domain/point-status.ts';
import { HoursInterval, NearbySite, WeeklyHours } from '../domain/shapes.ts';

export const PointKindSchema = StringEnum(POINT_KINDS);
export const PointStatusSchema = StringEnum(POINT_STATUSES);
export const LocationTypeSchema = Type.Integer({ minimum: 1, maximum: LOCATION_TYPES.length, description: 'Decision 950 location type, 1–8' });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', minLength: 3, maxLength: 80 });
const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });

export const PointParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const PointKeyParams = Type.Object({ point: Type.String({ pattern: '^[a-z0-9-]{3,80}$', description: 'id or slug' }) }, { additionalProperties: false });

const pointFields = {
  name: LocalizedText(300),
  kind: PointKindSchema,
  locationType: LocationTypeSchema,
  address: Name(500),
  commune: Name(200),
  legacyDistrict: Type.Optional(Type.Union([Text({ max: 200 }), Type.Null()])),
  latitude: Latitude,
  longitude: Longitude,
  floorAreaM2: Type.Optional(Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000 }), Type.Null()])),
  description: Type.Optional(LocalizedOptionalText(5000)),
  weeklyHours: WeeklyHours,
  operatorName: Type.Optional(Text({ max: 300 })),
  contactName: Type.Optional(Text({ max: 200 })),
  phone: Type.Optional(Text({ max: 40 })),
  email: Type.Optional(Type.Union([Email, Type.Literal('')])),
  craftVillageId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  nearbySites: Type.Optional(Type.Array(NearbySite, { maxItems: 20 })),
  photos: Type.Optional(Type.Array(Uuid, { maxItems: 30 })),
  pilot: Type.Optional(Type.Boolean()),
};

export const PointInput = Type.Object({ slug: Type.Optional(Slug), ...pointFields }, { additionalProperties: false });
export type PointInput = Static<typeof PointInput>;

export const PointUpdate = Type.Partial(Type.Object(pointFields, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 });
export type PointUpdate = Static<typeof PointUpdate>;

export const StatusChangeInput = Type.Object({
  to: PointStatusSchema,
  reason: Name(2000),
  /** Required to approve or reject: the selection decision's number and date. */
  decisionNumber: Type.Optional(Name(100)),
  decisionDate: Type.Optional(IsoDate),
}, { additionalProperties: false });
export type StatusChangeInput = Static<typeof StatusChangeInput>;

export const HoursExceptionInput = Type.Object({
  startsOn: IsoDate,
  endsOn: IsoDate,
  hours: Type.Array(HoursInterval, { maxItems: 4, description: 'empty: closed' }),
  label: LocalizedText(200),
}, { additionalProperties: false });
export type HoursExceptionInput = Static<typeof HoursExceptionInput>;
export const HoursExceptionsInput = Type.Object({ exceptions: Type.Array(HoursExceptionInput, { maxItems: 100 }) }, { additionalProperties: false });

export const OperatorsInput = Type.Object({ userIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true }) }, { additionalProperties: false });

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const PointEvent = Type.Object({
  from: Type.Union([PointStatusSchema, Type.Null()]),
  to: PointStatusSchema,
  reason: Type.String(),
  decisionNumber: Type.Union([Type.String(), Type.Null()]),
  decisionDate: Type.Union([Type.String(), Type.Null()]),
  actorEmail: Type.String(),
  at: Type.String({ format: 'date-time' }),
});

export const OpenNow = Type.Object({
  open: Type.Boolean(),
  today: Type.Array(HoursInterval),
  exception: Type.Union([Localized, Type.Null()]),
  next: Type.Union([Type.Object({ change: StringEnum(['opens', 'closes'] as const), day: Type.String(), at: Type.String() }), Type.Null()]),
});

const pointSummaryFields = {
  id: Uuid,
  slug: Type.String(),
  name: Localized,
  kind: PointKindSchema,
  status: PointStatusSchema,
  locationType: Type.Integer(),
  address: Type.String(),
  commune: Type.String(),
  legacyDistrict: Type.Union([Type.String(), Type.Null()]),
  latitude: Type.Number(),
  longitude: Type.Number(),
  pilot: Type.Boolean(),
};

export const PointSummary = Type.Object({
  ...pointSummaryFields,
  floorAreaM2: Type.Union([Type.Number(), Type.Null()]),
  statusChangedAt: Type.String({ format: 'date-time' }),
  craftVillage: Type.Union([Type.Object({ id: Uuid, name: Localized }), Type.Null()]),
});
export type PointSummary = Static<typeof PointSummary>;

export const PointListQuery = Type.Object({
  ...Page.properties,
  q: Type.Optional(Text({ max: 200 })),
  status: Type.Optional(PointStatusSchema),
  kind: Type.Optional(PointKindSchema),
  commune: Type.Optional(Text({ max: 200 })),
}, { additionalProperties: false });
export type PointListQuery = Static<typeof PointListQuery>;
export const PointList = Type.Object({ items: Type.Array(PointSummary), total: Type.Integer() });

export const HoursException = Type.Object({ id: Uuid, startsOn: Type.String(), endsOn: Type.String(), hours: Type.Array(HoursInterval), label: Localized });

export const PointDetail = Type.Object({
  ...PointSummary.properties,
  description: Localized,
  weeklyHours: WeeklyHours,
  hoursExceptions: Type.Array(HoursException),
  openNow: OpenNow,
  operatorName: Type.String(),
  contactName: Type.String(),
  phone: Type.String(),
  email: Type.String(),
  nearbySites: Type.Array(NearbySite),
  photos: Type.Array(Uuid),
  decisionNumber: Type.Union([Type.String(), Type.Null()]),
  decisionDate: Type.Union([Type.String(), Type.Null()]),
  openedOn: Type.Union([Type.String(), Type.Null()]),
  nextStatuses: Type.Array(PointStatusSchema),
  events: Type.Array(PointEvent),
  operators: Type.Array(Type.Object({ id: Uuid, email: Type.String(), displayName: Type.String() })),
});
export type PointDetail = Static<typeof PointDetail>;

export { Localized as LocalizedOut };
