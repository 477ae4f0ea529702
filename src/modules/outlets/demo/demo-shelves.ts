import type { Random } from '../../catalogue/demo/prng.ts';
import { firstDay, monthsBetween, type Month } from '../sales/months.ts';
import type { ShelfProduct } from '../stock/shelf-certificates.ts';
import type { outletSalesLines, outletSalesReports, outletStockItems } from '../tables.ts';

export type DemoHealth = 'healthy' | 'missed-report' | 'sales-falling' | 'ocop-share-low' | 'expired-products';

const OTHER_PRODUCTS = [
  ['Chè lam Thạch Xá', 'local-specialty'], ['Kẹo dồi lạc Đường Lâm', 'local-specialty'], ['Tương nếp Cự Đà', 'typical-rural-product'],
  ['Nón lá Chuông', 'typical-rural-product'], ['Bánh tẻ Phú Nhi', 'local-specialty'], ['Mật ong Ba Vì', 'key-product'],
  ['Miến dong Minh Hồng', 'typical-rural-product'], ['Quạt giấy Chàng Sơn', 'typical-rural-product'],
] as const;

/** The lines on a demo point's shelves: mostly valid OCOP products; an unhealthy point gets what trips its rule. */
export function demoStock(random: Random, pointId: string, since: string, health: DemoHealth, ocop: readonly ShelfProduct[], flagged: readonly ShelfProduct[], price: (p: ShelfProduct) => number) {
  const lines: (typeof outletStockItems.$inferInsert & { id: string })[] = [];
  const used = new Set<string>();
  const add = (product: ShelfProduct) => {
    if (used.has(product.id)) return;
    used.add(product.id);
    lines.push({ id: crypto.randomUUID(), pointId, productId: product.id, quantity: random.int(4, 60), priceVnd: price(product), ownership: random.chance(0.7) ? 'consigned' : 'bought', since });
  };
  const ocopCount = health === 'ocop-share-low' ? random.int(2, 3) : random.int(7, 12);
  for (let i = 0; i < ocopCount; i++) add(random.pick(ocop));
  if (health === 'expired-products' && flagged.length > 0) { add(random.pick(flagged)); add(random.pick(flagged)); }
  const others = health === 'ocop-share-low' ? random.int(4, 6) : random.int(0, 2);
  for (let i = 0; i < others; i++) {
    const [name, basis] = OTHER_PRODUCTS[(i + random.int(0, OTHER_PRODUCTS.length - 1)) % OTHER_PRODUCTS.length] ?? OTHER_PRODUCTS[0];
    if (lines.some((l) => l.otherName === name)) continue;
    lines.push({ id: crypto.randomUUID(), pointId, otherName: name, otherBasis: basis, quantity: random.int(10, 80), priceVnd: random.int(3, 30) * 10_000, ownership: 'bought', since });
  }
  return lines;
}

/**
 * Monthly reports from the month after opening to the latest due month: a seasonal level with
 * noise, rising gently; an unhealthy point misses the latest report or falls two months running.
 */
export function demoSales(random: Random, pointId: string, firstMonth: Month, dueMonth: Month, health: DemoHealth, stock: readonly { id: string; priceVnd: number }[], submittedAt: Date) {
  const reports: (typeof outletSalesReports.$inferInsert & { id: string })[] = [];
  const lines: (typeof outletSalesLines.$inferInsert)[] = [];
  if (stock.length === 0 || firstMonth > dueMonth) return { reports, lines };
  const months = monthsBetween(firstMonth, dueMonth);
  const base = random.int(30, 180) * 1_000_000;
  const cheapest = [...stock].sort((x, y) => x.priceVnd - y.priceVnd)[0] ?? stock[0]!;
  let previous = 0;
  months.forEach((month, index) => {
    if (health === 'missed-report' && month === dueMonth) return;
    const fromEnd = months.length - 1 - index;
    const tet = month.endsWith('-01') || month.endsWith('-02') ? 1.5 : 1;
    const falling = health === 'sales-falling' && fromEnd <= 2;
    const level = falling ? base * 0.8 ** (2 - fromEnd) : base * tet * (1 + index * 0.01) * (0.95 + random.next() * 0.1);
    const weights = stock.map(() => 0.5 + random.next());
    const sum = weights.reduce((a, b) => a + b, 0);
    const units = new Map(stock.map((item, i) => [item.id, Math.max(0, Math.round((level * (weights[i] ?? 1)) / sum / Math.max(1, item.priceVnd)))]));
    const total = () => stock.reduce((t, item) => t + (units.get(item.id) ?? 0) * item.priceVnd, 0);
    // The rules read the totals, so the shape is enforced on them: falling points fall, the others end the year up.
    if (falling && fromEnd < 2) for (const item of stock) while (total() >= previous && (units.get(item.id) ?? 0) > 0) units.set(item.id, (units.get(item.id) ?? 0) - 1);
    if (!falling && fromEnd === 0) while (total() <= previous) units.set(cheapest.id, (units.get(cheapest.id) ?? 0) + 1);
    const id = crypto.randomUUID();
    let totalUnits = 0;
    for (const item of stock) {
      const n = units.get(item.id) ?? 0;
      if (n === 0) continue;
      totalUnits += n;
      lines.push({ reportId: id, stockItemId: item.id, units: n, salesVnd: n * item.priceVnd });
    }
    previous = total();
    reports.push({ id, pointId, month: firstDay(month), source: random.chance(0.4) ? 'spreadsheet' : 'form', submittedAt, totalVnd: previous, totalUnits });
  });
  return { reports, lines };
}
