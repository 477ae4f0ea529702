import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Name, StringEnum, Uuid } from '../../../shared/schema-types.ts';

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const OTHER_BASES = ['key-product', 'typical-rural-product', 'local-specialty'] as const;
export const OWNERSHIPS = ['consigned', 'bought'] as const;
export const SHELF_CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired', 'revoked', 'none'] as const;

export const StockItemParams = Type.Object({ point: Type.String({ pattern: '^[a-z0-9-]{3,80}$' }), id: Uuid }, { additionalProperties: false });

const Quantity = Type.Integer({ minimum: 0, maximum: 10_000_000 });
const Price = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000, description: 'VND' });

/** A catalogue product, or another eligible product (key, typical or specialty list) named here. */
export const StockInput = Type.Object({
  productId: Type.Optional(Uuid),
  other: Type.Optional(Type.Object({ name: Name(300), basis: StringEnum(OTHER_BASES) }, { additionalProperties: false })),
  quantity: Quantity,
  priceVnd: Price,
  ownership: StringEnum(OWNERSHIPS, { description: 'consigned by the producer, or bought by the point' }),
  since: Type.Optional(IsoDate),
}, { additionalProperties: false });
export type StockInput = Static<typeof StockInput>;

export const StockUpdate = Type.Object({
  quantity: Type.Optional(Quantity),
  priceVnd: Type.Optional(Price),
  ownership: Type.Optional(StringEnum(OWNERSHIPS)),
}, { additionalProperties: false, minProperties: 1 });
export type StockUpdate = Static<typeof StockUpdate>;

export const StockItem = Type.Object({
  id: Uuid,
  product: Type.Union([Type.Object({
    id: Uuid, code: Type.String(), name: Localized, producer: Type.String(), stars: Type.Union([Type.Integer(), Type.Null()]),
    expiryDate: Type.Union([Type.String(), Type.Null()]), revokedOn: Type.Union([Type.String(), Type.Null()]),
  }), Type.Null()]),
  other: Type.Union([Type.Object({ name: Type.String(), basis: StringEnum(OTHER_BASES) }), Type.Null()]),
  name: Localized,
  certificateStatus: StringEnum(SHELF_CERTIFICATE_STATUSES),
  /** Counts toward the OCOP share: a certificate of 3★ or more in force today. */
  ocop: Type.Boolean(),
  /** A certificate that expired or was revoked: take it off the shelf or relabel it. */
  flagged: Type.Boolean(),
  flagReason: Type.Union([Localized, Type.Null()]),
  quantity: Type.Integer(),
  priceVnd: Type.Integer(),
  ownership: StringEnum(OWNERSHIPS),
  since: Type.String(),
});
export type StockItem = Static<typeof StockItem>;

export const OcopShare = Type.Object({
  /** Product lines with stock on the shelf (quantity > 0). */
  lines: Type.Integer(),
  ocopLines: Type.Integer(),
  percent: Type.Union([Type.Number(), Type.Null()]),
  /** The local rule from the point's current criteria (Decision 950 checklist: 70%). */
  minimumPercent: Type.Union([Type.Number(), Type.Null()]),
  meetsRule: Type.Union([Type.Boolean(), Type.Null()]),
});
export type OcopShare = Static<typeof OcopShare>;

export const StockList = Type.Object({ checkedOn: Type.String(), items: Type.Array(StockItem), share: OcopShare, flagged: Type.Integer() });
export type StockList = Static<typeof StockList>;
