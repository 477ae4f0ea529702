import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceList } from '../../../modules/trade/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';

/** `/conferences`: the trade-connection conferences, newest first. */
export default function ConferencesPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('conferences.title'));
  const list = useApiQuery<ConferenceList>('/api/conferences');
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('conferences.title')}</h1>
      <p className="lead">{t('conferences.intro')}</p>
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={t('conferences.none')}>
        {(data) => (
          <ul className="fair-list">
            {data.items.map((c) => (
              <li key={c.id} className="card fair-card">
                <h2 className="fair-card__name"><Link to={`/conferences/${c.slug}`}>{pick(c.name)}</Link></h2>
                <p className="fair-card__when">
                  <span className="badge">{t(`conferences.status.${c.status}`)}</span>{' '}
                  <span>{t('conferences.dates', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })}</span>
                </p>
                <p className="fair-card__where">{pick(c.venue)}</p>
                <p className="muted">{t('conferences.counts', { producers: c.producerCount, buyers: c.buyerCount })}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
