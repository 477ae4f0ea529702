import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict, notFound } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { products } from '../../catalogue/tables.ts';
import type { StockInput, StockUpdate } from '../contract.ts';
import { outletSalesLines, outletStockItems } from '../tables.ts';

const stockNotFound = () => notFound({ vi: 'Không tìm thấy mặt hàng trên quầy', en: 'Stock line not found' });

/** Puts a product on a point's shelves: a catalogue product, or another eligible product with its basis. */
export async function addStockItem(database: Database, actor: Actor, pointId: string, input: StockInput): Promise<{ id: string }> {
  if ((input.productId === undefined) === (input.other === undefined)) {
    throw badRequest('product_or_other', { vi: 'Chọn một sản phẩm trong danh mục, hoặc ghi tên và căn cứ của sản phẩm khác', en: 'Give either a catalogue product or another product with its basis' });
  }
  return database.db.transaction(async (tx) => {
    if (input.productId) {
      const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.id, input.productId));
      if (!product) throw badRequest('unknown_product', { vi: 'Không có sản phẩm này trong danh mục', en: 'No such product in the catalogue' });
    }
    const duplicate = input.productId
      ? and(eq(outletStockItems.pointId, pointId), eq(outletStockItems.productId, input.productId))
      : and(eq(outletStockItems.pointId, pointId), sql`ocop_fold(${outletStockItems.otherName}) = ocop_fold(${input.other?.name.trim() ?? ''})`);
    const [existing] = await tx.select({ id: outletStockItems.id }).from(outletStockItems).where(duplicate).limit(1);
    if (existing) throw conflict('already_stocked', { vi: 'Sản phẩm này đã có trên quầy của điểm; hãy sửa số lượng', en: 'The point already stocks this product; change its quantity instead' }, { id: existing.id });
    const values = {
      pointId,
      productId: input.productId ?? null,
      otherName: input.other?.name.trim() ?? null,
      otherBasis: input.other?.basis ?? null,
      quantity: input.quantity,
      priceVnd: input.priceVnd,
      ownership: input.ownership,
      since: input.since ?? clock.today(),
      updatedAt: clock.now(),
    };
    const [row] = await tx.insert(outletStockItems).values(values).returning({ id: outletStockItems.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'outlet-stock.add', entity: 'outlet_stock_item', entityId: row.id, changes: values });
    return row;
  });
}

export async function updateStockItem(database: Database, actor: Actor, pointId: string, id: string, input: StockUpdate): Promise<void> {
  await database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(outletStockItems).where(and(eq(outletStockItems.id, id), eq(outletStockItems.pointId, pointId))).for('update');
    if (!before) throw stockNotFound();
    await tx.update(outletStockItems).set({ ...input, updatedAt: clock.now() }).where(eq(outletStockItems.id, id));
    await recordAudit(tx, actor, { action: 'outlet-stock.update', entity: 'outlet_stock_item', entityId: id, changes: { before: { quantity: before.quantity, priceVnd: before.priceVnd, ownership: before.ownership }, after: input } });
  });
}

/** Takes a line off the shelves; a line with reported sales stays (set its quantity to 0) so the reports keep their products. */
export async function removeStockItem(database: Database, actor: Actor, pointId: string, id: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(outletStockItems).where(and(eq(outletStockItems.id, id), eq(outletStockItems.pointId, pointId))).for('update');
    if (!before) throw stockNotFound();
    const [sold] = await tx.select({ id: outletSalesLines.reportId }).from(outletSalesLines).where(eq(outletSalesLines.stockItemId, id)).limit(1);
    if (sold) throw conflict('stock_has_sales', { vi: 'Mặt hàng đã có doanh số báo cáo; hãy đặt số lượng về 0', en: 'The line has reported sales; set its quantity to 0 instead' });
    await tx.delete(outletStockItems).where(eq(outletStockItems.id, id));
    await recordAudit(tx, actor, { action: 'outlet-stock.remove', entity: 'outlet_stock_item', entityId: id, changes: { productId: before.productId, otherName: before.otherName } });
  });
}
