import { clock } from '../../../shared/time/clock.ts';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { badRequest, notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { DailyReportInput, VisitorInput } from '../contract.ts';
import { assertActsForProducer } from '../fair-access.ts';
import { findFairRow } from '../fairs/find-fair.ts';
import { fairApplications, fairDailyProductSales, fairDailyReports, fairVisitorCounts } from '../tables.ts';

function checkFairDay(fair: { startsOn: string; endsOn: string }, day: string): void {
  if (day < fair.startsOn || day > fair.endsOn) {
    throw badRequest('not_a_fair_day', { vi: 'Ngày này không thuộc thời gian hội chợ', en: 'That day is not a day of the fair' });
  }
}

/**
 * An exhibitor's day, from a phone: check in, report sales (VND) and, optionally, units by
 * product. Reporting again the same day replaces that day's figures.
 */
export async function reportDay(database: Database, user: SignedInUser, actor: Actor, fairKey: string, input: DailyReportInput): Promise<void> {
  await database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    checkFairDay(fair, input.day);
    const [application] = input.applicationId
      ? await tx.select().from(fairApplications).where(and(eq(fairApplications.id, input.applicationId), eq(fairApplications.fairId, fair.id)))
      : await tx.select().from(fairApplications).where(and(eq(fairApplications.fairId, fair.id), eq(fairApplications.producerId, user.producerId ?? '00000000-0000-0000-0000-000000000000')));
    if (!application) throw notFound({ vi: 'Không tìm thấy gian hàng của bạn tại hội chợ này', en: 'You have no stall at this fair' });
    assertActsForProducer(user, application.producerId);
    const [stall] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM stall_assignments WHERE application_id = ${application.id} AND status = 'confirmed'`);
    if (!stall?.n) throw badRequest('no_confirmed_stall', { vi: 'Chưa có gian hàng được xác nhận', en: 'No confirmed stall at this fair' });
    if (input.products?.length) {
      const shown = await rows<{ product_id: string }>(tx, sql`SELECT product_id FROM fair_application_products WHERE application_id = ${application.id}`);
      const allowed = new Set(shown.map((s) => s.product_id));
      const stray = input.products.filter((p) => !allowed.has(p.productId));
      if (stray.length) throw badRequest('product_not_shown', { vi: 'Sản phẩm không có trong hồ sơ trưng bày', en: 'A product is not one this stall shows' }, { productIds: stray.map((p) => p.productId) });
    }
    const salesFromProducts = input.products?.every((p) => p.salesVnd != null) ? input.products.reduce((sum, p) => sum + (p.salesVnd ?? 0), 0) : null;
    const salesVnd = input.salesVnd ?? salesFromProducts;
    const [report] = await tx.insert(fairDailyReports).values({
      fairId: fair.id, applicationId: application.id, day: input.day,
      checkedInAt: input.checkIn ? clock.now() : null, salesVnd, updatedAt: clock.now(),
    }).onConflictDoUpdate({
      target: [fairDailyReports.applicationId, fairDailyReports.day],
      set: {
        ...(input.checkIn ? { checkedInAt: sql`coalesce(${fairDailyReports.checkedInAt}, ${clock.now()}::timestamptz)` } : {}),
        ...(salesVnd !== null && salesVnd !== undefined ? { salesVnd } : {}),
        updatedAt: clock.now(),
      },
    }).returning({ id: fairDailyReports.id });
    if (!report) throw new Error('upsert returned no row');
    if (input.products) {
      await tx.delete(fairDailyProductSales).where(eq(fairDailyProductSales.reportId, report.id));
      if (input.products.length) {
        await tx.insert(fairDailyProductSales).values(input.products.map((p) => ({ reportId: report.id, productId: p.productId, units: p.units, salesVnd: p.salesVnd ?? null })));
      }
    }
    await recordAudit(tx, actor, { action: 'fair.report-day', entity: 'fair-application', entityId: application.id, changes: { ...input } });
  });
}

/** Organizers' visitor count for a day (lượt khách). */
export async function recordVisitors(database: Database, actor: Actor, fairKey: string, input: VisitorInput): Promise<void> {
  await database.db.transaction(async (tx) => {
    const fair = await findFairRow(tx, fairKey);
    checkFairDay(fair, input.day);
    await tx.insert(fairVisitorCounts).values({ fairId: fair.id, day: input.day, visitors: input.visitors })
      .onConflictDoUpdate({ target: [fairVisitorCounts.fairId, fairVisitorCounts.day], set: { visitors: input.visitors } });
    await recordAudit(tx, actor, { action: 'fair.visitors', entity: 'fair', entityId: fair.id, changes: { ...input } });
  });
}
