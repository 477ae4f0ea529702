import { clock } from '../../shared/time/clock.ts';
import { bigint, boolean, date, doublePrecision, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CulturalRegionCode } from './domain/cultural-regions.ts';
import type { ProducerType } from './domain/producer-types.ts';
import type { AuthorityLevel } from './domain/authority-levels.ts';
import type { LegalBasis } from './domain/legal-basis.ts';

// Mirrors migrations/0003_catalogue.sql, which holds the constraints and triggers.
const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().$defaultFn(clock.now),
};

/** Làng nghề */
export const craftVillages = pgTable('craft_villages', {
  id: uuid('id').primaryKey().defaultRandom(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  craftVi: text('craft_vi').notNull(),
  craftEn: text('craft_en').notNull(),
  commune: text('commune').notNull(),
  legacyDistrict: text('legacy_district'),
  province: text('province').notNull(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  traditional: boolean('traditional').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  ...timestamps,
});

/** Chủ thể OCOP */
export const producers = pgTable('producers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  type: text('type').$type<ProducerType>().notNull(),
  taxCode: text('tax_code'),
  address: text('address').notNull(),
  province: text('province').notNull(),
  commune: text('commune'),
  legacyDistrict: text('legacy_district'),
  region: text('region').$type<CulturalRegionCode>(),
  country: text('country').notNull(),
  contactName: text('contact_name'),
  phone: text('phone'),
  email: text('email'),
  website: text('website'),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  craftVillageId: uuid('craft_village_id'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  matchKey: text('match_key').notNull(),
  ...timestamps,
});

export const products = pgTable('products', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  producerId: uuid('producer_id').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  categoryCode: text('category_code').notNull(),
  packagingVi: text('packaging_vi').notNull(),
  packagingEn: text('packaging_en').notNull(),
  priceMinVnd: bigint('price_min_vnd', { mode: 'number' }),
  priceMaxVnd: bigint('price_max_vnd', { mode: 'number' }),
  photos: text('photos').array().notNull(),
  currentCertificateId: uuid('current_certificate_id'),
  stars: smallint('stars'),
  expiryDate: date('expiry_date', { mode: 'string' }),
  revoked: boolean('revoked').notNull(),
  ...timestamps,
});

export const certificates = pgTable('certificates', {
  id: uuid('id').primaryKey().defaultRandom(),
  productId: uuid('product_id').notNull(),
  stars: smallint('stars').notNull(),
  potentialFiveStar: boolean('potential_five_star').notNull(),
  score: numeric('score', { precision: 5, scale: 2, mode: 'number' }),
  decisionNumber: text('decision_number').notNull(),
  decisionDate: date('decision_date', { mode: 'string' }).notNull(),
  authorityLevel: text('authority_level').$type<AuthorityLevel>().notNull(),
  authorityName: text('authority_name'),
  legalBasis: text('legal_basis').$type<LegalBasis>().notNull(),
  issueDate: date('issue_date', { mode: 'string' }).notNull(),
  expiryDate: date('expiry_date', { mode: 'string' }).notNull(),
  revokedOn: date('revoked_on', { mode: 'string' }),
  revocationReasonVi: text('revocation_reason_vi'),
  revocationReasonEn: text('revocation_reason_en'),
  ...timestamps,
});
