import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PointSummary } from '../../../../modules/outlets/contract.ts';
import { POINT_STATUSES } from '../../../../modules/outlets/domain/point-status.ts';
import { SearchBox } from '../../../components/SearchBox.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import type { Column } from '../../../kit/list/DataTable.tsx';
import { FilterBar, FilterSelect } from '../../../kit/list/filters.tsx';
import { ListPage } from '../../../kit/list/ListPage.tsx';
import { useListFilters } from '../../../kit/list/useListFilters.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { useSession } from '../../../session/session-context.ts';
import { POINT_KIND_LABELS, POINT_KINDS, POINT_STATUS_LABELS } from '../shared/labels.ts';

const FILTERS = { q: '', status: { allowed: POINT_STATUSES }, kind: { allowed: POINT_KINDS } } as const;

/** `/admin/points-of-sale`: every point (an operator its own, a surveyor those it surveys), by status and kind. */
export default function PointsAdminPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('pointsOfSaleAdmin.title'));
  const { user } = useSession();
  const staff = user?.role === 'admin' || user?.role === 'organizer';
  const filters = useListFilters(FILTERS);
  const list = useApiQuery<{ items: PointSummary[]; total: number }>('/api/outlets/points', { ...filters.values, page: filters.page, pageSize: 20 }, { keepPrevious: true });
  const columns: Column<PointSummary>[] = [
    { id: 'name', header: t('pointsOfSaleAdmin.name'), cell: (p) => <Link to={`/admin/points-of-sale/${p.slug}`}>{pick(p.name)}</Link> },
    { id: 'kind', header: t('pointsOfSale.kind'), cell: (p) => pick(POINT_KIND_LABELS[p.kind]) },
    { id: 'commune', header: t('pointsOfSale.commune'), cell: (p) => p.commune },
    { id: 'status', header: t('pointsOfSaleAdmin.status'), cell: (p) => pick(POINT_STATUS_LABELS[p.status]) },
  ];
  return (
    <ListPage
      title={t('pointsOfSaleAdmin.title')}
      actions={
        <>
          {staff && <Link className="button button--primary" to="/admin/points-of-sale/new">{t('pointsOfSaleAdmin.form.newTitle')}</Link>}
          <Link className="button" to="/admin/points-of-sale/warnings">{t('pointsOfSaleAdmin.warnings')}</Link>
        </>
      }
      filters={
        <>
          <SearchBox id="pos-q" label={t('pointsOfSaleAdmin.search')} value={filters.values.q} onSearch={(q) => filters.set({ q })} />
          <FilterBar>
            <FilterSelect id="pos-status" label={t('pointsOfSaleAdmin.status')} value={filters.values.status} allLabel={t('pointsOfSaleAdmin.allStatuses')}
              options={POINT_STATUSES.map((s) => ({ value: s, label: pick(POINT_STATUS_LABELS[s]) }))} onChange={(status) => filters.set({ status })} />
            <FilterSelect id="pos-kind" label={t('pointsOfSale.kind')} value={filters.values.kind} allLabel={t('pointsOfSale.allKinds')}
              options={POINT_KINDS.map((k) => ({ value: k, label: pick(POINT_KIND_LABELS[k]) }))} onChange={(kind) => filters.set({ kind })} />
          </FilterBar>
        </>
      }
      query={list}
      columns={columns}
      rowKey={(p) => p.id}
      countText={(n) => t('pointsOfSaleAdmin.count', { count: n })}
      emptyText={t('pointsOfSaleAdmin.none')}
      page={filters.page}
      pageSize={20}
      onPage={filters.setPage}
    />
  );
}
