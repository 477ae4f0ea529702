import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { SurveyReviewInput } from '../contract.ts';
import { movePointIn } from '../points/move-point.ts';
import { outletPoints, outletSurveyReviews, outletSurveys, type SurveyStatus } from '../tables.ts';
import { surveyNotFound } from './get-survey.ts';

/**
 * Reviews a submitted survey: back to the surveyor with issues, approved or rejected, each with a
 * comment. Approving the first survey of a candidate point records the point as surveyed.
 */
export async function reviewSurvey(database: Database, actor: Actor, surveyId: string, input: SurveyReviewInput): Promise<{ status: SurveyStatus }> {
  return database.db.transaction(async (tx) => {
    const [survey] = await tx.select().from(outletSurveys).where(eq(outletSurveys.id, surveyId)).for('update');
    if (!survey) throw surveyNotFound();
    if (survey.status !== 'submitted') {
      throw conflict('survey_not_submitted', { vi: 'Chỉ duyệt phiếu đã gửi và chưa được duyệt', en: 'Only a submitted survey awaiting review can be reviewed' }, { status: survey.status });
    }
    const now = clock.now();
    const comment = input.comment.trim();
    await tx.update(outletSurveys).set({ status: input.outcome, updatedAt: now }).where(eq(outletSurveys.id, survey.id));
    await tx.insert(outletSurveyReviews).values({ surveyId: survey.id, outcome: input.outcome, comment, reviewerId: actor.id, reviewerEmail: actor.email, at: now });
    await recordAudit(tx, actor, { action: 'outlet-survey.review', entity: 'outlet_survey', entityId: survey.id, changes: { outcome: input.outcome, comment } });
    if (input.outcome === 'approved') {
      const [point] = await tx.select({ status: outletPoints.status }).from(outletPoints).where(eq(outletPoints.id, survey.pointId));
      if (point?.status === 'candidate') {
        await movePointIn(tx, actor, survey.pointId, { to: 'surveyed', reason: `Phiếu khảo sát được duyệt / Survey approved: ${comment}`.slice(0, 2000) });
      }
    }
    return { status: input.outcome };
  });
}
