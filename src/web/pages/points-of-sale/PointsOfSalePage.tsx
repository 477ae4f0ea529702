import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CraftVillage } from '../../../modules/catalogue/contract.ts';
import type { PublicPoint } from '../../../modules/outlets/contract.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { FilterBar, FilterSelect } from '../../kit/list/filters.tsx';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useListFilters } from '../../kit/list/useListFilters.ts';
import { MarkerMap, type MapPlace } from '../../kit/map/MarkerMap.tsx';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { POINT_KIND_LABELS, POINT_KINDS, PRODUCT_GROUP_LABELS } from './shared/labels.ts';
import './points-of-sale.css';

const GROUPS = Object.keys(PRODUCT_GROUP_LABELS);
const FILTERS = { kind: { allowed: POINT_KINDS }, commune: '', group: { allowed: GROUPS } } as const;

/** `/points-of-sale`: every opened and operating point and the craft villages on a map, filtered by kind, commune and product group. */
export default function PointsOfSalePage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('pointsOfSale.title'));
  const filters = useListFilters(FILTERS);
  const points = useApiQuery<{ items: PublicPoint[] }>('/api/points-of-sale', { kind: filters.values.kind || undefined, commune: filters.values.commune || undefined, group: filters.values.group || undefined }, { keepPrevious: true });
  const all = useApiQuery<{ items: PublicPoint[] }>('/api/points-of-sale');
  const villages = useApiQuery<{ items: CraftVillage[] }>('/api/craft-villages');
  const communes = useMemo(() => [...new Set((all.data?.items ?? []).map((p) => p.commune))].sort((a, b) => a.localeCompare(b, 'vi')), [all.data]);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('pointsOfSale.title')}</h1>
      <p className="lead">{t('pointsOfSale.intro')}</p>
      <FilterBar>
        <FilterSelect id="pos-kind" label={t('pointsOfSale.kind')} value={filters.values.kind} allLabel={t('pointsOfSale.allKinds')}
          options={POINT_KINDS.map((k) => ({ value: k, label: pick(POINT_KIND_LABELS[k]) }))} onChange={(kind) => filters.set({ kind })} />
        <FilterSelect id="pos-commune" label={t('pointsOfSale.commune')} value={filters.values.commune} allLabel={t('pointsOfSale.allCommunes')}
          options={communes.map((c) => ({ value: c, label: c }))} onChange={(commune) => filters.set({ commune })} />
        <FilterSelect id="pos-group" label={t('pointsOfSale.group')} value={filters.values.group} allLabel={t('pointsOfSale.allGroups')}
          options={GROUPS.map((g) => ({ value: g, label: `${g}. ${pick(PRODUCT_GROUP_LABELS[g])}` }))} onChange={(group) => filters.set({ group })} />
      </FilterBar>
      <QueryView query={points}>
        {(data) => <PointsMap points={data.items} villages={villages.data?.items ?? []} />}
      </QueryView>
    </section>
  );
}

function PointsMap({ points, villages }: { points: PublicPoint[]; villages: CraftVillage[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const places = useMemo<MapPlace[]>(() => [
    ...points.map((p) => ({
      id: p.slug, lat: p.latitude, lng: p.longitude, title: pick(p.name),
      subtitle: `${pick(POINT_KIND_LABELS[p.kind])} · ${p.openNow.open ? t('pointsOfSale.openNow') : t('pointsOfSale.closedNow')} · ${p.address}`,
      href: `/points-of-sale/${p.slug}`,
    })),
    ...villages.flatMap((v) => (v.latitude !== null && v.longitude !== null
      ? [{ id: `village-${v.id}`, lat: v.latitude, lng: v.longitude, title: pick(v.name), subtitle: t('pointsOfSale.craftVillage') }]
      : [])),
  ], [points, villages, pick, t]);
  return (
    <>
      <p className="muted" aria-live="polite">{t('pointsOfSale.count', { count: points.length })}</p>
      <MarkerMap places={places} label={t('pointsOfSale.mapLabel')} listTitle={t('pointsOfSale.mapList')} emptyText={t('pointsOfSale.none')} />
      {points.length === 0 && <p><Link to="/points-of-sale">{t('pointsOfSale.clearFilters')}</Link></p>}
    </>
  );
}
