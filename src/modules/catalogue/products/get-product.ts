import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { notFound } from '../../../server/http/app-error.ts';
import { certificateColumns, toCertificate, type CertificateRow } from '../certificates/certificate-row.ts';
import type { ProductDetail } from '../contract.ts';
import { productSummaryColumns, toProductSummary, type ProductSummaryRow } from './product-summary-row.ts';

export const productNotFound = () => notFound({ vi: 'Không tìm thấy sản phẩm', en: 'Product not found' });

/** A product with its certificate history, found by id or by public code. */
export async function getProduct(db: Queryable, key: { id: string } | { code: string }, today: string): Promise<ProductDetail> {
  const match = 'id' in key ? sql`p.id = ${key.id}` : sql`p.code = ${key.code}`;
  const [row] = await rows<
    ProductSummaryRow & {
      description_vi: string;
      description_en: string;
      packaging_vi: string;
      packaging_en: string;
      price_min_vnd: string | null;
      price_max_vnd: string | null;
      photos: string[];
      current_certificate_id: string | null;
      village_id: string | null;
      village_name_vi: string | null;
      village_name_en: string | null;
    }
  >(db, sql`
    SELECT ${productSummaryColumns(today)}, p.description_vi, p.description_en, p.packaging_vi, p.packaging_en,
      p.price_min_vnd, p.price_max_vnd, p.photos, p.current_certificate_id, v.id AS village_id, v.name_vi AS village_name_vi, v.name_en AS village_name_en
    FROM products p JOIN producers pr ON pr.id = p.producer_id LEFT JOIN craft_villages v ON v.id = pr.craft_village_id
    WHERE ${match}`);
  if (!row) throw productNotFound();
  const certificates = await rows<CertificateRow>(db, sql`
    SELECT ${certificateColumns(today)} FROM certificates c WHERE c.product_id = ${row.id}
    ORDER BY c.issue_date DESC, c.created_at DESC`);
  return {
    ...toProductSummary(row),
    description: { vi: row.description_vi, en: row.description_en },
    packaging: { vi: row.packaging_vi, en: row.packaging_en },
    priceMinVnd: row.price_min_vnd === null ? null : Number(row.price_min_vnd),
    priceMaxVnd: row.price_max_vnd === null ? null : Number(row.price_max_vnd),
    photos: row.photos,
    certificates: certificates.map(toCertificate),
    currentCertificateId: row.current_certificate_id,
    craftVillage:
      row.village_id && row.village_name_vi && row.village_name_en
        ? { id: row.village_id, name: { vi: row.village_name_vi, en: row.village_name_en } }
        : null,
  };
}
