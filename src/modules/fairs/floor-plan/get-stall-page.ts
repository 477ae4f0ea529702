import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { notFound } from '../../../server/http/app-error.ts';
import type { StallPage } from '../contract.ts';
import { productSummaryColumns, toProductSummary, type ProductSummaryRow } from '../../catalogue/products/product-summary-row.ts';


/** What a visitor sees after scanning a stall's QR code: who is there and their products' certificate status. */
export async function getStallPage(db: Queryable, fairId: string, stallKey: string, today: string): Promise<StallPage> {
  const [stall] = await rows<{ id: string; code: string; zone: string; application_id: string | null; producer_id: string | null; producer_name: string | null }>(db, sql`
    SELECT s.id, s.code, s.zone, sa.application_id, a.producer_id, pr.name AS producer_name
    FROM stalls s
    LEFT JOIN stall_assignments sa ON sa.stall_id = s.id AND sa.status = 'confirmed'
    LEFT JOIN fair_applications a ON a.id = sa.application_id
    LEFT JOIN producers pr ON pr.id = a.producer_id
    WHERE s.fair_id = ${fairId} AND (s.code = upper(${stallKey}) OR s.id::text = ${stallKey})`);
  if (!stall) throw notFound({ vi: 'Không tìm thấy gian hàng', en: 'Stall not found' });
  if (!stall.application_id || !stall.producer_id || !stall.producer_name) return { stall: { id: stall.id, code: stall.code, zone: stall.zone }, exhibitor: null };
  const products = await rows<ProductSummaryRow>(db, sql`
    SELECT ${productSummaryColumns(today)}
    FROM fair_application_products ap JOIN products p ON p.id = ap.product_id JOIN producers pr ON pr.id = p.producer_id
    WHERE ap.application_id = ${stall.application_id} ORDER BY p.name_vi`);
  return {
    stall: { id: stall.id, code: stall.code, zone: stall.zone },
    exhibitor: { producerId: stall.producer_id, producerName: stall.producer_name, products: products.map(toProductSummary) },
  };
}
