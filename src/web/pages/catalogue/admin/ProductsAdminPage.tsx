import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductList, ProductSummary } from '../../../../modules/catalogue/contract.ts';
import { buildUrl } from '../../../api/client.ts';
import { SearchBox } from '../../../components/SearchBox.tsx';
import { useLocalized } from '../../../i18n/use-localized.ts';
import type { Column } from '../../../kit/list/DataTable.tsx';
import { FilterBar, FilterSelect } from '../../../kit/list/filters.tsx';
import { ListPage } from '../../../kit/list/ListPage.tsx';
import { useListFilters } from '../../../kit/list/useListFilters.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { categoryName, categoryTreeOptions } from '../shared/catalogue-data.ts';
import { SORT_CODES, STATUS_CODES } from '../shared/codes.ts';
import { ExpiryNote } from '../shared/ExpiryNote.tsx';
import { StarRating } from '../shared/StarRating.tsx';
import { StatusBadge } from '../shared/StatusBadge.tsx';
import { RowLinks } from '../shared/RowLinks.tsx';

const PAGE_SIZE = 50;
const FILTERS = { q: '', category: '', stars: { allowed: ['3', '4', '5'] }, status: { allowed: STATUS_CODES }, producer: '', sort: { allowed: SORT_CODES } } as const;

/** `/admin/catalogue/products`: every product, filtered like the public catalogue, with export. */
export default function ProductsAdminPage() {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const filters = useListFilters(FILTERS);
  const { sort: sortParam, ...search } = filters.values;
  const sort = sortParam || (search.q ? 'relevance' : 'name');
  const list = useApiQuery<ProductList>('/api/products', { ...search, sort, page: filters.page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  const categories = useMemo(() => categoryTreeOptions(language).map((option) => ({ value: option.code, label: option.label })), [language]);
  const exportUrl = (format: 'xlsx' | 'csv') => buildUrl('/api/catalogue/export', { format, ...search });

  const columns: Column<ProductSummary>[] = [
    {
      id: 'product',
      header: t('admin.products.columns.product'),
      cell: (product) => (
        <>
          <Link className="cell-title" to={`/admin/catalogue/products/${product.id}`}>
            {pick(product.name)}
          </Link>
          <span className="cell-sub">
            <code>{product.code}</code> · {categoryName(product.categoryCode, language)}
          </span>
        </>
      ),
    },
    {
      id: 'producer',
      header: t('admin.products.columns.producer'),
      cell: (product) => <Link to={`/admin/catalogue/producers/${product.producer.id}`}>{product.producer.name}</Link>,
    },
    { id: 'rating', header: t('admin.products.columns.rating'), cell: (product) => <StarRating stars={product.stars} /> },
    {
      id: 'status',
      header: t('admin.products.columns.status'),
      cell: (product) => (
        <>
          <StatusBadge status={product.certificateStatus} />
          <ExpiryNote status={product.certificateStatus} expiryDate={product.expiryDate} />
        </>
      ),
    },
    {
      id: 'actions',
      header: t('admin.products.columns.actions'),
      cell: (product) => (
        <RowLinks
          edit={{ to: `/admin/catalogue/products/${product.id}`, label: t('admin.products.editProduct', { name: pick(product.name) }) }}
          view={{ to: `/catalogue/products/${product.id}`, label: t('admin.products.viewProduct', { name: pick(product.name) }) }}
        />
      ),
    },
  ];

  return (
    <ListPage
      title={t('admin.products.title')}
      actions={
        <Link className="button button--primary" to="/admin/catalogue/products/new">
          {t('admin.products.new')}
        </Link>
      }
      filters={
        <>
          <SearchBox id="admin-products-q" label={t('admin.products.search')} value={search.q} onSearch={(q) => filters.set({ q })} />
          <FilterBar label={t('catalogue.filters.title')}>
            <FilterSelect id="admin-products-category" label={t('catalogue.filters.category')} value={search.category} allLabel={t('catalogue.filters.allCategories')} options={categories} onChange={(category) => filters.set({ category })} />
            <FilterSelect
              id="admin-products-status"
              label={t('catalogue.filters.status')}
              value={search.status}
              allLabel={t('catalogue.filters.allStatuses')}
              options={STATUS_CODES.map((code) => ({ value: code, label: t(`certificate.status.${code}`) }))}
              onChange={(status) => filters.set({ status })}
            />
            <FilterSelect id="admin-products-sort" label={t('catalogue.sort.label')} value={sort} options={SORT_CODES.map((code) => ({ value: code, label: t(`catalogue.sort.${code}`) }))} onChange={(next) => filters.set({ sort: next })} />
            <FilterSelect
              id="admin-products-stars"
              label={t('catalogue.filters.stars')}
              value={search.stars}
              allLabel={t('catalogue.filters.allStars')}
              options={[5, 4, 3].map((stars) => ({ value: String(stars), label: t('certificate.stars', { count: stars }) }))}
              onChange={(stars) => filters.set({ stars })}
            />
          </FilterBar>
        </>
      }
      tools={
        <div className="export-links" role="group" aria-label={t('admin.products.exportLabel')}>
          <span className="muted">{t('admin.products.exportLabel')}:</span>
          <a className="button button--small button--secondary" href={exportUrl('xlsx')} download>
            {t('admin.products.exportXlsx')}
          </a>
          <a className="button button--small button--secondary" href={exportUrl('csv')} download>
            {t('admin.products.exportCsv')}
          </a>
        </div>
      }
      query={list}
      columns={columns}
      rowKey={(product) => product.id}
      countText={(count) => t('catalogue.results.products', { count })}
      emptyText={t('catalogue.results.empty')}
      page={filters.page}
      pageSize={PAGE_SIZE}
      onPage={filters.setPage}
    />
  );
}
