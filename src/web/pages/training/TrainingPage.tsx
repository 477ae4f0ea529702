import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseList } from '../../../modules/training/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { MyCertificates } from './MyCertificates.tsx';

/** `/training`: the public list of training courses, the soonest first. */
export default function TrainingPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('nav.training'));
  const list = useApiQuery<CourseList>('/api/training/courses');
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.training')}</h1>
      <p className="lead">{t('training.intro')}</p>
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={t('training.none')}>
        {(data) => (
          <ul className="fair-list">
            {data.items.map((c) => (
              <li key={c.id} className="card fair-card">
                <h2 className="fair-card__name"><Link to={`/training/${c.slug}`}>{pick(c.name)}</Link></h2>
                <p className="fair-card__when">
                  <span className="badge">{t(`training.status.${c.status}`)}</span>{' '}
                  <span className="badge">{t(`training.topic.${c.topic}`)}</span>{' '}
                  {c.firstDay && c.lastDay ? <span>{t('training.dates', { from: formatDate(c.firstDay), to: formatDate(c.lastDay) })}</span> : null}
                </p>
                <p className="muted">{t('training.seats', { left: c.seatsLeft, capacity: c.capacity, waiting: c.waitlistCount })}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <MyCertificates />
    </section>
  );
}
