import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductList } from '../../../modules/catalogue/contract.ts';
import { useApiGet } from '../../api/useApiGet.ts';
import { Pagination } from '../../components/Pagination.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSearchState } from '../../components/useSearchState.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { CatalogueTabs } from './shared/CatalogueTabs.tsx';
import { categoryTreeOptions } from './shared/catalogue-data.ts';
import { OriginFilter, ProvinceAndVillageFilters } from './shared/PlaceFilters.tsx';
import { SORT_CODES, STATUS_CODES, isSortCode, isStatusCode } from './shared/codes.ts';
import { ProductCard } from './shared/ProductCard.tsx';
import { LoadFailed, Loading } from '../../components/LoadStatus.tsx';

export const PAGE_SIZE = 24;

/** `/catalogue`: search and filter OCOP products; every choice is kept in the address. */
export default function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.title'));
  const { get, update, page } = useSearchState();
  const q = get('q');
  const status = get('status');
  const sort = get('sort');
  const query = {
    q,
    category: get('category'),
    stars: get('stars'),
    region: get('region'),
    country: get('country'),
    province: get('province'),
    craftVillage: get('craftVillage'),
    status: isStatusCode(status) ? status : '',
    sort: isSortCode(sort) ? sort : '',
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApiGet<ProductList>('/api/products', query);
  const onSearch = useCallback((text: string) => update({ q: text }), [update]);
  const filterCount = ['category', 'stars', 'region', 'country', 'province', 'craftVillage', 'status'].filter((key) => get(key)).length;

  return (
    <section className="page page--wide catalogue" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('catalogue.title')}</h1>
        <Link className="button button--secondary" to="/verify">
          <span aria-hidden="true">▣</span> {t('catalogue.verifyLink')}
        </Link>
      </div>
      <p className="lead">{t('catalogue.intro')}</p>
      <CatalogueTabs />
      <SearchBox
        id="catalogue-q"
        label={t('catalogue.search.label')}
        hint={t('catalogue.search.hint')}
        placeholder={t('catalogue.search.placeholder')}
        value={q}
        onSearch={onSearch}
      />
      <div className="catalogue-layout">
        <ProductFilters filterCount={filterCount} />
        <div className="catalogue-results">
          <div className="results-bar">
            <p className="results-count" aria-live="polite">
              {list.data ? t('catalogue.results.products', { count: list.data.total }) : ''}
            </p>
            <SortSelect hasQuery={q !== ''} />
          </div>
          {list.error ? (
            <LoadFailed state={list} />
          ) : !list.data ? (
            <Loading />
          ) : list.data.items.length === 0 ? (
            <div className="empty-state">
              <p>{t('catalogue.results.empty')}</p>
              {(q || filterCount > 0) && (
                <Link to="/catalogue">{t('catalogue.filters.clear')}</Link>
              )}
            </div>
          ) : (
            <>
              <ul className="product-grid" aria-label={t('catalogue.results.label')} aria-busy={list.loading}>
                {list.data.items.map((product) => (
                  <ProductCard key={product.id} product={product} />
                ))}
              </ul>
              <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(next) => update({ page: next })} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function SortSelect({ hasQuery }: { hasQuery: boolean }) {
  const { t } = useTranslation();
  const { get, update } = useSearchState();
  const id = useId();
  const sort = get('sort');
  return (
    <div className="inline-field">
      <label htmlFor={id}>{t('catalogue.sort.label')}</label>
      <select id={id} value={isSortCode(sort) ? sort : 'relevance'} onChange={(event) => update({ sort: event.target.value === 'relevance' ? '' : event.target.value })}>
        {SORT_CODES.map((code) => (
          <option key={code} value={code}>
            {code === 'relevance' && !hasQuery ? t('catalogue.sort.default') : t(`catalogue.sort.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filter panel: open on wide screens, folded on a phone (its summary counts the filters in use). */
function ProductFilters({ filterCount }: { filterCount: number }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { get, update } = useSearchState();
  const categories = useMemo(() => categoryTreeOptions(language), [language]);
  // Decided once: afterwards the panel stays as the user leaves it.
  const [initiallyOpen] = useState(() => filterCount > 0 || (typeof window !== 'undefined' && !!window.matchMedia?.('(min-width: 60rem)').matches));

  return (
    <details className="filter-panel" open={initiallyOpen}>
      <summary>
        {t('catalogue.filters.title')}
        {filterCount > 0 && <span className="tag">{t('catalogue.filters.inUse', { count: filterCount })}</span>}
      </summary>
      <div className="filter-panel__body">
        <div className="field">
          <label htmlFor="filter-category">{t('catalogue.filters.category')}</label>
          <select id="filter-category" value={get('category')} onChange={(event) => update({ category: event.target.value })}>
            <option value="">{t('catalogue.filters.allCategories')}</option>
            {categories.map((option) => (
              <option key={option.code} value={option.code} className={`level-${option.level}`}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('catalogue.filters.status')}</label>
          <select id="filter-status" value={get('status')} onChange={(event) => update({ status: event.target.value })}>
            <option value="">{t('catalogue.filters.allStatuses')}</option>
            {STATUS_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`certificate.status.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-stars">{t('catalogue.filters.stars')}</label>
          <select id="filter-stars" value={get('stars')} onChange={(event) => update({ stars: event.target.value })}>
            <option value="">{t('catalogue.filters.allStars')}</option>
            {[5, 4, 3].map((stars) => (
              <option key={stars} value={stars}>
                {'★'.repeat(stars)} {t('certificate.stars', { count: stars })}
              </option>
            ))}
          </select>
        </div>
        <OriginFilter id="filter-origin" />
        <ProvinceAndVillageFilters idPrefix="filter" />
        {filterCount > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => update({ category: null, stars: null, region: null, country: null, province: null, craftVillage: null, status: null })}
          >
            {t('catalogue.filters.clear')}
          </button>
        )}
      </div>
    </details>
  );
}
