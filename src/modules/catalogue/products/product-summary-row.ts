import { sql } from 'drizzle-orm';
import type { ProductCertificateStatus, ProductSummary } from '../contract.ts';
import type { CulturalRegionCode } from '../domain/cultural-regions.ts';
import type { ProducerType } from '../domain/producer-types.ts';

/** The columns of a product summary over `products p JOIN producers pr`, status computed for `today`. */
export const productSummaryColumns = (today: string) => sql`
  p.id, p.code, p.name_vi, p.name_en, p.category_code, p.stars, p.expiry_date::text AS expiry_date, p.photos[1] AS photo,
  ocop_certificate_status(p.expiry_date, p.revoked, ${today}::date) AS status,
  pr.id AS producer_id, pr.name AS producer_name, pr.type AS producer_type, pr.province AS producer_province,
  pr.region AS producer_region, pr.country AS producer_country`;

export interface ProductSummaryRow {
  id: string;
  code: string;
  name_vi: string;
  name_en: string;
  category_code: string;
  stars: number | null;
  expiry_date: string | null;
  photo: string | null;
  status: ProductCertificateStatus;
  producer_id: string;
  producer_name: string;
  producer_type: ProducerType;
  producer_province: string;
  producer_region: CulturalRegionCode | null;
  producer_country: string;
}

export function toProductSummary(row: ProductSummaryRow): ProductSummary {
  return {
    id: row.id,
    code: row.code,
    name: { vi: row.name_vi, en: row.name_en },
    categoryCode: row.category_code,
    stars: row.stars,
    certificateStatus: row.status,
    expiryDate: row.expiry_date,
    photo: row.photo,
    producer: {
      id: row.producer_id,
      name: row.producer_name,
      type: row.producer_type,
      province: row.producer_province,
      region: row.producer_region,
      country: row.producer_country,
    },
  };
}
