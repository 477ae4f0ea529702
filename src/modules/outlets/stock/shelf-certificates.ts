import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { Localized } from '../../../shared/localized.ts';
import { certificateStatus, currentCertificate, isInForce } from '../../catalogue/domain/certificate-status.ts';
import { certificates, producers, products } from '../../catalogue/tables.ts';

export type ShelfCertificateStatus = 'valid' | 'expiring' | 'expired' | 'revoked' | 'none';

export interface ShelfProduct {
  id: string;
  code: string;
  name: Localized;
  producer: string;
  stars: number | null;
  expiryDate: string | null;
  revokedOn: string | null;
  status: ShelfCertificateStatus;
  /** 3★ or more and in force today: counts toward the OCOP share. */
  ocop: boolean;
}

/**
 * The products on shelves as a shopper should see them today: the certificate status is worked
 * out from the certificates and the day, never from a stored flag, so a product is flagged on
 * every shelf from the day after its expiry date or from the day of its revocation.
 */
export async function shelfProducts(db: Queryable, productIds: readonly string[], today: string): Promise<Map<string, ShelfProduct>> {
  const found = new Map<string, ShelfProduct>();
  if (productIds.length === 0) return found;
  const ids = [...new Set(productIds)];
  const productRows = await db.select({ id: products.id, code: products.code, nameVi: products.nameVi, nameEn: products.nameEn, producer: producers.name })
    .from(products).innerJoin(producers, eq(producers.id, products.producerId)).where(inArray(products.id, ids));
  const certificateRows = await db.select({
    productId: certificates.productId, stars: certificates.stars, issueDate: certificates.issueDate, expiryDate: certificates.expiryDate, revokedAt: certificates.revokedOn,
  }).from(certificates).where(inArray(certificates.productId, ids));
  const byProduct = new Map<string, typeof certificateRows>();
  for (const c of certificateRows) byProduct.set(c.productId, [...(byProduct.get(c.productId) ?? []), c]);
  for (const p of productRows) {
    const current = currentCertificate(byProduct.get(p.id) ?? [], today);
    const certified = current ? certificateStatus(current, today) : null;
    const status: ShelfCertificateStatus = certified ?? 'none';
    found.set(p.id, {
      id: p.id, code: p.code, name: { vi: p.nameVi, en: p.nameEn }, producer: p.producer,
      stars: current?.stars ?? null, expiryDate: current?.expiryDate ?? null, revokedOn: current?.revokedAt ?? null,
      status, ocop: Boolean(current && certified && current.stars >= 3 && isInForce(certified)),
    });
  }
  return found;
}

/** Why a shelf must act on a product, or null when its mark is fine. */
export function shelfFlag(product: ShelfProduct): Localized | null {
  if (product.status === 'revoked') return { vi: `Giấy chứng nhận OCOP bị thu hồi từ ${dmy(product.revokedOn)}`, en: `OCOP certificate revoked on ${dmy(product.revokedOn)}` };
  if (product.status === 'expired') return { vi: `Giấy chứng nhận OCOP hết hạn ngày ${dmy(product.expiryDate)}`, en: `OCOP certificate expired on ${dmy(product.expiryDate)}` };
  return null;
}

const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
