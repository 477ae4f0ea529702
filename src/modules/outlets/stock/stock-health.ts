import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { PointKind } from '../domain/point-kinds.ts';
import { outletStockItems } from '../tables.ts';
import { minimumOcopShare, ocopShare } from './ocop-share-rule.ts';
import { shelfFlag, shelfProducts } from './shelf-certificates.ts';

export interface StockHealth { percent: number | null; minimumPercent: number | null; meetsRule: boolean | null; expiredProducts: string[] }

/** The OCOP share and the expired or revoked products on the shelves of many points, in three queries. */
export async function stockHealth(db: Queryable, points: readonly { id: string; kind: PointKind }[], today: string): Promise<Map<string, StockHealth>> {
  const result = new Map<string, StockHealth>();
  if (points.length === 0) return result;
  const lines = await db.select().from(outletStockItems).where(inArray(outletStockItems.pointId, points.map((p) => p.id)));
  const products = await shelfProducts(db, lines.flatMap((l) => (l.productId ? [l.productId] : [])), today);
  const rules = new Map<PointKind, number | null>();
  for (const point of points) {
    if (!rules.has(point.kind)) rules.set(point.kind, await minimumOcopShare(db, point.kind));
    const own = lines.filter((l) => l.pointId === point.id).map((l) => ({ line: l, product: l.productId ? products.get(l.productId) : undefined }));
    const share = ocopShare(own.map(({ line, product }) => ({ quantity: line.quantity, ocop: product?.ocop ?? false })), rules.get(point.kind) ?? null);
    const expiredProducts = own.filter(({ line, product }) => line.quantity > 0 && product && shelfFlag(product)).map(({ product }) => product?.name.vi ?? '');
    result.set(point.id, { percent: share.percent, minimumPercent: share.minimumPercent, meetsRule: share.meetsRule, expiredProducts });
  }
  return result;
}
