import { inArray, sql } from 'drizzle-orm';
import { demoEmail } from '../../accounts/seed-demo-accounts.ts';
import { users } from '../../accounts/tables.ts';
import { createRandom } from '../../catalogue/demo/prng.ts';
import { craftVillages, products } from '../../catalogue/tables.ts';
import type { Database, Tx } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { clock } from '../../../shared/time/clock.ts';
import { addDays, addMonths } from '../../../shared/time/iso-date.ts';
import { ensureShippedCriteria } from '../criteria/ensure-shipped-criteria.ts';
import { latestVersionForKind } from '../criteria/criteria-versions.ts';
import type { PointKind } from '../domain/point-kinds.ts';
import { latestDueMonth } from '../sales/months.ts';
import { shelfProducts, type ShelfProduct } from '../stock/shelf-certificates.ts';
import { outletOperators, outletPoints } from '../tables.ts';
import { DAILY, DEMO_COMMUNES, LONG, OFFICE, OTHER_STATUSES, PILOT_POINTS } from './demo-places.ts';
import { demoLifeOf, type DemoPoint } from './demo-life.ts';
import type { DemoHealth } from './demo-shelves.ts';

const KINDS: readonly (readonly [PointKind, number])[] = [['shop', 40], ['kiosk', 25], ['corner', 20], ['showroom', 10], ['creative-design-centre', 5]];
const KIND_NAMES: Record<PointKind, string> = { shop: 'Cửa hàng OCOP', kiosk: 'Ki-ốt OCOP', corner: 'Góc OCOP', showroom: 'Trung tâm giới thiệu sản phẩm OCOP', 'creative-design-centre': 'Trung tâm thiết kế sáng tạo OCOP' };
const KIND_NAMES_EN: Record<PointKind, string> = { shop: 'OCOP shop', kiosk: 'OCOP kiosk', corner: 'OCOP corner', showroom: 'OCOP showroom', 'creative-design-centre': 'OCOP creative design centre' };
const AREA: Record<PointKind, [number, number]> = { shop: [50, 120], kiosk: [9, 30], corner: [12, 40], showroom: [100, 300], 'creative-design-centre': [500, 900] };
const PLACES = ['chợ', 'siêu thị', 'khách sạn', 'bến xe', 'trạm dừng nghỉ', 'bưu điện', 'khu du lịch', 'trung tâm thương mại'];
const LOCATION_OF_PLACE = [3, 3, 4, 1, 2, 8, 4, 3];

/** Unhealthy points among the operating ones: each early-warning rule tripped by a few. */
const HEALTH_CYCLE: readonly DemoHealth[] = ['healthy', 'healthy', 'missed-report', 'healthy', 'sales-falling', 'healthy', 'ocop-share-low', 'healthy', 'expired-products', 'healthy', 'healthy'];

/**
 * The points of sale of the demo programme, relative to today: the five pilots (the Center's
 * showroom and Bát Tràng operating with twelve months of sales, Vạn Phúc equipping with its
 * ceremony ahead, Sài Sơn a candidate whose survey is in review, Đường Lâm approved) and about a
 * hundred others across Hanoi in every state, some tripping each early-warning rule. Written in
 * a few bulk inserts so the whole demo stays quick to seed.
 */
export async function seedDemoOutlets(database: Database, today = clock.today()): Promise<{ points: number }> {
  await ensureShippedCriteria(database);
  const random = createRandom('outlets-demo');
  const db = database.db;
  const people = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, [demoEmail('surveyor'), demoEmail('operator'), demoEmail('organizer')]));
  const idOf = (role: 'surveyor' | 'operator' | 'organizer') => people.find((u) => u.email === demoEmail(role))?.id ?? null;
  const villages = await db.select({ id: craftVillages.id, name: craftVillages.nameVi, commune: craftVillages.commune, legacy: craftVillages.legacyDistrict, lat: craftVillages.latitude, lng: craftVillages.longitude }).from(craftVillages).orderBy(craftVillages.nameVi, craftVillages.id);
  const catalogue = await db.select({ id: products.id, min: products.priceMinVnd, max: products.priceMaxVnd }).from(products);
  const shelf = await shelfProducts(db, catalogue.map((p) => p.id), today);
  const ocop = [...shelf.values()].filter((p) => p.ocop).sort((a, b) => a.code.localeCompare(b.code));
  const flagged = [...shelf.values()].filter((p) => p.status === 'expired' || p.status === 'revoked').sort((a, b) => a.code.localeCompare(b.code));
  const prices = new Map(catalogue.map((p) => [p.id, Math.max(10_000, Math.round(((p.min ?? 80_000) + (p.max ?? p.min ?? 120_000)) / 2 / 1000) * 1000)]));
  const price = (p: ShelfProduct) => prices.get(p.id) ?? 100_000;
  const [photo] = await rows<{ id: string }>(db, sql`SELECT id FROM files WHERE kind = 'image' ORDER BY id LIMIT 1`);

  const points: DemoPoint[] = PILOT_POINTS.map((p, i) => ({
    id: crypto.randomUUID(), slug: p.slug, nameVi: p.name.vi, nameEn: p.name.en, kind: p.kind, locationType: p.locationType, address: p.address,
    commune: p.commune, legacyDistrict: p.legacyDistrict, latitude: p.lat, longitude: p.lng, floorAreaM2: p.floorAreaM2, weeklyHours: p.hours,
    descriptionVi: p.description.vi, descriptionEn: p.description.en, nearbySites: p.nearby.map((n) => ({ name: n })),
    craftVillageId: villages.find((v) => v.name === p.village)?.id ?? null, status: p.status, pilot: true,
    health: 'healthy', openedMonthsAgo: i < 2 ? 14 : 0,
  }));
  const used = new Set(points.map((p) => p.slug));
  for (let i = 0; i < 100; i++) {
    const kind = random.weighted(KINDS);
    const village = random.chance(0.35) ? random.pick(villages.filter((v) => v.lat !== null)) : null;
    const place = village ? null : random.pick(DEMO_COMMUNES);
    const placeIndex = random.int(0, PLACES.length - 1);
    const where = village ? village.name.replace(/^Làng (nghề )?/, '').replace(/^(gốm|lụa|cổ|mây tre đan|sơn mài|khảm trai|điêu khắc gỗ|điêu khắc|bánh chưng) /, '') : `${PLACES[placeIndex]} ${place?.commune.replace(/^(Phường|Xã) /, '')}`;
    const status = random.weighted(OTHER_STATUSES);
    let slug = `${kind}-${String(i + 1).padStart(3, '0')}`;
    while (used.has(slug)) slug += 'x';
    used.add(slug);
    const [minArea, maxArea] = AREA[kind];
    points.push({
      id: crypto.randomUUID(), slug: `diem-ban-${slug}`, nameVi: `${KIND_NAMES[kind]} ${where} ${i + 1}`, nameEn: `${KIND_NAMES_EN[kind]} ${i + 1}`, kind,
      locationType: village ? 5 : (LOCATION_OF_PLACE[placeIndex] ?? 3), address: village ? `Trung tâm ${village.name}` : `Số ${random.int(1, 300)} đường chính, ${PLACES[placeIndex]}`,
      commune: village?.commune ?? place?.commune ?? 'Phường Hoàn Kiếm', legacyDistrict: village?.legacy ?? place?.legacy ?? null,
      latitude: (village?.lat ?? place?.lat ?? 21.03) + (random.next() - 0.5) * 0.02, longitude: (village?.lng ?? place?.lng ?? 105.85) + (random.next() - 0.5) * 0.02,
      floorAreaM2: random.int(minArea, maxArea), weeklyHours: random.pick([DAILY, LONG, OFFICE]), descriptionVi: '', descriptionEn: '', nearbySites: [],
      craftVillageId: village?.id ?? null, status, pilot: false,
      health: status === 'operating' ? (HEALTH_CYCLE[i % HEALTH_CYCLE.length] ?? 'healthy') : 'healthy', openedMonthsAgo: status === 'opened' ? 1 : random.int(4, 30),
    });
  }

  const definitions = new Map<PointKind, { id: string; definition: Awaited<ReturnType<typeof latestVersionForKind>>['definition'] }>();
  for (const kind of new Set(points.map((p) => p.kind))) definitions.set(kind, await latestVersionForKind(db, kind));
  const context = { random, today, now: clock.now(), dueMonth: latestDueMonth(today), surveyorId: idOf('surveyor'), organizerId: idOf('organizer'), sourcePhotoId: photo?.id ?? null, definitions, ocop, flagged, price };

  await db.transaction(async (tx: Tx) => {
    await tx.insert(outletPoints).values(points.map(({ health: _h, openedMonthsAgo, ...p }) => ({
      ...p, photos: [], operatorName: p.pilot ? 'Sở Công Thương Hà Nội' : 'Hộ kinh doanh địa phương', contactName: 'Bộ phận bán hàng', phone: `024 ${String(3800_0000 + random.int(0, 99_9999)).replace(/(\d{4})(\d{4})/, '$1 $2')}`, email: '',
      openedOn: ['opened', 'operating', 'suspended', 'closed'].includes(p.status) ? addMonths(today, -openedMonthsAgo) : null,
      decisionNumber: ['rejected', 'candidate', 'surveyed'].includes(p.status) ? null : `${random.int(100, 999)}/QĐ-SCT`,
      decisionDate: ['rejected', 'candidate', 'surveyed'].includes(p.status) ? null : addDays(today, -30 * (openedMonthsAgo + 3)),
      statusChangedAt: context.now, createdAt: context.now, updatedAt: context.now,
    })));
    await demoLifeOf(tx, points, context);
    const operatorId = idOf('operator');
    const showroom = points[0];
    if (operatorId && showroom) await tx.insert(outletOperators).values({ userId: operatorId, pointId: showroom.id });
  });
  return { points: points.length };
}
