import { and, desc, eq } from 'drizzle-orm';
import type { Database, Tx } from '../../../server/db/database.ts';
import { badRequest, conflict } from '../../../server/http/app-error.ts';
import type { Localized } from '../../../shared/localized.ts';
import { clock, dayInVietnam } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { StatusChangeInput } from '../contract.ts';
import { canMovePoint, NEXT_POINT_STATUSES, POINT_STATUS_LABELS, type PointStatus } from '../domain/point-status.ts';
import { outletOpenings, outletPointEvents, outletPoints, outletSurveys } from '../tables.ts';
import { findPointRow, type PointRecord } from './find-point.ts';

const refuse = (code: string, messages: Localized, details?: unknown) => conflict(code, messages, details);

/** What must be true before a point may take a step; throws the reason when it is not. */
async function checkStep(tx: Tx, point: PointRecord, input: StatusChangeInput): Promise<Partial<typeof outletPoints.$inferInsert>> {
  const latestApproved = async () => (await tx.select().from(outletSurveys)
    .where(and(eq(outletSurveys.pointId, point.id), eq(outletSurveys.status, 'approved')))
    .orderBy(desc(outletSurveys.submittedAt)).limit(1))[0];
  switch (input.to) {
    case 'surveyed':
      if (!(await latestApproved())) throw refuse('no_approved_survey', { vi: 'Điểm chưa có phiếu khảo sát được duyệt', en: 'The point has no approved survey yet' });
      return {};
    case 'approved':
    case 'rejected': {
      if (point.status !== 'surveyed') return {};
      if (!input.decisionNumber || !input.decisionDate) {
        throw badRequest('decision_required', { vi: 'Cần số và ngày của quyết định lựa chọn', en: 'The selection decision needs its number and date' });
      }
      if (input.to === 'approved') {
        const survey = await latestApproved();
        const failed = survey?.result?.knockOuts.filter((k) => k.outcome === 'failed') ?? [];
        if (!survey?.result?.eligible) {
          throw refuse('not_eligible', {
            vi: `Điểm không đủ điều kiện: ${failed.map((k) => k.reason?.vi ?? k.text.vi).join('; ') || 'chưa có kết quả khảo sát'}`,
            en: `The point is not eligible: ${failed.map((k) => k.reason?.en ?? k.text.en).join('; ') || 'no survey result'}`,
          }, { failed: failed.map((k) => k.code) });
        }
      }
      return { decisionNumber: input.decisionNumber, decisionDate: input.decisionDate };
    }
    case 'opened': {
      const [opening] = await tx.select().from(outletOpenings).where(eq(outletOpenings.pointId, point.id));
      if (!opening || opening.startsAt > clock.now()) {
        throw refuse('opening_not_held', { vi: 'Điểm chỉ khai trương sau lễ khai trương đã lên lịch', en: 'A point opens after its scheduled opening ceremony' });
      }
      return { openedOn: dayInVietnam(opening.startsAt) };
    }
    default:
      return {};
  }
}

/**
 * Moves a point one step in its life, if the step is allowed from where it is and its conditions
 * hold (an approved survey, an eligible result and a decision number to approve, a held ceremony
 * to open). Records who, when and why.
 */
export async function movePoint(database: Database, actor: Actor, key: string, input: StatusChangeInput): Promise<{ status: PointStatus }> {
  return database.db.transaction((tx) => movePointIn(tx, actor, key, input));
}

export async function movePointIn(tx: Tx, actor: Actor, key: string, input: StatusChangeInput): Promise<{ status: PointStatus }> {
  const point = await findPointRow(tx, key, { forUpdate: true });
  if (!canMovePoint(point.status, input.to)) {
    throw refuse('bad_status_change', {
      vi: `Không thể chuyển điểm từ "${POINT_STATUS_LABELS[point.status].vi}" sang "${POINT_STATUS_LABELS[input.to].vi}"`,
      en: `A point cannot go from "${POINT_STATUS_LABELS[point.status].en}" to "${POINT_STATUS_LABELS[input.to].en}"`,
    }, { from: point.status, allowed: NEXT_POINT_STATUSES[point.status] });
  }
  const extra = await checkStep(tx, point, input);
  const now = clock.now();
  await tx.update(outletPoints).set({ status: input.to, statusChangedAt: now, updatedAt: now, ...extra }).where(eq(outletPoints.id, point.id));
  await tx.insert(outletPointEvents).values({
    pointId: point.id, fromStatus: point.status, toStatus: input.to, reason: input.reason.trim(),
    decisionNumber: input.decisionNumber ?? null, decisionDate: input.decisionDate ?? null, actorId: actor.id, actorEmail: actor.email, at: now,
  });
  await recordAudit(tx, actor, { action: 'outlet-point.move', entity: 'outlet_point', entityId: point.id, changes: { from: point.status, ...input } });
  return { status: input.to };
}
