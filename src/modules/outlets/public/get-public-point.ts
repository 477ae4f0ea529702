import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { craftVillages, products } from '../../catalogue/tables.ts';
import type { PublicPointDetail } from '../contract.ts';
import { openState } from '../domain/opening-hours.ts';
import { PUBLIC_POINT_STATUSES } from '../domain/point-status.ts';
import { findPointRow, pointNotFound } from '../points/find-point.ts';
import { listHoursExceptions } from '../points/get-point.ts';
import { listStock } from '../stock/list-stock.ts';

/**
 * A point's public page: how to find and reach it, whether it is open now (Vietnam time), and
 * the products on its shelves today with their certificate status, expired or revoked ones
 * flagged as such rather than hidden.
 */
export async function getPublicPoint(db: Queryable, key: string, now: Date, today: string): Promise<PublicPointDetail> {
  const point = await findPointRow(db, key);
  if (!PUBLIC_POINT_STATUSES.includes(point.status)) throw pointNotFound();
  const exceptions = await listHoursExceptions(db, point.id);
  const stock = await listStock(db, point, today);
  const [village] = point.craftVillageId
    ? await db.select({ id: craftVillages.id, vi: craftVillages.nameVi, en: craftVillages.nameEn }).from(craftVillages).where(eq(craftVillages.id, point.craftVillageId))
    : [];
  const onShelf = stock.items.filter((i) => i.quantity > 0);
  const groupIds = onShelf.flatMap((i) => (i.product ? [i.product.id] : []));
  const categories = groupIds.length ? await db.select({ category: products.categoryCode }).from(products).where(inArray(products.id, groupIds)) : [];
  const groups = new Set(categories.map((c) => c.category.split('.')[0] ?? ''));
  return {
    slug: point.slug, name: { vi: point.nameVi, en: point.nameEn }, kind: point.kind, status: point.status,
    address: point.address, commune: point.commune, legacyDistrict: point.legacyDistrict, latitude: point.latitude, longitude: point.longitude,
    weeklyHours: point.weeklyHours, openNow: openState(now, point.weeklyHours, exceptions), productGroups: [...groups].sort(),
    description: { vi: point.descriptionVi, en: point.descriptionEn || point.descriptionVi }, phone: point.phone, email: point.email, photos: point.photos,
    hoursExceptions: exceptions.filter((e) => e.endsOn >= today).map(({ id: _id, ...e }) => e),
    craftVillage: village ? { id: village.id, name: { vi: village.vi, en: village.en } } : null,
    nearbySites: point.nearbySites,
    products: onShelf.map((i) => ({
      name: i.name, code: i.product?.code ?? null, producer: i.product?.producer ?? null, stars: i.product?.stars ?? null,
      certificateStatus: i.certificateStatus, flagged: i.flagged, priceVnd: i.priceVnd,
    })),
    checkedOn: today,
  };
}
