import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, conflict, forbidden } from '../../../server/http/app-error.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { SubmissionReceipt, SurveySubmissionInput } from '../contract.ts';
import { evaluateCriteria } from '../criteria/evaluate-criteria.ts';
import { outletCriteriaVersions, outletPoints, outletSurveySubmissions, outletSurveys } from '../tables.ts';
import { OPEN_SURVEY_STATUSES, surveyNotFound } from './get-survey.ts';
import { attachSurveyPhotos } from './survey-photos.ts';

/**
 * Receives a survey's answers from the surveyor's phone, exactly once per submission id: the
 * phone makes the id when the surveyor sends, and resends it until it hears back, so a resend
 * (the first reply lost on a bad connection) is answered with the first result and changes
 * nothing. The survey's row is locked first, so two copies arriving together also take turns.
 */
export async function submitSurvey(database: Database, user: SignedInUser, actor: Actor, surveyId: string, input: SurveySubmissionInput): Promise<SubmissionReceipt> {
  return database.db.transaction(async (tx) => {
    const [survey] = await tx.select().from(outletSurveys).where(eq(outletSurveys.id, surveyId)).for('update');
    if (!survey) throw surveyNotFound();
    if (survey.surveyorId !== user.id) throw forbidden({ vi: 'Phiếu khảo sát này không giao cho bạn', en: 'This survey is not assigned to you' });

    const [seen] = await tx.select().from(outletSurveySubmissions).where(eq(outletSurveySubmissions.clientId, input.submissionId));
    if (seen) {
      if (seen.surveyId !== survey.id || !survey.result) {
        throw conflict('submission_id_reused', { vi: 'Mã lần gửi đã dùng cho phiếu khác', en: 'This submission id belongs to another survey' });
      }
      return { surveyId: survey.id, status: survey.status, duplicate: true, result: survey.result };
    }
    if (!(OPEN_SURVEY_STATUSES as readonly string[]).includes(survey.status)) {
      throw conflict('survey_closed', { vi: 'Phiếu khảo sát đã được duyệt, không sửa được nữa', en: 'The survey has been reviewed and is read-only' }, { status: survey.status });
    }

    const [version] = await tx.select({ definition: outletCriteriaVersions.definition }).from(outletCriteriaVersions).where(eq(outletCriteriaVersions.id, survey.criteriaVersionId));
    const [point] = await tx.select({ kind: outletPoints.kind }).from(outletPoints).where(eq(outletPoints.id, survey.pointId));
    if (!version || !point) throw surveyNotFound();
    const result = evaluateCriteria(version.definition, input.answers, { kind: point.kind });
    if (!result.complete) {
      throw badRequest('survey_incomplete', {
        vi: `Phiếu chưa đủ: ${result.problems.map((p) => p.message.vi).join('; ')}`,
        en: `The survey is not complete: ${result.problems.map((p) => p.message.en).join('; ')}`,
      }, { problems: result.problems });
    }
    await attachSurveyPhotos(tx, user, actor, survey.id, version.definition, input.answers);

    const now = clock.now();
    await tx.insert(outletSurveySubmissions).values({ clientId: input.submissionId, surveyId: survey.id, receivedAt: now });
    await tx.update(outletSurveys).set({
      status: 'submitted', answers: input.answers, result,
      latitude: input.position?.latitude ?? null, longitude: input.position?.longitude ?? null, accuracyM: input.position?.accuracyM ?? null,
      answeredAt: input.answeredAt ? new Date(input.answeredAt) : now, submittedAt: now, updatedAt: now,
    }).where(eq(outletSurveys.id, survey.id));
    await recordAudit(tx, actor, {
      action: 'outlet-survey.submit', entity: 'outlet_survey', entityId: survey.id,
      changes: { submissionId: input.submissionId, eligible: result.eligible, score: result.total.score, suggestedDecision: result.suggestedDecision },
    });
    return { surveyId: survey.id, status: 'submitted' as const, duplicate: false, result };
  });
}
