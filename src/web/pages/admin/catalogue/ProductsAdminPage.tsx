import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductList } from '../../../../modules/catalogue/contract.ts';
import { buildUrl } from '../../../api/client.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { Pagination } from '../../../components/Pagination.tsx';
import { SearchBox } from '../../../components/SearchBox.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useSearchState } from '../../../components/useSearchState.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { categoryName, categoryTreeOptions } from '../../catalogue/shared/catalogue-data.ts';
import { SORT_CODES, STATUS_CODES, isSortCode, isStatusCode } from '../../catalogue/shared/codes.ts';
import { StarRating } from '../../catalogue/shared/StarRating.tsx';
import { ExpiryNote } from '../../catalogue/shared/ExpiryNote.tsx';
import { StatusBadge } from '../../catalogue/shared/StatusBadge.tsx';
import { LoadFailed, Loading } from '../../../components/LoadStatus.tsx';

const PAGE_SIZE = 50;

/** `/admin/catalogue/products`: every product, filtered like the public catalogue, with export. */
export default function ProductsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.products.title'));
  const { language, pick } = useLocalized();
  const { get, update, page } = useSearchState();
  const status = get('status');
  const filters = {
    q: get('q'),
    category: get('category'),
    stars: get('stars'),
    status: isStatusCode(status) ? status : '',
    producer: get('producer'),
  };
  const sortParam = get('sort');
  const sort = isSortCode(sortParam) ? sortParam : filters.q ? 'relevance' : 'name';
  const list = useApiGet<ProductList>('/api/products', { ...filters, sort, page, pageSize: PAGE_SIZE });
  const categories = useMemo(() => categoryTreeOptions(language), [language]);
  const onSearch = useCallback((text: string) => update({ q: text }), [update]);
  const exportUrl = (format: 'xlsx' | 'csv') => buildUrl('/api/catalogue/export', { format, ...filters });

  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('admin.products.title')}</h1>
        <p className="actions actions--tight">
          <Link className="button button--primary" to="/admin/catalogue/products/new">
            {t('admin.products.new')}
          </Link>
        </p>
      </div>
      <SearchBox id="admin-products-q" label={t('admin.products.search')} value={filters.q} onSearch={onSearch} />
      <div className="filters filters--row" role="group" aria-label={t('catalogue.filters.title')}>
        <div className="field">
          <label htmlFor="admin-products-category">{t('catalogue.filters.category')}</label>
          <select id="admin-products-category" value={filters.category} onChange={(event) => update({ category: event.target.value })}>
            <option value="">{t('catalogue.filters.allCategories')}</option>
            {categories.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="admin-products-status">{t('catalogue.filters.status')}</label>
          <select id="admin-products-status" value={filters.status} onChange={(event) => update({ status: event.target.value })}>
            <option value="">{t('catalogue.filters.allStatuses')}</option>
            {STATUS_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`certificate.status.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="admin-products-sort">{t('catalogue.sort.label')}</label>
          <select id="admin-products-sort" value={sort} onChange={(event) => update({ sort: event.target.value })}>
            {SORT_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`catalogue.sort.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="admin-products-stars">{t('catalogue.filters.stars')}</label>
          <select id="admin-products-stars" value={filters.stars} onChange={(event) => update({ stars: event.target.value })}>
            <option value="">{t('catalogue.filters.allStars')}</option>
            {[5, 4, 3].map((stars) => (
              <option key={stars} value={stars}>
                {t('certificate.stars', { count: stars })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="results-bar">
        <p className="results-count" aria-live="polite">
          {list.data ? t('catalogue.results.products', { count: list.data.total }) : ''}
        </p>
        <div className="export-links" role="group" aria-label={t('admin.products.exportLabel')}>
          <span className="muted">{t('admin.products.exportLabel')}:</span>
          <a className="button button--small button--secondary" href={exportUrl('xlsx')} download>
            {t('admin.products.exportXlsx')}
          </a>
          <a className="button button--small button--secondary" href={exportUrl('csv')} download>
            {t('admin.products.exportCsv')}
          </a>
        </div>
      </div>
      {list.error ? (
        <LoadFailed state={list} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p>{t('catalogue.results.empty')}</p>
      ) : (
        <>
          <table className="data-table" aria-busy={list.loading}>
            <caption className="visually-hidden">{t('admin.products.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.products.columns.product')}</th>
                <th scope="col">{t('admin.products.columns.producer')}</th>
                <th scope="col">{t('admin.products.columns.rating')}</th>
                <th scope="col">{t('admin.products.columns.status')}</th>
                <th scope="col">{t('admin.products.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((product) => (
                <tr key={product.id}>
                  <td data-label={t('admin.products.columns.product')}>
                    <div>
                      <Link className="cell-title" to={`/admin/catalogue/products/${product.id}`}>
                        {pick(product.name)}
                      </Link>
                      <span className="cell-sub">
                        <code>{product.code}</code> · {categoryName(product.categoryCode, language)}
                      </span>
                    </div>
                  </td>
                  <td data-label={t('admin.products.columns.producer')}>
                    <Link to={`/admin/catalogue/producers/${product.producer.id}`}>{product.producer.name}</Link>
                  </td>
                  <td data-label={t('admin.products.columns.rating')}>
                    <StarRating stars={product.stars} />
                  </td>
                  <td data-label={t('admin.products.columns.status')}>
                    <div>
                      <StatusBadge status={product.certificateStatus} />
                      <ExpiryNote status={product.certificateStatus} expiryDate={product.expiryDate} />
                    </div>
                  </td>
                  <td data-label={t('admin.products.columns.actions')}>
                    <div className="inline-form">
                      <Link className="button button--small" to={`/admin/catalogue/products/${product.id}`} aria-label={t('admin.products.editProduct', { name: pick(product.name) })}>
                        {t('admin.edit')}
                      </Link>
                      <Link className="button button--small button--secondary" to={`/catalogue/products/${product.id}`} aria-label={t('admin.products.viewProduct', { name: pick(product.name) })}>
                        {t('admin.view')}
                      </Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
    </section>
  );
}
