import { Type, type Static } from '@sinclair/typebox';
import { FILE_REF_PATTERN } from '../files/file-urls.ts';
import { IsoDate, LocalizedOptionalText, LocalizedText, Name, Paged, StringEnum, Text, Uuid } from '../../shared/schema-types.ts';

export const PRODUCER_TYPE_CODES = ['enterprise', 'cooperative', 'cooperative-group', 'household', 'foreign-enterprise'] as const;
export const REGION_CODES = ['northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta'] as const;
export const CERTIFICATE_STATUS_CODES = ['valid', 'expiring', 'expired', 'revoked', 'none'] as const;
export const AUTHORITY_LEVEL_CODES = ['district', 'province', 'central'] as const;
export const LEGAL_BASIS_CODES = ['1048', '148', '1489'] as const;
export const PRODUCT_SORTS = ['relevance', 'name', 'stars', 'expiry', 'newest'] as const;

export const CertificateStatusSchema = StringEnum(CERTIFICATE_STATUS_CODES, {
  description: 'valid; expiring (within 90 days); expired; revoked; none (never rated)',
});
export type ProductCertificateStatus = (typeof CERTIFICATE_STATUS_CODES)[number];

const CategoryCode = Type.String({ pattern: '^(I|II|III|IV|V|VI)(\\.[0-9])?(\\.[a-z])?$', maxLength: 10 });
const CountryCode = Type.String({ pattern: '^[A-Z]{2}$' });
const Vnd = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ProducerRef = Type.Object({
  id: Uuid,
  name: Type.String(),
  type: StringEnum(PRODUCER_TYPE_CODES),
  province: Type.String(),
  region: Nullable(StringEnum(REGION_CODES)),
  country: Type.String(),
});

export const ProductSummary = Type.Object({
  id: Uuid,
  code: Type.String({ description: 'Stable public code, printed on labels and behind the QR code' }),
  name: LocalizedText(300),
  categoryCode: Type.String(),
  stars: Nullable(Type.Integer()),
  certificateStatus: CertificateStatusSchema,
  expiryDate: Nullable(IsoDate),
  photo: Nullable(Type.String()),
  producer: ProducerRef,
});
export type ProductSummary = Static<typeof ProductSummary>;

export const ProductList = Paged(ProductSummary);
export type ProductList = Static<typeof ProductList>;

export const ProductListQuery = Type.Object(
  {
    q: Type.Optional(Text({ max: 200, description: 'Search text; accents, case and small typos do not matter' })),
    category: Type.Optional(CategoryCode),
    stars: Type.Optional(Type.Integer({ minimum: 3, maximum: 5 })),
    region: Type.Optional(StringEnum(REGION_CODES)),
    country: Type.Optional(CountryCode),
    province: Type.Optional(Text({ max: 100 })),
    craftVillage: Type.Optional(Uuid),
    producer: Type.Optional(Uuid),
    status: Type.Optional(CertificateStatusSchema),
    sort: Type.Optional(StringEnum(PRODUCT_SORTS)),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 24 })),
  },
  { additionalProperties: false },
);
export type ProductListQuery = Static<typeof ProductListQuery>;

export const Certificate = Type.Object({
  id: Uuid,
  stars: Type.Integer(),
  potentialFiveStar: Type.Boolean(),
  score: Nullable(Type.Number()),
  decisionNumber: Type.String(),
  decisionDate: IsoDate,
  authorityLevel: StringEnum(AUTHORITY_LEVEL_CODES),
  authorityName: Nullable(Type.String()),
  legalBasis: StringEnum(LEGAL_BASIS_CODES),
  issueDate: IsoDate,
  expiryDate: IsoDate,
  revokedOn: Nullable(IsoDate),
  revocationReason: Nullable(LocalizedOptionalText()),
  status: CertificateStatusSchema,
});
export type Certificate = Static<typeof Certificate>;

export const ProductDetail = Type.Composite([
  ProductSummary,
  Type.Object({
    description: LocalizedOptionalText(),
    packaging: LocalizedOptionalText(),
    priceMinVnd: Nullable(Type.Integer()),
    priceMaxVnd: Nullable(Type.Integer()),
    photos: Type.Array(Type.String()),
    certificates: Type.Array(Certificate, { description: 'Newest first' }),
    currentCertificateId: Nullable(Uuid),
    craftVillage: Nullable(Type.Object({ id: Uuid, name: LocalizedText() })),
  }),
]);
export type ProductDetail = Static<typeof ProductDetail>;

export const ProductInput = Type.Object(
  {
    producerId: Uuid,
    name: LocalizedText(300),
    description: Type.Optional(LocalizedOptionalText()),
    categoryCode: CategoryCode,
    packaging: Type.Optional(LocalizedOptionalText(500)),
    priceMinVnd: Type.Optional(Nullable(Vnd)),
    priceMaxVnd: Type.Optional(Nullable(Vnd)),
    photos: Type.Optional(
      Type.Array(Type.Union([Type.String({ pattern: FILE_REF_PATTERN }), Type.String({ format: 'uri', pattern: '^https?://', maxLength: 1000 })]), {
        maxItems: 12,
        description: 'In order: uploaded photos as /api/files/<id> (from POST /api/files), or https URLs',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ProductInput = Static<typeof ProductInput>;

export const ProductUpdate = Type.Partial(Type.Omit(ProductInput, ['producerId']), { additionalProperties: false, minProperties: 1 });
export type ProductUpdate = Static<typeof ProductUpdate>;

export const CertificateInput = Type.Object(
  {
    stars: Type.Integer({ minimum: 3, maximum: 5 }),
    potentialFiveStar: Type.Optional(Type.Boolean()),
    score: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 100 }))),
    decisionNumber: Name(100),
    decisionDate: IsoDate,
    issueDate: Type.Optional(IsoDate),
    authorityLevel: StringEnum(AUTHORITY_LEVEL_CODES),
    authorityName: Type.Optional(Nullable(Text({ max: 200 }))),
    legalBasis: Type.Optional(StringEnum(LEGAL_BASIS_CODES)),
  },
  { additionalProperties: false },
);
export type CertificateInput = Static<typeof CertificateInput>;

export const RevokeInput = Type.Object(
  { reason: Type.Object({ vi: Name(1000), en: Type.Optional(Text({ max: 1000 })) }, { additionalProperties: false }) },
  { additionalProperties: false },
);
export type RevokeInput = Static<typeof RevokeInput>;

export const ExpiringCertificate = Type.Object({
  certificate: Certificate,
  product: Type.Object({ id: Uuid, code: Type.String(), name: LocalizedText(300) }),
  producer: Type.Object({ id: Uuid, name: Type.String() }),
});
export const ExpiringList = Paged(ExpiringCertificate);
export type ExpiringList = Static<typeof ExpiringList>;
export const ExpiringQuery = Type.Object(
  {
    withinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730, default: 90 })),
    includeExpired: Type.Optional(Type.Boolean({ default: false })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type ExpiringQuery = Static<typeof ExpiringQuery>;

export const ProducerInput = Type.Object(
  {
    name: Name(300),
    type: StringEnum(PRODUCER_TYPE_CODES),
    taxCode: Type.Optional(Nullable(Text({ max: 20 }))),
    address: Type.Optional(Text({ max: 500 })),
    province: Name(100),
    commune: Type.Optional(Nullable(Text({ max: 100 }))),
    legacyDistrict: Type.Optional(Nullable(Text({ max: 100 }))),
    region: Type.Optional(Nullable(StringEnum(REGION_CODES))),
    country: Type.Optional(CountryCode),
    contactName: Type.Optional(Nullable(Text({ max: 200 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 30, pattern: '^[0-9+() .-]*$' }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    website: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 500 }))),
    description: Type.Optional(LocalizedOptionalText()),
    craftVillageId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);
export type ProducerInput = Static<typeof ProducerInput>;
export const ProducerUpdate = Type.Partial(ProducerInput, { additionalProperties: false, minProperties: 1 });
export type ProducerUpdate = Static<typeof ProducerUpdate>;

export const ProducerSummary = Type.Composite([
  ProducerRef,
  Type.Object({
    address: Type.String(),
    commune: Nullable(Type.String()),
    legacyDistrict: Nullable(Type.String()),
    craftVillage: Nullable(Type.Object({ id: Uuid, name: LocalizedText() })),
    productCount: Type.Integer(),
    validProductCount: Type.Integer(),
  }),
]);
export type ProducerSummary = Static<typeof ProducerSummary>;
export const ProducerList = Paged(ProducerSummary);
export type ProducerList = Static<typeof ProducerList>;

export const ProducerDetail = Type.Composite([
  ProducerSummary,
  Type.Object({
    taxCode: Nullable(Type.String()),
    contactName: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    website: Nullable(Type.String()),
    description: LocalizedOptionalText(),
    products: Type.Array(ProductSummary),
  }),
]);
export type ProducerDetail = Static<typeof ProducerDetail>;

export const ProducerListQuery = Type.Object(
  {
    q: Type.Optional(Text({ max: 200 })),
    type: Type.Optional(StringEnum(PRODUCER_TYPE_CODES)),
    region: Type.Optional(StringEnum(REGION_CODES)),
    country: Type.Optional(CountryCode),
    province: Type.Optional(Text({ max: 100 })),
    craftVillage: Type.Optional(Uuid),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 24 })),
  },
  { additionalProperties: false },
);
export type ProducerListQuery = Static<typeof ProducerListQuery>;

export const CraftVillage = Type.Object({
  id: Uuid,
  name: LocalizedText(),
  craft: LocalizedText(),
  commune: Type.String(),
  legacyDistrict: Nullable(Type.String()),
  province: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  traditional: Type.Boolean(),
  description: LocalizedOptionalText(),
  producerCount: Type.Integer(),
});
export type CraftVillage = Static<typeof CraftVillage>;
export const CraftVillageList = Type.Object({ items: Type.Array(CraftVillage) });

export const CraftVillageInput = Type.Object(
  {
    name: LocalizedText(),
    craft: LocalizedText(),
    commune: Name(100),
    legacyDistrict: Type.Optional(Nullable(Text({ max: 100 }))),
    province: Type.Optional(Name(100)),
    latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
    longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
    traditional: Type.Optional(Type.Boolean()),
    description: Type.Optional(LocalizedOptionalText()),
  },
  { additionalProperties: false },
);
export type CraftVillageInput = Static<typeof CraftVillageInput>;
export const CraftVillageUpdate = Type.Partial(CraftVillageInput, { additionalProperties: false, minProperties: 1 });
export type CraftVillageUpdate = Static<typeof CraftVillageUpdate>;

export const VerifyResult = Type.Object({
  code: Type.String(),
  checkedOn: IsoDate,
  /** true only when the mark is valid today (valid or expiring soon) */
  validToday: Type.Boolean(),
  status: CertificateStatusSchema,
  statusLabel: LocalizedText(),
  product: Type.Object({ id: Uuid, name: LocalizedText(300), categoryCode: Type.String() }),
  producer: Type.Object({ id: Uuid, name: Type.String(), province: Type.String(), country: Type.String() }),
  certificate: Nullable(
    Type.Object({
      stars: Type.Integer(),
      potentialFiveStar: Type.Boolean(),
      decisionNumber: Type.String(),
      authorityLevel: StringEnum(AUTHORITY_LEVEL_CODES),
      issueDate: IsoDate,
      expiryDate: IsoDate,
      revokedOn: Nullable(IsoDate),
      revocationReason: Nullable(LocalizedOptionalText()),
    }),
  ),
});
export type VerifyResult = Static<typeof VerifyResult>;

export const CodeParams = Type.Object({ code: Type.String({ pattern: '^[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}$' }) }, { additionalProperties: false });

export const WhereToBuy = Type.Object({
  fairs: Type.Array(
    Type.Object({
      fair: Type.Object({ slug: Type.String(), name: LocalizedText(300), startsOn: IsoDate, endsOn: IsoDate }),
      stall: Type.Object({ code: Type.String() }),
      link: Type.String({ description: "The stall's public page, e.g. /fairs/trinh-cong-son/stalls/B-014" }),
    }),
    { description: 'Stalls of fairs running today that show the product, by fair end date then stall code' },
  ),
  pointsOfSale: Type.Array(
    Type.Object({
      slug: Type.String(),
      name: LocalizedText(300),
      address: Type.String(),
      commune: Type.String(),
      latitude: Type.Number(),
      longitude: Type.Number(),
      link: Type.String({ description: "The point's public page, /points-of-sale/SLUG" }),
    }),
    { description: 'Open points of introduction and sale holding the product in stock, by name' },
  ),
});
export type WhereToBuy = Static<typeof WhereToBuy>;
