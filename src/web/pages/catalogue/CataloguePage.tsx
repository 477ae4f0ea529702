import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProductList } from '../../../modules/catalogue/contract.ts';
import { SearchBox } from '../../components/SearchBox.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { FilterSelect } from '../../kit/list/filters.tsx';
import { PagedView } from '../../kit/list/PagedView.tsx';
import { useListFilters } from '../../kit/list/useListFilters.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { CatalogueTabs } from './shared/CatalogueTabs.tsx';
import { categoryTreeOptions } from './shared/catalogue-data.ts';
import { OriginFilter, PLACE_FILTERS, ProvinceAndVillageFilters } from './shared/PlaceFilters.tsx';
import { SORT_CODES, STATUS_CODES } from './shared/codes.ts';
import { ProductCard } from './shared/ProductCard.tsx';

export const PAGE_SIZE = 24;

const FILTERS = {
  q: '',
  category: '',
  stars: { allowed: ['3', '4', '5'] },
  ...PLACE_FILTERS,
  status: { allowed: STATUS_CODES },
  sort: { allowed: SORT_CODES },
} as const;

type Filters = ReturnType<typeof useListFilters<keyof typeof FILTERS>>;
const FILTER_KEYS = ['category', 'stars', 'region', 'country', 'province', 'craftVillage', 'status'] as const;

/** `/catalogue`: search and filter OCOP products; every choice is kept in the address. */
export default function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.title'));
  const filters = useListFilters(FILTERS);
  const { q } = filters.values;
  const list = useApiQuery<ProductList>('/api/products', { ...filters.values, page: filters.page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  const filterCount = FILTER_KEYS.filter((key) => filters.values[key]).length;

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
        onSearch={(text) => filters.set({ q: text })}
      />
      <div className="catalogue-layout">
        <ProductFilters filters={filters} filterCount={filterCount} />
        <div className="catalogue-results">
          <div className="results-bar">
            <p className="results-count" aria-live="polite">
              {list.data ? t('catalogue.results.products', { count: list.data.total }) : ''}
            </p>
            <SortSelect filters={filters} />
          </div>
          <PagedView
            query={list}
            page={filters.page}
            pageSize={PAGE_SIZE}
            onPage={filters.setPage}
            empty={
              <>
                {t('catalogue.results.empty')} {(q || filterCount > 0) && <Link to="/catalogue">{t('catalogue.filters.clear')}</Link>}
              </>
            }
          >
            {(items, busy) => (
              <ul className="product-grid" aria-label={t('catalogue.results.label')} aria-busy={busy}>
                {items.map((product) => (
                  <ProductCard key={product.id} product={product} />
                ))}
              </ul>
            )}
          </PagedView>
        </div>
      </div>
    </section>
  );
}

function SortSelect({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const hasQuery = filters.values.q !== '';
  return (
    <div className="inline-field">
      <label htmlFor="catalogue-sort">{t('catalogue.sort.label')}</label>
      <select id="catalogue-sort" value={filters.values.sort || 'relevance'} onChange={(event) => filters.set({ sort: event.target.value === 'relevance' ? '' : event.target.value })}>
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
function ProductFilters({ filters, filterCount }: { filters: Filters; filterCount: number }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const categories = useMemo(() => categoryTreeOptions(language).map((option) => ({ value: option.code, label: option.label })), [language]);
  // Decided once: afterwards the panel stays as the user leaves it.
  const [initiallyOpen] = useState(() => filterCount > 0 || (typeof window !== 'undefined' && !!window.matchMedia?.('(min-width: 60rem)').matches));
  const { values, set } = filters;

  return (
    <details className="filter-panel" open={initiallyOpen}>
      <summary>
        {t('catalogue.filters.title')}
        {filterCount > 0 && <span className="tag">{t('catalogue.filters.inUse', { count: filterCount })}</span>}
      </summary>
      <div className="filter-panel__body">
        <FilterSelect id="filter-category" label={t('catalogue.filters.category')} value={values.category} allLabel={t('catalogue.filters.allCategories')} options={categories} onChange={(category) => set({ category })} />
        <FilterSelect
          id="filter-status"
          label={t('catalogue.filters.status')}
          value={values.status}
          allLabel={t('catalogue.filters.allStatuses')}
          options={STATUS_CODES.map((code) => ({ value: code, label: t(`certificate.status.${code}`) }))}
          onChange={(status) => set({ status })}
        />
        <FilterSelect
          id="filter-stars"
          label={t('catalogue.filters.stars')}
          value={values.stars}
          allLabel={t('catalogue.filters.allStars')}
          options={[5, 4, 3].map((stars) => ({ value: String(stars), label: `${'★'.repeat(stars)} ${t('certificate.stars', { count: stars })}` }))}
          onChange={(stars) => set({ stars })}
        />
        <OriginFilter id="filter-origin" filters={filters} />
        <ProvinceAndVillageFilters idPrefix="filter" filters={filters} />
        {filterCount > 0 && (
          <button type="button" className="button button--secondary" onClick={() => set(Object.fromEntries(FILTER_KEYS.map((key) => [key, null])))}>
            {t('catalogue.filters.clear')}
          </button>
        )}
      </div>
    </details>
  );
}
