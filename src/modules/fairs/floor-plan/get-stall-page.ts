import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { StallPage } from '../contract.ts';
import { producerOrigin } from '../../catalogue/domain/origin.ts';
import { productSummaryColumns, toProductSummary, type ProductSummaryRow } from '../../catalogue/products/product-summary-row.ts';
import type { Service } from '../zones.ts';

/** What a visitor sees after scanning a stall's QR code: who is there and their products' certificate status. */
export async function getStallPage(db: Queryable, fairId: string, stallKey: string, today: string): Promise<StallPage> {
  const [stall] = await rows<{
    id: string; code: string; zone: string; service: Service | null; application_id: string | null; producer_id: string | null; producer_name: string | null;
    producer_country: string | null; producer_province: string | null;
  }>(db, sql`
    SELECT s.id, s.code, s.zone, s.service, sa.application_id, a.producer_id, pr.name AS producer_name, pr.country AS producer_country, pr.province AS producer_province
    FROM stalls s
    LEFT JOIN stall_assignments sa ON sa.stall_id = s.id AND sa.status = 'confirmed'
    LEFT JOIN fair_applications a ON a.id = sa.application_id
    LEFT JOIN producers pr ON pr.id = a.producer_id
    WHERE s.fair_id = ${fairId} AND (s.code = upper(${stallKey}) OR s.id::text = ${stallKey})`);
  if (!stall) throw notFound({ vi: 'Không tìm thấy gian hàng', en: 'Stall not found' });
  const place = { id: stall.id, code: stall.code, zone: stall.zone, service: stall.service };
  if (!stall.application_id || !stall.producer_id || !stall.producer_name) return { stall: place, exhibitor: null };
  const products = await rows<ProductSummaryRow>(db, sql`
    SELECT ${productSummaryColumns(today)}
    FROM fair_application_products ap JOIN products p ON p.id = ap.product_id JOIN producers pr ON pr.id = p.producer_id
    WHERE ap.application_id = ${stall.application_id} ORDER BY p.name_vi`);
  return {
    stall: place,
    exhibitor: {
      producerId: stall.producer_id, producerName: stall.producer_name, origin: producerOrigin(stall.producer_country ?? '', stall.producer_province ?? ''),
      products: products.map(toProductSummary),
    },
  };
}
