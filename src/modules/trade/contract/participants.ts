import { Type, type Static } from '@sinclair/typebox';
import { Email, Name, StringEnum, Text, Uuid } from '../../../shared/schema-types.ts';
import { BUYER_KINDS, TABLE_MODES } from '../domain/values.ts';
import { Nullable, Slots, Vnd } from './common.ts';

const CategoryCode = Type.String({ pattern: '^(I|II|III|IV|V|VI)(\\.[0-9]+(\\.[a-z])?)?$', description: 'OCOP category: group, nhóm or leaf (I, I.3, I.3.b)' });
const RegionCode = Type.String({ pattern: '^[a-z-]{3,40}$', description: 'cultural region code' });

export const BuyerOrganisationInput = Type.Object(
  {
    name: Name(300),
    kind: StringEnum(BUYER_KINDS),
    taxCode: Type.Optional(Nullable(Text({ max: 20 }))),
    province: Type.Optional(Name(100)),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    contactName: Type.Optional(Text({ max: 200 })),
    email: Type.Optional(Type.Union([Email, Type.Literal('')])),
    phone: Type.Optional(Text({ max: 30 })),
    categories: Type.Optional(Type.Array(CategoryCode, { maxItems: 30, uniqueItems: true })),
    minStars: Type.Optional(Type.Integer({ minimum: 3, maximum: 5 })),
    certifications: Type.Optional(Type.Array(Name(100), { maxItems: 20 })),
    regions: Type.Optional(Type.Array(RegionCode, { maxItems: 10, uniqueItems: true })),
    monthlyVolumeVnd: Type.Optional(Vnd),
    requirements: Type.Optional(Text({ max: 2000 })),
  },
  { additionalProperties: false },
);
export type BuyerOrganisationInput = Static<typeof BuyerOrganisationInput>;

export const BuyerOrganisation = Type.Object({
  id: Uuid, name: Type.String(), kind: StringEnum(BUYER_KINDS), province: Type.String(), country: Type.String(),
  categories: Type.Array(Type.String()), minStars: Type.Integer(), certifications: Type.Array(Type.String()), regions: Type.Array(Type.String()),
  monthlyVolumeVnd: Type.Integer(), requirements: Type.String(),
});
export type BuyerOrganisation = Static<typeof BuyerOrganisation>;
export const BuyerOrganisationList = Type.Object({ items: Type.Array(BuyerOrganisation) });

export const ProducerEntryInput = Type.Object(
  {
    producerId: Type.Optional(Uuid),
    productIds: Type.Array(Uuid, { minItems: 1, maxItems: 30, uniqueItems: true }),
    available: Slots,
  },
  { additionalProperties: false },
);
export type ProducerEntryInput = Static<typeof ProducerEntryInput>;

export const BuyerEntryInput = Type.Object(
  {
    buyerOrganisationId: Type.Optional(Uuid),
    tableMode: Type.Optional(StringEnum(TABLE_MODES)),
    tableCode: Type.Optional(Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{0,11}$' })),
    available: Slots,
  },
  { additionalProperties: false },
);
export type BuyerEntryInput = Static<typeof BuyerEntryInput>;

export const ProducerEntry = Type.Object({
  id: Uuid, producerId: Uuid, name: Type.String(), province: Type.String(), region: Nullable(Type.String()),
  products: Type.Array(Type.Object({ id: Uuid, name: Type.Object({ vi: Type.String(), en: Type.String() }), categoryCode: Type.String(), stars: Nullable(Type.Integer()) })),
  available: Type.Array(Type.Integer()),
});
export type ProducerEntry = Static<typeof ProducerEntry>;

export const BuyerEntry = Type.Object({
  id: Uuid, organisation: BuyerOrganisation, tableMode: StringEnum(TABLE_MODES), tableCode: Nullable(Type.String()), available: Type.Array(Type.Integer()),
});
export type BuyerEntry = Static<typeof BuyerEntry>;

export const Participants = Type.Object({ producers: Type.Array(ProducerEntry), buyers: Type.Array(BuyerEntry) });
export type Participants = Static<typeof Participants>;

export const SuggestionQuery = Type.Object(
  { entry: Type.Optional(Uuid), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) },
  { additionalProperties: false },
);
export const SUGGESTION_REASONS = ['category', 'stars', 'region', 'volume', 'certification', 'below-stars', 'category-mismatch'] as const;
export const Suggestion = Type.Object({
  entryId: Uuid, side: StringEnum(['producer', 'buyer'] as const), name: Type.String(), score: Type.Number(),
  reasons: Type.Array(Type.Object({ code: StringEnum(SUGGESTION_REASONS), text: Type.Object({ vi: Type.String(), en: Type.String() }) })),
  commonSlots: Type.Integer(), requested: Type.Boolean(),
});
export type Suggestion = Static<typeof Suggestion>;
export const SuggestionList = Type.Object({ forEntry: Uuid, items: Type.Array(Suggestion) });
export type SuggestionList = Static<typeof SuggestionList>;

export const ImportQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean()), fileName: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
