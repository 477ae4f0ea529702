import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, LocalizedOptionalText, LocalizedText, Name, StringEnum, Uuid } from '../../shared/schema-types.ts';
import { HoursInterval, TimeOfDay, WeeklyHours } from '../outlets/domain/shapes.ts';
import { FILE_REF_PATTERN } from '../files/file-urls.ts';
import { ROUTE_MODES, SITE_KINDS, SITE_THEMES } from './domain.ts';

const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });
const Photo = Type.Union([Type.String({ pattern: FILE_REF_PATTERN }), Type.String({ format: 'uri', pattern: '^https://', maxLength: 1000 })]);

export const HoursException = Type.Object({
  startsOn: IsoDate,
  endsOn: IsoDate,
  hours: Type.Array(HoursInterval, { maxItems: 4 }),
  label: LocalizedText(200),
}, { additionalProperties: false });

export const SiteInput = Type.Object({
  name: LocalizedText(200),
  kind: StringEnum(SITE_KINDS),
  themes: Type.Optional(Type.Array(StringEnum(SITE_THEMES), { maxItems: 4, uniqueItems: true })),
  craftVillageId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  address: Type.Optional(Type.String({ maxLength: 300 })),
  latitude: Latitude,
  longitude: Longitude,
  description: Type.Optional(LocalizedOptionalText(5000)),
  weeklyHours: WeeklyHours,
  hoursExceptions: Type.Optional(Type.Array(HoursException, { maxItems: 60 })),
  visitMinutes: Type.Integer({ minimum: 5, maximum: 600 }),
  interest: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
  photos: Type.Optional(Type.Array(Photo, { maxItems: 12 })),
  published: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type SiteInput = Static<typeof SiteInput>;

export const Site = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: LocalizedText(200),
  kind: Type.String(),
  themes: Type.Array(Type.String()),
  craftVillageId: Type.Union([Uuid, Type.Null()]),
  address: Type.String(),
  latitude: Type.Number(),
  longitude: Type.Number(),
  description: LocalizedOptionalText(5000),
  weeklyHours: WeeklyHours,
  hoursExceptions: Type.Array(HoursException),
  visitMinutes: Type.Integer(),
  interest: Type.Integer(),
  photos: Type.Array(Type.String()),
  published: Type.Boolean(),
});
export type Site = Static<typeof Site>;
export const SiteList = Type.Object({ items: Type.Array(Site) });
export const SiteListQuery = Type.Object({ theme: Type.Optional(StringEnum(SITE_THEMES)), all: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export const RouteKeyParams = Type.Object({ route: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
export const SiteKeyParams = Type.Object({ site: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

export const PlanRequest = Type.Object({
  /** Site ids or slugs; none: the published sites of the theme. */
  places: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 80, uniqueItems: true })),
  musts: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20, uniqueItems: true })),
  theme: Type.Optional(StringEnum(SITE_THEMES)),
  start: Type.Object({ latitude: Latitude, longitude: Longitude, label: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
  date: IsoDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  mode: StringEnum(ROUTE_MODES),
}, { additionalProperties: false });
export type PlanRequest = Static<typeof PlanRequest>;

const PlannedStop = Type.Object({
  site: Type.Object({ id: Uuid, slug: Type.String(), name: LocalizedText(200), latitude: Type.Number(), longitude: Type.Number(), kind: Type.String() }),
  arrive: TimeOfDay,
  start: TimeOfDay,
  leave: TimeOfDay,
  travelMinutes: Type.Integer(),
  required: Type.Boolean(),
});
export const PlanResponse = Type.Object({
  feasible: Type.Boolean(),
  stops: Type.Array(PlannedStop),
  back: Type.Union([TimeOfDay, Type.Null()]),
  value: Type.Number(),
  bound: Type.Number(),
  status: Type.String(),
  reason: Type.Union([Type.Object({ code: Type.String(), message: LocalizedText(2000), places: Type.Array(Type.String()) }), Type.Null()]),
  /** Sites asked for that are closed, too far or unknown that day (not in the route). */
  left: Type.Array(Type.Object({ id: Type.String(), name: LocalizedText(200) })),
  travel: StringEnum(['straight-line', 'routing-service'] as const),
});
export type PlanResponse = Static<typeof PlanResponse>;

export const CuratedRouteInput = Type.Object({
  title: LocalizedText(200),
  description: Type.Optional(LocalizedOptionalText(5000)),
  theme: Type.Optional(Type.Union([StringEnum(SITE_THEMES), Type.Null()])),
  mode: StringEnum(ROUTE_MODES),
  start: Type.Object({ latitude: Latitude, longitude: Longitude, label: Name(200) }, { additionalProperties: false }),
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  siteIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true }),
  published: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type CuratedRouteInput = Static<typeof CuratedRouteInput>;

export const CuratedRoute = Type.Object({
  id: Uuid,
  slug: Type.String(),
  title: LocalizedText(200),
  description: LocalizedOptionalText(5000),
  theme: Type.Union([Type.String(), Type.Null()]),
  mode: Type.String(),
  start: Type.Object({ latitude: Type.Number(), longitude: Type.Number(), label: Type.String() }),
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  sites: Type.Array(Type.Object({ id: Uuid, slug: Type.String(), name: LocalizedText(200) })),
  published: Type.Boolean(),
});
export type CuratedRoute = Static<typeof CuratedRoute>;
export const CuratedRouteList = Type.Object({ items: Type.Array(CuratedRoute) });

export const MapLayer = StringEnum(['craft-village', 'point-of-sale', 'design-centre', 'fair', 'tourist-site'] as const);
export const MapPlace = Type.Object({
  layer: MapLayer,
  id: Type.String(),
  name: LocalizedText(300),
  latitude: Type.Number(),
  longitude: Type.Number(),
  /** Where its page is in the web app. */
  href: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Object({ vi: Type.String(), en: Type.String() }),
  /** Fairs: running now or coming. */
  status: Type.Optional(Type.String()),
});
export type MapPlace = Static<typeof MapPlace>;
export const MapPlaces = Type.Object({ items: Type.Array(MapPlace) });
