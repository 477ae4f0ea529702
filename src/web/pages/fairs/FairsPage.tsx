import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Fair } from '../../../modules/fairs/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { MarkerMap, type MapPlace } from '../../kit/map/MarkerMap.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { todayInHanoi } from './shared/fair-data.ts';
import { FairStatusBadge } from './shared/FairStatusBadge.tsx';

/** Current and upcoming fairs first (soonest first), then past fairs (latest first). */
export function orderFairs(fairs: readonly Fair[], today: string): Fair[] {
  const current = fairs.filter((f) => f.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const past = fairs.filter((f) => f.endsOn < today).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return [...current, ...past];
}

/** `/fairs`: OCOP fairs, current and upcoming first, and where the current ones are on a map. */
export default function FairsPage() {
  const { t } = useTranslation();
  usePageTitle(t('fairs.title'));
  const list = useApiQuery<{ items: Fair[] }>('/api/fairs');
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('fairs.title')}</h1>
      <p className="lead">{t('fairs.intro')}</p>
      <QueryView query={list}>{(data) => <FairList fairs={orderFairs(data.items.filter((f) => f.status !== 'draft'), todayInHanoi())} />}</QueryView>
    </section>
  );
}

function FairList({ fairs }: { fairs: Fair[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const today = todayInHanoi();
  const places = useMemo<MapPlace[]>(
    () =>
      fairs.flatMap((fair) =>
        fair.endsOn >= today && fair.latitude !== null && fair.longitude !== null
          ? [{ id: fair.id, lat: fair.latitude, lng: fair.longitude, title: pick(fair.name), subtitle: `${pick(fair.venue)} · ${t('fairs.dates', { from: formatDate(fair.startsOn), to: formatDate(fair.endsOn) })}`, href: `/fairs/${fair.slug}` }]
          : [],
      ),
    [fairs, today, pick, t],
  );
  if (fairs.length === 0) return <p>{t('fairs.none')}</p>;
  return (
    <>
      <ul className="fair-list">
        {fairs.map((fair) => (
          <li key={fair.id} className={`card fair-card${fair.endsOn < today ? ' fair-card--past' : ''}`}>
            <h2 className="fair-card__name">
              <Link to={`/fairs/${fair.slug}`}>{pick(fair.name)}</Link>
            </h2>
            <p className="fair-card__when">
              <FairStatusBadge status={fair.status} /> <span>{t('fairs.dates', { from: formatDate(fair.startsOn), to: formatDate(fair.endsOn) })}</span>
            </p>
            <p className="fair-card__where">{pick(fair.venue)}</p>
            {pick(fair.theme) && <p className="muted">{pick(fair.theme)}</p>}
            <p className="fair-card__counts muted">{t('fairs.stallCount', { count: fair.stallCount })}</p>
          </li>
        ))}
      </ul>
      {places.length > 0 && (
        <>
          <h2>{t('fairs.mapTitle')}</h2>
          <MarkerMap places={places} label={t('fairs.mapTitle')} listTitle={t('fairs.mapList')} emptyText={t('fairs.none')} />
        </>
      )}
    </>
  );
}
