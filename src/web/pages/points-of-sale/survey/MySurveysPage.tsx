import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SurveySummary } from '../../../../modules/outlets/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { SURVEY_STATUS_LABELS } from '../shared/survey-labels.ts';
import { registerSurveyApp } from './register-survey-app.ts';
import { sendAllQueued } from './send-surveys.ts';
import { surveyStore } from './survey-store.ts';
import { useOnline } from './useOnline.ts';

/** `/admin/points-of-sale/my-surveys`: a surveyor's surveys, and how many wait on this phone to be sent. */
export default function MySurveysPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('pointsOfSaleSurvey.mine'));
  const online = useOnline();
  const [waiting, setWaiting] = useState(0);
  const surveys = useApiQuery<{ items: SurveySummary[] }>('/api/outlets/surveys', { pageSize: 100 });
  useEffect(() => { registerSurveyApp(); }, []);
  useEffect(() => {
    void (async () => {
      if (online) await sendAllQueued();
      setWaiting((await surveyStore.outbox()).length);
    })();
  }, [online]);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('pointsOfSaleSurvey.mine')}</h1>
      {waiting > 0 && <p className="pos-offline" role="status">{t('pointsOfSaleSurvey.waiting', { count: waiting })}</p>}
      <QueryView query={surveys} isEmpty={(d) => d.items.length === 0} empty={t('pointsOfSaleAdmin.surveys.none')}>
        {(data) => (
          <ul className="pos-warning-list">
            {data.items.map((s) => (
              <li key={s.id} className="card">
                <h2>{pick(s.point.name)}</h2>
                <p className="muted">{s.point.address} · {pick(SURVEY_STATUS_LABELS[s.status])}{s.dueOn ? ` · ${t('pointsOfSaleSurvey.due', { day: formatDate(s.dueOn) })}` : ''}</p>
                {['assigned', 'has-issues'].includes(s.status)
                  ? <Link className="button button--primary" to={`/admin/points-of-sale/surveys/${s.id}/fill`}>{t('pointsOfSaleSurvey.fill')}</Link>
                  : <Link to={`/admin/points-of-sale/surveys/${s.id}`}>{t('pointsOfSaleSurvey.result')}</Link>}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
