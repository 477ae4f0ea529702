import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Fair } from '../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { orderFairs } from '../FairsPage.tsx';
import { todayInHanoi } from '../shared/fair-data.ts';
import { FairStatusBadge } from '../shared/FairStatusBadge.tsx';
import { Loading } from '../../../components/LoadStatus.tsx';

/** `/admin/my-fairs`: an exhibitor's fairs: apply to open ones, follow its applications, report sales. */
export default function MyFairsPage() {
  const { t } = useTranslation();
  usePageTitle(t('myFairs.title'));
  const { pick } = useLocalized();
  const list = useApiGet<{ items: Fair[] }>('/api/fairs');
  const today = todayInHanoi();
  const fairs = list.data ? orderFairs(list.data.items, today).filter((f) => f.endsOn >= today) : [];
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('myFairs.title')}</h1>
      <p className="lead">{t('myFairs.intro')}</p>
      {list.error ? (
        <p role="alert">{errorMessage(t, list.error)}</p>
      ) : !list.data ? (
        <Loading />
      ) : fairs.length === 0 ? (
        <p>{t('fairs.none')}</p>
      ) : (
        <ul className="fair-list">
          {fairs.map((fair) => (
            <li key={fair.id} className="card fair-card">
              <h2 className="fair-card__name">
                <Link to={`/admin/my-fairs/${fair.slug}`}>{pick(fair.name)}</Link>
              </h2>
              <p className="fair-card__when">
                <FairStatusBadge status={fair.status} /> {t('fairs.dates', { from: formatDate(fair.startsOn), to: formatDate(fair.endsOn) })}
              </p>
              <p className="fair-card__where">{pick(fair.venue)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
