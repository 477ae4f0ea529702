import { and, asc, eq, gte, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { createRandom } from '../../catalogue/demo/prng.ts';
import { addDays } from '../../catalogue/domain/iso-date.ts';
import { producers, products } from '../../catalogue/tables.ts';
import { clock } from '../../../shared/time/clock.ts';
import { findConference } from '../conferences/find-conference.ts';
import { createConference, updateConference } from '../conferences/save-conference.ts';
import { matchFit } from '../domain/match-fit.ts';
import type { RequestStatus } from '../domain/values.ts';
import { scheduleConference } from '../meetings/schedule-conference.ts';
import { saveBuyerOrganisation } from '../participants/buyer-organisations.ts';
import { listBuyerEntries, listProducerEntries } from '../participants/list-participants.ts';
import { upsertBuyerEntry } from '../participants/register-participants.ts';
import { conferenceProducers, frameworkAgreements, meetingRequests, meetings, tradeAgreements } from '../tables.ts';
import { DEMO_BUYERS } from './demo-buyers.ts';

export const DEMO_CONFERENCE = 'ket-noi-cung-cau-ha-noi';
const PRODUCERS = 150;
const SLOTS_PER_DAY = 8;
const PARTNER_PROVINCES = ['Lào Cai', 'Sơn La', 'Hà Giang', 'Thái Nguyên', 'Đắk Lắk', 'Cần Thơ'];

/**
 * The demo's supply–demand conference: yesterday and today, running now. About 150 producers of
 * the catalogue and 40 buyers; requests in every state; the schedule the scheduler made; the
 * first day's meetings checked in, with MOUs and contracts signed at the tables; framework
 * agreements with six provinces. Returns the buyer organisation the demo buyer account acts for.
 */
export async function seedDemoConference(database: Database, demoProducerId: string | null): Promise<{ buyerOrganisationId: string }> {
  const random = createRandom('conference-ket-noi');
  const today = clock.today();
  const day1 = addDays(today, -1);
  const created = await createConference(database, SYSTEM_ACTOR, {
    slug: DEMO_CONFERENCE,
    name: { vi: 'Hội nghị kết nối cung cầu sản phẩm OCOP Hà Nội', en: 'Hanoi OCOP supply–demand conference' },
    description: {
      vi: 'Kết nối chủ thể OCOP của Hà Nội và các tỉnh, thành với chuỗi siêu thị, nhà phân phối, doanh nghiệp xuất khẩu, khách sạn, hãng hàng không, cửa hàng miễn thuế và sàn thương mại điện tử.',
      en: "Hanoi's and other provinces' OCOP producers meet supermarket chains, distributors, exporters, hotels, airlines, duty-free shops and e-commerce platforms.",
    },
    venue: { vi: 'Cung Văn hóa Hữu nghị Việt Xô', en: 'Vietnam–Soviet Friendship Cultural Palace' },
    venueAddress: '91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
    startsOn: day1, endsOn: today,
    programme: [
      { day: day1, startsAt: '08:00', endsAt: '09:30', title: { vi: 'Phiên toàn thể: cung cầu sản phẩm OCOP 2025–2030', en: 'Plenary: OCOP supply and demand 2025–2030' } },
      { day: day1, startsAt: '09:30', endsAt: '10:30', title: { vi: 'Ký kết thỏa thuận khung giữa Sở Công Thương Hà Nội và các tỉnh', en: "Signing of framework agreements between Hanoi's and the provinces' Departments of Industry and Trade" } },
      { day: day1, startsAt: '10:30', endsAt: '11:30', title: { vi: 'Tham quan khu trưng bày sản phẩm', en: 'Product exhibition tour' } },
    ],
    sessions: [
      { day: day1, startsAt: '13:30', slotMinutes: 20, slots: SLOTS_PER_DAY },
      { day: today, startsAt: '08:30', slotMinutes: 20, slots: SLOTS_PER_DAY },
    ],
    poolTables: 6, registrationOpensOn: addDays(today, -30), registrationClosesOn: addDays(today, -7), requestsCloseOn: addDays(today, -2), requestExpiryHours: 72,
  });
  await updateConference(database, SYSTEM_ACTOR, created.id, { status: 'registration' });
  const all = Array.from({ length: 2 * SLOTS_PER_DAY }, (_, i) => i);
  const partDay = (): number[] => random.weighted([[all, 6], [all.slice(0, SLOTS_PER_DAY), 2], [all.slice(SLOTS_PER_DAY), 2]] as const).slice();

  // Producers with a valid certificate, the demo producer account's first.
  const certified = await database.db.selectDistinct({ id: producers.id, name: producers.name }).from(producers)
    .innerJoin(products, eq(products.producerId, producers.id))
    .where(and(isNotNull(products.stars), gte(products.expiryDate, today))).orderBy(asc(producers.name), asc(producers.id));
  const chosen = [...certified.filter((p) => p.id === demoProducerId), ...certified.filter((p) => p.id !== demoProducerId)].slice(0, PRODUCERS);
  const ownProducts = await database.db.select({ id: products.id, producerId: products.producerId }).from(products)
    .where(and(isNotNull(products.stars), gte(products.expiryDate, today))).orderBy(asc(products.code));
  let buyerOrganisationId = '';
  await database.db.transaction(async (tx) => {
    const conference = await findConference(tx, created.id, 'system', { lock: true });
    await tx.insert(conferenceProducers).values(chosen.map((p) => ({
      conferenceId: conference.id, producerId: p.id, available: p.id === demoProducerId ? all : partDay(),
      productIds: ownProducts.filter((x) => x.producerId === p.id).slice(0, 4).map((x) => x.id),
    })));
    for (const [index, buyer] of DEMO_BUYERS.entries()) {
      const { pool, ...organisation } = buyer;
      const saved = await saveBuyerOrganisation(tx, SYSTEM_ACTOR, organisation);
      if (index === 0) buyerOrganisationId = saved.id;
      await upsertBuyerEntry(tx, SYSTEM_ACTOR, conference, saved.id, { tableMode: pool ? 'pool' : 'own', available: index === 0 ? all : partDay() });
    }
  });

  // Requests: each producer asks its best-fitting buyers (popular buyers get many), some buyers ask back.
  const [producerEntries, buyerEntries] = await Promise.all([listProducerEntries(database.db, created.id), listBuyerEntries(database.db, created.id)]);
  const requests: (typeof meetingRequests.$inferInsert)[] = [];
  const now = clock.now().getTime();
  const STATES: (readonly [RequestStatus, number])[] = [['accepted', 66], ['pending', 10], ['declined', 10], ['cancelled', 5], ['expired', 9]];
  producerEntries.forEach((producer, i) => {
    const ranked = buyerEntries.map((b) => ({ b, fit: matchFit(producer, { ...b.organisation, available: b.available }) }))
      .filter((x) => x.fit.commonSlots > 0 && x.fit.score > 0).sort((x, y) => y.fit.score - x.fit.score || x.b.id.localeCompare(y.b.id));
    const count = producer.producerId === demoProducerId ? 6 : random.int(2, 5);
    for (const [k, { b }] of ranked.slice(0, count).entries()) {
      const status = producer.producerId === demoProducerId && k < 4 ? 'accepted' : random.weighted(STATES);
      const createdAt = new Date(now - (10 * 24 - i) * 3_600_000 - k * 60_000);
      const expired = status === 'expired';
      requests.push({
        conferenceId: created.id, producerEntryId: producer.id, buyerEntryId: b.id, fromSide: random.chance(0.75) ? 'producer' : 'buyer',
        message: random.pick(['Kính mong được gặp để giới thiệu sản phẩm.', 'Chúng tôi muốn trao đổi về đơn hàng thường xuyên.', 'Xin đề xuất gặp trao đổi về giá và sản lượng.', '']),
        priority: random.weighted([[1, 5], [2, 3], [3, 2], [4, 1]] as const), status,
        expiresAt: new Date(createdAt.getTime() + (expired ? 72 : status === 'pending' ? 24 * 20 : 72) * 3_600_000),
        decidedAt: status === 'pending' ? null : new Date(createdAt.getTime() + 20 * 3_600_000), createdAt,
      });
    }
  });
  // The demo buyer account's organisation meets a few producers for sure.
  const demoBuyer = buyerEntries.find((b) => b.organisation.id === buyerOrganisationId);
  for (const producer of demoBuyer ? producerEntries.slice(0, 6) : []) {
    if (!demoBuyer || requests.some((r) => r.producerEntryId === producer.id && r.buyerEntryId === demoBuyer.id)) continue;
    const createdAt = new Date(now - 5 * 24 * 3_600_000);
    requests.push({
      conferenceId: created.id, producerEntryId: producer.id, buyerEntryId: demoBuyer.id, fromSide: 'buyer', message: 'Mời quý đơn vị gặp trao đổi về cung ứng cho hệ thống.',
      priority: 3, status: 'accepted', expiresAt: new Date(createdAt.getTime() + 72 * 3_600_000), decidedAt: new Date(createdAt.getTime() + 3_600_000), createdAt,
    });
  }
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < requests.length; i += 500) await tx.insert(meetingRequests).values(requests.slice(i, i + 500));
  });

  await updateConference(database, SYSTEM_ACTOR, created.id, { status: 'matching' });
  await scheduleConference(database, SYSTEM_ACTOR, created.id, 5);
  await updateConference(database, SYSTEM_ACTOR, created.id, { status: 'scheduled' });
  await updateConference(database, SYSTEM_ACTOR, created.id, { status: 'running' });
  await recordFirstDay(database, created.id, random, day1);
  return { buyerOrganisationId };
}

/** Yesterday's meetings checked in (a few no-shows), and MOUs or contracts from about 40 % of those held. */
async function recordFirstDay(database: Database, conferenceId: string, random: ReturnType<typeof createRandom>, day1: string): Promise<void> {
  const firstDay = await database.db.select().from(meetings).where(and(eq(meetings.conferenceId, conferenceId), sql`${meetings.slot} < ${SLOTS_PER_DAY}`)).orderBy(asc(meetings.slot), asc(meetings.tableCode));
  const entries = new Map((await listProducerEntries(database.db, conferenceId)).map((p) => [p.id, p]));
  const buyers = new Map((await listBuyerEntries(database.db, conferenceId)).map((b) => [b.id, b]));
  await database.db.transaction(async (tx) => {
    const agreements: (typeof tradeAgreements.$inferInsert)[] = [];
    for (const m of firstDay) {
      const noShow = random.chance(0.1);
      await tx.update(meetings).set(noShow ? { status: 'no-show', absent: random.pick(['producer', 'buyer'] as const), checkedInAt: clock.now() } : { status: 'held', checkedInAt: clock.now() })
        .where(eq(meetings.id, m.id));
      const producer = entries.get(m.producerEntryId);
      const buyer = buyers.get(m.buyerEntryId);
      if (noShow || !producer || !buyer || !random.chance(0.45)) continue;
      const contract = random.chance(0.2);
      agreements.push({
        conferenceId, producerId: producer.producerId, buyerOrganisationId: buyer.organisation.id, meetingId: m.id, kind: contract ? 'contract' : 'mou',
        productIds: producer.products.slice(0, random.int(1, Math.max(1, producer.products.length))).map((p) => p.id),
        volume: random.pick(['500 kg/tháng', '2 tấn/quý', '1.000 sản phẩm/tháng', '300 hộp/tháng', '10.000 sản phẩm/năm']),
        valueVnd: random.int(5, 300) * 10_000_000, signedOn: day1,
        followUpStatus: contract ? random.pick(['in-progress', 'signed'] as const) : 'signed', followUpOn: addDays(day1, random.int(14, 60)),
      });
    }
    if (agreements.length > 0) await tx.insert(tradeAgreements).values(agreements);
    await tx.insert(frameworkAgreements).values(PARTNER_PROVINCES.map((province) => ({
      conferenceId, province: 'Hà Nội', partnerProvince: province, signedOn: day1,
      titleVi: `Thỏa thuận hợp tác phát triển thị trường sản phẩm OCOP giữa Hà Nội và ${province}`, titleEn: `Cooperation agreement on OCOP markets between Hanoi and ${province}`,
    })));
  });
}
