import { clock } from '../../../shared/time/clock.ts';
import { eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { addDays } from '../../catalogue/domain/iso-date.ts';
import { createRandom } from '../../catalogue/demo/prng.ts';
import { AllocationRuns } from '../allocation-run/allocation-runs.ts';
import { createFair, updateFair } from '../fairs/save-fair.ts';
import { layoutWalkingStreet } from '../floor-plan/layout-walking-street.ts';
import { replaceFloorPlan } from '../floor-plan/save-floor-plan.ts';
import {
  fairApplicationProducts, fairApplications, fairDailyProductSales, fairDailyReports, fairProgrammeItems, fairVisitorCounts, stallAssignments,
  type ApplicationStatus,
} from '../tables.ts';

const STALLS = 150;

/** 150 exhibitor stalls (plus the stage and the services) on Trịnh Công Sơn walking street: the shortest street that holds them. */
function trinhCongSonStreet() {
  for (let length = 200; ; length += 3) {
    const plan = layoutWalkingStreet({
      lengthMetres: length,
      crossings: [Math.round(length / 2)],
      stageAt: Math.round(length * 0.3),
      stageLength: 12,
      zones: [
        { zone: 'northern-mountains', share: 0.22 }, { zone: 'red-river-delta', share: 0.3 }, { zone: 'central-highlands', share: 0.18 },
        { zone: 'southern-delta', share: 0.18 }, { zone: 'foreign', share: 0.12 },
      ],
    });
    const exhibitor = plan.filter((s) => s.zone !== 'stage' && s.zone !== 'service');
    if (exhibitor.length >= STALLS) {
      const kept = new Set(exhibitor.slice(0, STALLS).map((s) => s.code));
      return plan.filter((s) => s.zone === 'stage' || s.zone === 'service' || kept.has(s.code));
    }
  }
}

/**
 * The demo's Trịnh Công Sơn regional-culture fair: five days, running now (day 3), about 250
 * applications in every state, an allocation with most offers confirmed, a stage programme and
 * three days of reported sales and visitors.
 */
export async function seedDemoFair(database: Database, today: string): Promise<void> {
  const random = createRandom('fair-trinh-cong-son');
  const startsOn = addDays(today, -2);
  const endsOn = addDays(startsOn, 4);
  const fair = await createFair(database, SYSTEM_ACTOR, {
    slug: 'trinh-cong-son',
    name: { vi: 'Hội chợ OCOP và sản phẩm vùng miền – phố đi bộ Trịnh Công Sơn', en: 'OCOP and regional products fair – Trinh Cong Son walking street' },
    theme: { vi: 'Sắc màu văn hóa các vùng miền', en: 'The colours of regional cultures' },
    description: {
      vi: 'Hội chợ giới thiệu sản phẩm OCOP gắn với văn hóa vùng miền: miền núi phía Bắc, đồng bằng sông Hồng, miền Trung – Tây Nguyên, đồng bằng Nam Bộ và gian hàng quốc tế (Lào, Thái Lan, Nhật Bản).',
      en: 'OCOP products and the cultures they come from: the northern mountains, the Red River Delta, the Centre and Central Highlands, the Southern Delta, and an international pavilion (Laos, Thailand, Japan).',
    },
    venue: { vi: 'Phố đi bộ Trịnh Công Sơn, phường Tây Hồ', en: 'Trinh Cong Son walking street, Tay Ho ward' },
    venueAddress: 'Phố Trịnh Công Sơn, phường Tây Hồ, Hà Nội',
    latitude: 21.0653,
    longitude: 105.8276,
    startsOn,
    endsOn,
    opensAt: '08:00',
    closesAt: '22:00',
    stallFeeVnd: 6_000_000,
  });
  await replaceFloorPlan(database, SYSTEM_ACTOR, fair.id, trinhCongSonStreet());
  await updateFair(database, SYSTEM_ACTOR, fair.id, { status: 'applications-open' });

  // Producers whose products can be shown (certified through the fair, or foreign enterprises),
  // about 2.3 per stall of their zone, so every zone is contested as at a real fair.
  const eligible = await rows<{ producer_id: string; foreign: boolean; zone: string; product_ids: string[] }>(database.db, sql`
    SELECT pr.id AS producer_id, pr.type = 'foreign-enterprise' AS foreign, coalesce(pr.region, 'foreign') AS zone,
      (array_agg(p.id ORDER BY p.stars DESC NULLS LAST, p.name_vi))[1:3] AS product_ids
    FROM producers pr JOIN products p ON p.producer_id = pr.id
    WHERE (pr.type = 'foreign-enterprise') OR (NOT p.revoked AND p.expiry_date >= ${endsOn}::date)
    GROUP BY pr.id ORDER BY pr.name`);
  const zoneStalls = await rows<{ zone: string; n: number }>(database.db, sql`SELECT zone, count(*)::int AS n FROM stalls WHERE fair_id = ${fair.id} GROUP BY zone`);
  const quota = new Map(zoneStalls.map((z) => [z.zone, Math.ceil(z.n * 2.3)]));
  const candidates = eligible.filter((c) => {
    const left = quota.get(c.zone) ?? 0;
    quota.set(c.zone, left - 1);
    return left > 0;
  });
  // Applicants whose marks lapse before the fair's end were turned away, as the rules require.
  const lapsed = await rows<{ producer_id: string; product_ids: string[] }>(database.db, sql`
    SELECT pr.id AS producer_id, (array_agg(p.id ORDER BY p.name_vi))[1:2] AS product_ids
    FROM producers pr JOIN products p ON p.producer_id = pr.id
    WHERE pr.type <> 'foreign-enterprise' AND p.expiry_date IS NOT NULL
      AND ${notInArray(sql`pr.id`, candidates.map((c) => c.producer_id))}
    GROUP BY pr.id HAVING bool_and(p.revoked OR p.expiry_date < ${endsOn}::date)
    ORDER BY pr.name LIMIT ${Math.max(0, 250 - candidates.length)}`);
  const statuses: [ApplicationStatus, number][] = [['approved', 72], ['submitted', 10], ['waitlisted', 9], ['rejected', 6], ['withdrawn', 3]];
  await database.db.transaction(async (tx) => {
    for (const candidate of candidates) {
      const status = random.weighted(statuses);
      const [application] = await tx.insert(fairApplications).values({
        fairId: fair.id, producerId: candidate.producer_id, stallCount: random.chance(0.2) ? 2 : 1,
        preferredZone: candidate.foreign ? 'foreign' : null, needsPower: random.chance(0.2), needsWater: random.chance(0.08), note: '',
        status, decisionReason: status === 'rejected' ? 'Sản phẩm chưa đáp ứng tiêu chí của hội chợ' : status === 'waitlisted' ? 'Khu vực đã đủ gian hàng' : null,
        decidedAt: status === 'submitted' || status === 'withdrawn' ? null : clock.now(),
      }).returning({ id: fairApplications.id });
      if (!application) throw new Error('insert returned no row');
      await tx.insert(fairApplicationProducts).values(candidate.product_ids.map((productId) => ({ applicationId: application.id, productId })));
    }
    for (const applicant of lapsed) {
      const [application] = await tx.insert(fairApplications).values({
        fairId: fair.id, producerId: applicant.producer_id, stallCount: 1, needsPower: false, needsWater: false, note: '',
        status: 'rejected', decisionReason: 'Giấy chứng nhận OCOP của sản phẩm hết hiệu lực trước ngày kết thúc hội chợ', decidedAt: clock.now(),
      }).returning({ id: fairApplications.id });
      if (!application) throw new Error('insert returned no row');
      await tx.insert(fairApplicationProducts).values(applicant.product_ids.map((productId) => ({ applicationId: application.id, productId })));
    }
  });
  await updateFair(database, SYSTEM_ACTOR, fair.id, { status: 'allocating' });
  const runs = new AllocationRuns(database);
  try {
    const allocated = await (await runs.start(SYSTEM_ACTOR, fair.id, {})).done;
    if (allocated.status !== 'applied') throw new Error(`the demo allocation ended ${allocated.status}: ${allocated.error?.message ?? ''}`);
  } finally {
    await runs.close();
  }

  await database.db.transaction(async (tx) => {
    const offers = await tx.select().from(stallAssignments).where(eq(stallAssignments.fairId, fair.id));
    const byApplication = new Map<string, string[]>();
    for (const offer of offers) byApplication.set(offer.applicationId, [...(byApplication.get(offer.applicationId) ?? []), offer.id]);
    const confirmed = [...byApplication.entries()].filter(() => random.chance(0.93));
    const confirmedIds = confirmed.flatMap(([, ids]) => ids);
    if (confirmedIds.length) await tx.update(stallAssignments).set({ status: 'confirmed', holdExpiresAt: null }).where(inArray(stallAssignments.id, confirmedIds));

    // Each stall reports its day product by product (units at a price within the product's range),
    // as an exhibitor does in the web app; the day's sales are their sum.
    const shown = await rows<{ application_id: string; product_id: string; price_min_vnd: string | null; price_max_vnd: string | null }>(tx, sql`
      SELECT fap.application_id, fap.product_id, p.price_min_vnd::text, p.price_max_vnd::text
      FROM fair_application_products fap JOIN products p ON p.id = fap.product_id
      WHERE fap.application_id IN (SELECT id FROM fair_applications WHERE fair_id = ${fair.id})
      ORDER BY fap.application_id, fap.product_id`);
    const productsOf = new Map<string, typeof shown>();
    for (const line of shown) productsOf.set(line.application_id, [...(productsOf.get(line.application_id) ?? []), line]);
    const unitPrice = (line: (typeof shown)[number]) => {
      const low = Number(line.price_min_vnd ?? 0) || 50_000;
      const high = Math.max(low, Number(line.price_max_vnd ?? 0) || low * 4);
      return Math.round(random.int(low, high) / 1_000) * 1_000;
    };
    for (let day = 0; day < 3; day++) {
      const date = addDays(startsOn, day);
      await tx.insert(fairVisitorCounts).values({ fairId: fair.id, day: date, visitors: random.int(8_000, 16_000) + (day === 0 ? 3_000 : 0) });
      for (const [applicationId] of confirmed) {
        if (!random.chance(0.92)) continue; // a few exhibitors forget to report
        const lines = (productsOf.get(applicationId) ?? []).map((line) => {
          const units = random.int(2, 40);
          return { productId: line.product_id, units, salesVnd: units * unitPrice(line) };
        });
        const [report] = await tx.insert(fairDailyReports).values({
          fairId: fair.id, applicationId, day: date, checkedInAt: new Date(`${date}T07:${String(random.int(10, 59)).padStart(2, '0')}:00+07:00`),
          salesVnd: lines.length ? lines.reduce((sum, l) => sum + l.salesVnd, 0) : random.int(15, 600) * 100_000,
        }).returning({ id: fairDailyReports.id });
        if (report && lines.length) await tx.insert(fairDailyProductSales).values(lines.map((l) => ({ reportId: report.id, ...l })));
      }
    }
    const at = (day: number, time: string) => new Date(`${addDays(startsOn, day)}T${time}:00+07:00`);
    const programme = [
      { kind: 'ceremony', day: 0, from: '08:00', to: '09:00', vi: 'Lễ khai mạc hội chợ', en: 'Opening ceremony' },
      { kind: 'trade-session', day: 0, from: '09:30', to: '11:30', vi: 'Phiên kết nối cung cầu sản phẩm OCOP', en: 'OCOP supply–demand trade session' },
      { kind: 'performance', day: 0, from: '19:30', to: '21:00', vi: 'Đêm văn nghệ dân ca các vùng miền', en: 'Folk songs of the regions' },
      { kind: 'workshop', day: 1, from: '09:00', to: '10:30', vi: 'Trình diễn làm gốm Bát Tràng', en: 'Bat Trang pottery demonstration' },
      { kind: 'performance', day: 1, from: '19:30', to: '21:00', vi: 'Biểu diễn cồng chiêng Tây Nguyên', en: 'Central Highlands gong performance' },
      { kind: 'workshop', day: 2, from: '15:00', to: '16:30', vi: 'Hướng dẫn pha trà Shan tuyết', en: 'Shan tuyet tea brewing workshop' },
      { kind: 'performance', day: 3, from: '19:30', to: '21:00', vi: 'Đờn ca tài tử Nam Bộ', en: 'Southern amateur music (đờn ca tài tử)' },
      { kind: 'ceremony', day: 4, from: '20:00', to: '21:00', vi: 'Lễ bế mạc và trao giải gian hàng đẹp', en: 'Closing ceremony and best stall awards' },
    ] as const;
    await tx.insert(fairProgrammeItems).values(programme.map((p) => ({
      fairId: fair.id, stage: 'main', kind: p.kind, startsAt: at(p.day, p.from), endsAt: at(p.day, p.to), titleVi: p.vi, titleEn: p.en, descriptionVi: '', descriptionEn: '',
    })));
  });
  await updateFair(database, SYSTEM_ACTOR, fair.id, { status: 'published' });
  await updateFair(database, SYSTEM_ACTOR, fair.id, { status: 'running' });
}
