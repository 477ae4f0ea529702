import type { Tx } from '../../../server/db/database.ts';
import { addDays, addMonths } from '../../../shared/time/iso-date.ts';
import type { Random } from '../../catalogue/demo/prng.ts';
import type { CriteriaDefinition } from '../criteria/definition.ts';
import { evaluateCriteria } from '../criteria/evaluate-criteria.ts';
import type { PointKind } from '../domain/point-kinds.ts';
import type { PointStatus } from '../domain/point-status.ts';
import type { Month } from '../sales/months.ts';
import type { ShelfProduct } from '../stock/shelf-certificates.ts';
import {
  outletOpeningGuests, outletOpenings, outletPointEvents, outletPoints, outletSalesLines, outletSalesReports, outletStockItems, outletSupportItems, outletSurveyReviews,
  outletSurveys, outletSurveySubmissions,
} from '../tables.ts';
import { demoAnswers } from './demo-answers.ts';
import { copyDemoSurveyPhotos } from './demo-survey-photos.ts';
import { demoSales, demoStock, type DemoHealth } from './demo-shelves.ts';

export type DemoPoint = Omit<typeof outletPoints.$inferInsert, 'id' | 'status' | 'email' | 'photos' | 'contactName' | 'phone' | 'operatorName'> & { id: string; status: PointStatus; kind: PointKind; health: DemoHealth; openedMonthsAgo: number };

export interface DemoContext {
  random: Random; today: string; now: Date; dueMonth: Month; surveyorId: string | null; organizerId: string | null;
  /** A stored demo picture each sent survey gets a private copy of as its photos (null: none stored). */
  sourcePhotoId: string | null;
  definitions: Map<PointKind, { id: string; definition: CriteriaDefinition }>;
  ocop: readonly ShelfProduct[]; flagged: readonly ShelfProduct[]; price: (p: ShelfProduct) => number;
}

const PATH: readonly PointStatus[] = ['candidate', 'surveyed', 'approved', 'equipping', 'opened', 'operating'];
const REASONS: Partial<Record<PointStatus, string>> = {
  candidate: 'Đề xuất điểm mới', surveyed: 'Phiếu khảo sát được duyệt', approved: 'Đạt tiêu chí Quyết định 950/QĐ-BCT', rejected: 'Không đạt diện tích tối thiểu',
  equipping: 'Bắt đầu hỗ trợ trang thiết bị', opened: 'Đã tổ chức lễ khai trương', operating: 'Hoạt động ổn định', suspended: 'Tạm ngừng để sửa chữa', closed: 'Đơn vị vận hành xin dừng',
};
const SUPPORT: readonly [string, string, number][] = [
  ['signage', 'Biển hiệu theo Quyết định 3041/QĐ-BCT', 25_000_000], ['shelves', 'Kệ trưng bày gỗ', 40_000_000], ['counter', 'Quầy thu ngân', 15_000_000],
  ['lighting', 'Hệ thống chiếu sáng trưng bày', 12_000_000], ['pos', 'Máy bán hàng POS và đầu đọc mã QR', 18_000_000], ['refrigerator', 'Tủ mát bảo quản thực phẩm', 22_000_000],
];
const chunks = <T>(list: readonly T[], size = 500) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

/** Steps, surveys, support, ceremonies, shelves and sales of the demo points, in bulk. */
export async function demoLifeOf(tx: Tx, points: readonly DemoPoint[], c: DemoContext): Promise<void> {
  const events: (typeof outletPointEvents.$inferInsert)[] = [];
  const surveys: (typeof outletSurveys.$inferInsert)[] = [];
  const submissions: (typeof outletSurveySubmissions.$inferInsert)[] = [];
  const reviews: (typeof outletSurveyReviews.$inferInsert)[] = [];
  const photoCopies: { id: string; surveyId: string }[] = [];
  const support: (typeof outletSupportItems.$inferInsert)[] = [];
  const openings: (typeof outletOpenings.$inferInsert)[] = [];
  const guests: (typeof outletOpeningGuests.$inferInsert)[] = [];
  const stock: (typeof outletStockItems.$inferInsert)[] = [];
  const reports: (typeof outletSalesReports.$inferInsert)[] = [];
  const lines: (typeof outletSalesLines.$inferInsert)[] = [];
  const { random } = c;
  for (const point of points) {
    const steps = point.status === 'rejected' ? ['candidate', 'rejected'] as PointStatus[]
      : ['suspended', 'closed'].includes(point.status) ? [...PATH, point.status] : PATH.slice(0, PATH.indexOf(point.status) + 1);
    const start = new Date(c.now.getTime() - (point.openedMonthsAgo + 6) * 30 * 86_400_000);
    steps.forEach((to, i) => events.push({
      pointId: point.id, fromStatus: i === 0 ? null : steps[i - 1] ?? null, toStatus: to, reason: REASONS[to] ?? to,
      actorId: c.organizerId, actorEmail: 'organizer@ocop.example', at: new Date(start.getTime() + i * 20 * 86_400_000),
    }));
    const version = c.definitions.get(point.kind);
    const surveyed = steps.includes('surveyed') || point.status === 'rejected' || point.slug === 'diem-ocop-sai-son';
    if (version && c.surveyorId && (surveyed || point.status === 'candidate')) {
      const inReview = point.status === 'candidate';
      const sent = surveyed || inReview && point.slug === 'diem-ocop-sai-son';
      const id = crypto.randomUUID();
      const photoId = crypto.randomUUID();
      if (sent) photoCopies.push({ id: photoId, surveyId: id });
      const answers = sent ? demoAnswers(version.definition, random, photoId, { areaM2: Number(point.floorAreaM2 ?? 50), ocopShare: random.int(72, 95), fail: point.status === 'rejected' }) : {};
      const result = sent ? evaluateCriteria(version.definition, answers, { kind: point.kind }) : null;
      const at = new Date(start.getTime() + 10 * 86_400_000);
      const status = !sent ? 'assigned' : inReview ? 'submitted' : point.status === 'rejected' ? 'rejected' : 'approved';
      surveys.push({
        id, pointId: point.id, criteriaVersionId: version.id, surveyorId: c.surveyorId, assignedBy: c.organizerId, assignedAt: start, dueOn: addDays(c.today, 14),
        status, answers, result, latitude: sent ? point.latitude + 0.0002 : null, longitude: sent ? point.longitude - 0.0001 : null, accuracyM: sent ? 8 : null,
        answeredAt: sent ? at : null, submittedAt: sent ? at : null, updatedAt: at,
      });
      if (sent) submissions.push({ clientId: crypto.randomUUID(), surveyId: id, receivedAt: at });
      if (status === 'approved' || status === 'rejected') {
        reviews.push({ surveyId: id, outcome: status, comment: status === 'approved' ? 'Phiếu đầy đủ, ảnh rõ' : 'Diện tích không đạt mức tối thiểu', reviewerId: c.organizerId, reviewerEmail: 'organizer@ocop.example', at: new Date(at.getTime() + 3 * 86_400_000) });
      }
    }
    if (['approved', 'equipping', 'opened', 'operating', 'suspended', 'closed'].includes(point.status)) {
      const count = random.int(3, SUPPORT.length);
      SUPPORT.slice(0, count).forEach(([kind, description, budget], i) => {
        const done = point.status !== 'approved' && (point.status !== 'equipping' || i < 2);
        const state = done ? 'accepted' : point.status === 'equipping' ? (i === 2 ? 'delivered' : 'ordered') : 'planned';
        support.push({
          pointId: point.id, kind: kind as 'signage', description, budgetVnd: budget, spentVnd: done || state === 'delivered' ? Math.round(budget * (0.9 + random.next() * 0.1) / 1000) * 1000 : null,
          supplier: random.pick(['Công ty CP Quảng cáo Hà Thành', 'Công ty TNHH Nội thất Thăng Long', 'HTX Mộc Chàng Sơn']), status: state, photos: [],
          acceptedOn: state === 'accepted' ? addDays(c.today, -30 * (point.openedMonthsAgo + 1)) : null, acceptedBy: state === 'accepted' ? c.organizerId : null,
          acceptanceNote: state === 'accepted' ? 'Đúng chủng loại, đủ số lượng' : null,
        });
      });
    }
    const selling = ['opened', 'operating', 'suspended', 'closed'].includes(point.status);
    const ceremonyAhead = point.slug === 'diem-ocop-van-phuc';
    if (selling || ceremonyAhead) {
      const opened = ceremonyAhead ? addDays(c.today, 12) : addMonths(c.today, -point.openedMonthsAgo);
      openings.push({
        pointId: point.id, startsAt: new Date(`${opened}T08:30:00+07:00`), endsAt: new Date(`${opened}T11:00:00+07:00`),
        venueVi: 'Tại điểm bán', venueEn: 'At the point of sale',
        announcementVi: `Khai trương ${point.nameVi}: trưng bày, giới thiệu và bán sản phẩm OCOP của Hà Nội.`, announcementEn: `Opening of ${point.nameEn}: Hanoi's OCOP products shown and sold.`,
        programme: [{ at: '08:30', title: { vi: 'Đón khách', en: 'Welcome' } }, { at: '09:00', title: { vi: 'Phát biểu khai mạc', en: 'Opening speech' } }, { at: '09:30', title: { vi: 'Cắt băng khai trương', en: 'Ribbon cutting' } }],
        published: true, createdAt: c.now, updatedAt: c.now,
      });
      if (ceremonyAhead) {
        for (const [name, title, organisation] of [['Nguyễn Văn An', 'Ông', 'Sở Công Thương Hà Nội'], ['Trần Thị Bình', 'Bà', 'UBND phường Hà Đông'], ['Lê Minh Châu', 'Ông', 'Hiệp hội Làng nghề Hà Nội']] as const) {
          guests.push({ pointId: point.id, name, title, organisation, invitationCode: crypto.randomUUID().replace(/-/g, ''), createdAt: c.now });
        }
      }
      if (selling) {
        const since = addMonths(c.today, -point.openedMonthsAgo);
        const shelf = demoStock(random, point.id, since, point.health, c.ocop, c.flagged, c.price);
        stock.push(...shelf);
        if (point.status !== 'closed') {
          const sales = demoSales(random, point.id, since.slice(0, 7), c.dueMonth, point.health, shelf.map((s) => ({ id: s.id, priceVnd: s.priceVnd ?? 0 })), c.now);
          reports.push(...sales.reports);
          lines.push(...sales.lines);
        }
      }
    }
  }
  for (const chunk of chunks(events)) await tx.insert(outletPointEvents).values(chunk);
  for (const chunk of chunks(surveys)) await tx.insert(outletSurveys).values(chunk);
  if (c.sourcePhotoId) await copyDemoSurveyPhotos(tx, c.sourcePhotoId, photoCopies);
  for (const chunk of chunks(submissions)) await tx.insert(outletSurveySubmissions).values(chunk);
  for (const chunk of chunks(reviews)) await tx.insert(outletSurveyReviews).values(chunk);
  for (const chunk of chunks(support)) await tx.insert(outletSupportItems).values(chunk);
  for (const chunk of chunks(openings)) await tx.insert(outletOpenings).values(chunk);
  for (const chunk of chunks(guests)) await tx.insert(outletOpeningGuests).values(chunk);
  for (const chunk of chunks(stock)) await tx.insert(outletStockItems).values(chunk);
  for (const chunk of chunks(reports)) await tx.insert(outletSalesReports).values(chunk);
  for (const chunk of chunks(lines)) await tx.insert(outletSalesLines).values(chunk);
}
