import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Text } from '../../../shared/schema-types.ts';
import { HoursInterval, NearbySite, WeeklyHours } from '../domain/shapes.ts';
import { SHELF_CERTIFICATE_STATUSES } from './stock.ts';
import { OpenNow, PointKindSchema, PointStatusSchema } from './points.ts';

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });
export const PRODUCT_GROUPS = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

export const PublicPointQuery = Type.Object({
  format: Type.Optional(StringEnum(['json', 'geojson'] as const)),
  kind: Type.Optional(PointKindSchema),
  commune: Type.Optional(Text({ max: 200 })),
  /** Decision 148 product group (I food … VI tourism services) of a product in stock. */
  group: Type.Optional(StringEnum(PRODUCT_GROUPS)),
}, { additionalProperties: false });
export type PublicPointQuery = Static<typeof PublicPointQuery>;

export const PublicPoint = Type.Object({
  slug: Type.String(),
  name: Localized,
  kind: PointKindSchema,
  status: PointStatusSchema,
  address: Type.String(),
  commune: Type.String(),
  latitude: Type.Number(),
  longitude: Type.Number(),
  weeklyHours: WeeklyHours,
  openNow: OpenNow,
  productGroups: Type.Array(Type.String()),
});
export type PublicPoint = Static<typeof PublicPoint>;

export const PublicPointList = Type.Object({ items: Type.Array(PublicPoint), total: Type.Integer() });
export type PublicPointList = Static<typeof PublicPointList>;

export const GeoJsonPoints = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Type.Object({
    type: Type.Literal('Feature'),
    geometry: Type.Object({ type: Type.Literal('Point'), coordinates: Type.Tuple([Type.Number(), Type.Number()]) }),
    properties: Type.Omit(PublicPoint, ['latitude', 'longitude']),
  })),
});

export const PublicPointDetail = Type.Object({
  ...PublicPoint.properties,
  description: Localized,
  legacyDistrict: Type.Union([Type.String(), Type.Null()]),
  phone: Type.String(),
  email: Type.String(),
  photos: Type.Array(Type.String()),
  hoursExceptions: Type.Array(Type.Object({ startsOn: Type.String(), endsOn: Type.String(), hours: Type.Array(HoursInterval), label: Localized })),
  craftVillage: Type.Union([Type.Object({ id: Type.String(), name: Localized }), Type.Null()]),
  nearbySites: Type.Array(NearbySite),
  /** The products on the shelves today, each with its certificate status today. */
  products: Type.Array(Type.Object({
    name: Localized, code: Type.Union([Type.String(), Type.Null()]), producer: Type.Union([Type.String(), Type.Null()]),
    stars: Type.Union([Type.Integer(), Type.Null()]), certificateStatus: StringEnum(SHELF_CERTIFICATE_STATUSES),
    flagged: Type.Boolean(), priceVnd: Type.Integer(),
  })),
  checkedOn: Type.String(),
});
export type PublicPointDetail = Static<typeof PublicPointDetail>;
