import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { rows } from '../../../server/db/rows.ts';
import { forbidden, notFound } from '../../../server/http/app-error.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import type { Survey } from '../contract.ts';
import { isStaff } from '../outlet-access.ts';
import { iso } from '../points/point-row.ts';
import { outletCriteriaVersions, outletSurveyReviews, outletSurveys } from '../tables.ts';
import { surveyColumns, surveyJoins, toSurveySummary, type SurveyRow } from './survey-row.ts';

export const surveyNotFound = () => notFound({ vi: 'Không tìm thấy phiếu khảo sát', en: 'Survey not found' });

/** Statuses in which the surveyor may (re)send answers; an approved or rejected survey is read-only. */
export const OPEN_SURVEY_STATUSES = ['assigned', 'submitted', 'has-issues'] as const;

/** A survey as its surveyor or staff see it: the frozen version's items, the answers, the kept result and the reviews. */
export async function getSurvey(db: Queryable, user: SignedInUser, id: string): Promise<Survey> {
  const [row] = await rows<SurveyRow>(db, sql`SELECT ${surveyColumns} FROM ${surveyJoins} WHERE s.id = ${id}`);
  if (!row) throw surveyNotFound();
  if (!isStaff(user) && row.surveyor_id !== user.id) throw forbidden({ vi: 'Phiếu khảo sát này không giao cho bạn', en: 'This survey is not assigned to you' });
  const [survey] = await db.select().from(outletSurveys).where(eq(outletSurveys.id, id));
  const [version] = await db.select({ definition: outletCriteriaVersions.definition }).from(outletCriteriaVersions).where(eq(outletCriteriaVersions.id, row.criteria_id));
  if (!survey || !version) throw surveyNotFound();
  const reviews = await db.select().from(outletSurveyReviews).where(eq(outletSurveyReviews.surveyId, id)).orderBy(asc(outletSurveyReviews.at), asc(outletSurveyReviews.id));
  return {
    ...toSurveySummary(row),
    definition: version.definition,
    answers: survey.answers,
    result: survey.result,
    position: survey.latitude !== null && survey.longitude !== null
      ? { latitude: survey.latitude, longitude: survey.longitude, ...(survey.accuracyM !== null ? { accuracyM: survey.accuracyM } : {}) }
      : null,
    answeredAt: survey.answeredAt ? iso(survey.answeredAt) : null,
    reviews: reviews.map((r) => ({ outcome: r.outcome, comment: r.comment, reviewerEmail: r.reviewerEmail, at: iso(r.at) })),
    open: (OPEN_SURVEY_STATUSES as readonly string[]).includes(survey.status),
  };
}
