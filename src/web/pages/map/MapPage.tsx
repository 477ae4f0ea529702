import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MapPlace as ServerPlace } from '../../../modules/tourism/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { MarkerMap, type MapPlace } from '../../kit/map/MarkerMap.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { LAYERS } from './codes.ts';
import './map-page.css';

type Layer = (typeof LAYERS)[number];

/** `/map`: one public map of the programme's places, filtered by layer (kept in the address: ?hide=fair,…). */
export default function MapPage() {
  const { t } = useTranslation();
  usePageTitle(t('tourism.map.title'));
  const list = useApiQuery<{ items: ServerPlace[] }>('/api/map/places');
  return (
    <section className="page map-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('tourism.map.title')}</h1>
      <p className="lead">{t('tourism.map.intro')}</p>
      <p>
        <Link className="button button--primary" to="/map/route">
          {t('tourism.map.planRoute')}
        </Link>
      </p>
      <QueryView query={list}>{(data) => <LayeredMap places={data.items} />}</QueryView>
    </section>
  );
}

function LayeredMap({ places }: { places: ServerPlace[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [params, setParams] = useSearchParams();
  const hidden = useMemo(() => new Set((params.get('hide') ?? '').split(',').filter(Boolean)), [params]);
  const toggle = (layer: Layer) => {
    const next = new Set(hidden);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setParams(next.size > 0 ? { hide: [...next].join(',') } : {}, { replace: true });
  };
  const shown = useMemo<MapPlace[]>(
    () =>
      places
        .filter((p) => !hidden.has(p.layer))
        .map((p) => ({
          id: `${p.layer}:${p.id}`,
          lat: p.latitude,
          lng: p.longitude,
          title: pick(p.name),
          subtitle: [t(`tourism.map.layers.${p.layer}`), pick(p.detail), p.status ? t(`tourism.map.${p.status}`) : ''].filter(Boolean).join(' · '),
          ...(p.href ? { href: p.href } : {}),
        })),
    [places, hidden, pick, t],
  );
  return (
    <>
      <fieldset className="map-page__filters">
        <legend>{t('tourism.map.filters')}</legend>
        {LAYERS.map((layer) => (
          <label key={layer} className={`map-page__layer map-page__layer--${layer}`}>
            <input type="checkbox" checked={!hidden.has(layer)} onChange={() => toggle(layer)} /> {t(`tourism.map.layers.${layer}`)}{' '}
            <span className="muted">({places.filter((p) => p.layer === layer).length})</span>
          </label>
        ))}
      </fieldset>
      <MarkerMap places={shown} label={t('tourism.map.region')} listTitle={t('tourism.map.list')} emptyText={t('tourism.map.none')} />
    </>
  );
}
