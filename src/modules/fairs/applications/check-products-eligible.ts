import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { badRequest } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import { describeIneligible, productIneligibility } from './product-eligibility.ts';

interface ProductCheck {
  id: string;
  producer_id: string;
  name_vi: string;
  name_en: string;
  stars: number | null;
  revoked: boolean;
  expiry_date: string | null;
}

/**
 * Products shown at an OCOP fair belong to the applicant and, for a Vietnamese producer, hold a
 * certificate of at least the fair's minimum stars that is valid on every day of the fair.
 * Foreign enterprises (the international pavilion) show products without OCOP certificates.
 */
export async function checkProductsEligible(
  db: Queryable,
  productIds: string[],
  producer: { id: string; country: string },
  fair: { endsOn: string; minStars: number },
): Promise<void> {
  const products = await rows<ProductCheck>(db, sql`
    SELECT id, producer_id, name_vi, name_en, stars, revoked, expiry_date::text AS expiry_date
    FROM products WHERE ${inArray(sql`id`, productIds)}`);
  const foreign = products.filter((p) => p.producer_id !== producer.id).map((p) => p.id);
  const missing = productIds.filter((id) => !products.some((p) => p.id === id));
  if (foreign.length || missing.length) {
    throw badRequest('not_your_products', { vi: 'Sản phẩm không thuộc chủ thể đăng ký', en: "These products are not the applicant's" }, { productIds: [...foreign, ...missing] });
  }
  const today = clock.today();
  const ineligible = products.flatMap((p) => {
    const reason = productIneligibility({ stars: p.stars, revoked: p.revoked, expiryDate: p.expiry_date }, producer.country, fair, today);
    return reason === null ? [] : [{ productId: p.id, name: { vi: p.name_vi, en: p.name_en }, reason }];
  });
  if (ineligible.length) {
    const named = describeIneligible(ineligible);
    throw badRequest(
      'certificate_not_valid_for_fair',
      {
        vi: `Sản phẩm cần giấy chứng nhận OCOP từ ${fair.minStars} sao còn hiệu lực suốt hội chợ: ${named.vi}`,
        en: `Products need an OCOP certificate of at least ${fair.minStars} stars valid on every fair day: ${named.en}`,
      },
      { productIds: ineligible.map((p) => p.productId), products: ineligible },
    );
  }
}
