import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Survey } from '../../../../modules/outlets/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { useSession } from '../../../session/session-context.ts';
import { DECISION_LABELS, OUTCOME_LABELS, SURVEY_STATUS_LABELS } from '../shared/survey-labels.ts';
import { SurveyPhotos } from './SurveyPhotos.tsx';

/** `/admin/points-of-sale/surveys/:id`: a survey's result (knock-outs, scores, suggested decision) and its review. */
export default function SurveyReviewPage() {
  const { id = '' } = useParams();
  const survey = useApiQuery<Survey>(`/api/outlets/surveys/${id}`);
  return (
    <section className="page" aria-labelledby="page-title">
      <QueryView query={survey}>{(data) => <SurveyResult survey={data} />}</QueryView>
    </section>
  );
}

function SurveyResult({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { user } = useSession();
  usePageTitle(t('pointsOfSaleAdmin.surveys.resultTitle', { name: pick(survey.point.name) }));
  const staff = user?.role === 'admin' || user?.role === 'organizer';
  const result = survey.result;
  return (
    <>
      <p><Link to={`/admin/points-of-sale/${survey.point.slug}`}>← {pick(survey.point.name)}</Link></p>
      <h1 id="page-title">{t('pointsOfSaleAdmin.surveys.resultTitle', { name: pick(survey.point.name) })}</h1>
      <p className="lead">{pick(survey.criteria.title)} v{survey.criteria.version} · <strong data-testid="survey-status">{pick(SURVEY_STATUS_LABELS[survey.status])}</strong></p>
      {survey.position && <p className="muted">{t('pointsOfSaleAdmin.surveys.position', { lat: survey.position.latitude.toFixed(5), lng: survey.position.longitude.toFixed(5) })}</p>}
      {!result ? <p>{t('pointsOfSaleAdmin.surveys.notSent')}</p> : (
        <>
          <p><strong>{pick(DECISION_LABELS[result.suggestedDecision])}</strong>{result.total.score !== null && ` · ${t('pointsOfSaleAdmin.surveys.total', { score: result.total.score, max: result.total.maxPoints })}`}</p>
          <h2>{t('pointsOfSaleAdmin.surveys.knockOuts')}</h2>
          <ul>{result.knockOuts.map((k) => <li key={k.code}>{k.code} {pick(k.text)}: <strong>{pick(OUTCOME_LABELS[k.outcome])}</strong>{k.reason && ` (${pick(k.reason)})`}</li>)}</ul>
          {result.sections.some((s) => s.maxPoints > 0) && (
            <>
              <h2>{t('pointsOfSaleAdmin.surveys.sections')}</h2>
              <ul>{result.sections.filter((s) => s.maxPoints > 0).map((s) => <li key={s.code}>{pick(s.title)}: {s.score ?? '–'} / {s.maxPoints}</li>)}</ul>
            </>
          )}
          <SurveyPhotos survey={survey} />
        </>
      )}
      {survey.reviews.length > 0 && (
        <>
          <h2>{t('pointsOfSaleAdmin.surveys.reviews')}</h2>
          <ul>{survey.reviews.map((r, i) => <li key={i}>{formatDateTime(r.at)} · {r.outcome} · {r.comment} · {r.reviewerEmail}</li>)}</ul>
        </>
      )}
      {staff && ['submitted', 'has-issues'].includes(survey.status) && <ReviewForm surveyId={survey.id} />}
    </>
  );
}

function ReviewForm({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const review = useApiMutation<unknown, { outcome: string; comment: string }>({ path: `/api/outlets/surveys/${surveyId}/review` });
  const send = (outcome: string) => review.mutate({ outcome, comment });
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <h2>{t('pointsOfSaleAdmin.surveys.review')}</h2>
      <label htmlFor="review-comment">{t('pointsOfSaleAdmin.surveys.comment')}</label>
      <textarea id="review-comment" value={comment} onChange={(e) => setComment(e.target.value)} required />
      <div className="actions">
        <button type="button" className="button button--primary" disabled={review.isPending} onClick={() => send('approved')}>{t('pointsOfSaleAdmin.surveys.approve')}</button>
        <button type="button" className="button" disabled={review.isPending} onClick={() => send('has-issues')}>{t('pointsOfSaleAdmin.surveys.hasIssues')}</button>
        <button type="button" className="button" disabled={review.isPending} onClick={() => send('rejected')}>{t('pointsOfSaleAdmin.surveys.reject')}</button>
      </div>
      {review.error && <p role="alert">{errorMessage(t, review.error)}</p>}
    </form>
  );
}
