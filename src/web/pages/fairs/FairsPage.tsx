import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Fair } from '../../../modules/fairs/contract.ts';
import { useApiGet } from '../../api/useApiGet.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { todayInHanoi } from './shared/fair-data.ts';
import { FairStatusBadge } from './shared/FairStatusBadge.tsx';
import { LoadFailed, Loading } from '../../components/LoadStatus.tsx';

/** Current and upcoming fairs first (soonest first), then past fairs (latest first). */
export function orderFairs(fairs: readonly Fair[], today: string): Fair[] {
  const current = fairs.filter((f) => f.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const past = fairs.filter((f) => f.endsOn < today).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return [...current, ...past];
}

/** `/fairs`: OCOP fairs, current and upcoming first. */
export default function FairsPage() {
  const { t } = useTranslation();
  usePageTitle(t('fairs.title'));
  const { pick } = useLocalized();
  const list = useApiGet<{ items: Fair[] }>('/api/fairs');
  const today = todayInHanoi();
  const fairs = list.data ? orderFairs(list.data.items.filter((f) => f.status !== 'draft'), today) : [];
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('fairs.title')}</h1>
      <p className="lead">{t('fairs.intro')}</p>
      {list.error ? (
        <LoadFailed state={list} />
      ) : !list.data ? (
        <Loading />
      ) : fairs.length === 0 ? (
        <p>{t('fairs.none')}</p>
      ) : (
        <ul className="fair-list">
          {fairs.map((fair) => (
            <li key={fair.id} className={`card fair-card${fair.endsOn < today ? ' fair-card--past' : ''}`}>
              <h2 className="fair-card__name">
                <Link to={`/fairs/${fair.slug}`}>{pick(fair.name)}</Link>
              </h2>
              <p className="fair-card__when">
                <FairStatusBadge status={fair.status} />{' '}
                <span>{t('fairs.dates', { from: formatDate(fair.startsOn), to: formatDate(fair.endsOn) })}</span>
              </p>
              <p className="fair-card__where">{pick(fair.venue)}</p>
              {pick(fair.theme) && <p className="muted">{pick(fair.theme)}</p>}
              <p className="fair-card__counts muted">{t('fairs.stallCount', { count: fair.stallCount })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
