import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { StockItem, StockList } from '../contract.ts';
import type { PointKind } from '../domain/point-kinds.ts';
import { outletStockItems } from '../tables.ts';
import { minimumOcopShare, ocopShare } from './ocop-share-rule.ts';
import { shelfFlag, shelfProducts } from './shelf-certificates.ts';

/** What a point shows and sells, each line with its certificate status today and the OCOP share against the local rule. */
export async function listStock(db: Queryable, point: { id: string; kind: PointKind }, today: string): Promise<StockList> {
  const found = await db.select().from(outletStockItems).where(eq(outletStockItems.pointId, point.id)).orderBy(asc(outletStockItems.since), asc(outletStockItems.id));
  const products = await shelfProducts(db, found.flatMap((s) => (s.productId ? [s.productId] : [])), today);
  const items: StockItem[] = found.map((s) => {
    const product = s.productId ? products.get(s.productId) : undefined;
    const other = s.otherName && s.otherBasis ? { name: s.otherName, basis: s.otherBasis } : null;
    const flagReason = product ? shelfFlag(product) : null;
    return {
      id: s.id,
      product: product ? { id: product.id, code: product.code, name: product.name, producer: product.producer, stars: product.stars, expiryDate: product.expiryDate, revokedOn: product.revokedOn } : null,
      other,
      name: product?.name ?? { vi: other?.name ?? '', en: other?.name ?? '' },
      certificateStatus: product?.status ?? 'none',
      ocop: product?.ocop ?? false,
      flagged: flagReason !== null,
      flagReason,
      quantity: s.quantity,
      priceVnd: s.priceVnd,
      ownership: s.ownership,
      since: s.since,
    };
  });
  return { checkedOn: today, items, share: ocopShare(items, await minimumOcopShare(db, point.kind)), flagged: items.filter((i) => i.flagged).length };
}
