import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProducerList, ProducerSummary } from '../../../modules/catalogue/contract.ts';
import { SearchBox } from '../../components/SearchBox.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { PagedView } from '../../kit/list/PagedView.tsx';
import { useListFilters } from '../../kit/list/useListFilters.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { CatalogueTabs } from './shared/CatalogueTabs.tsx';
import { PLACE_FILTERS, ProvinceAndVillageFilters } from './shared/PlaceFilters.tsx';
import { ProducerFilters, PRODUCER_FILTERS } from './shared/ProducerFilters.tsx';
import { countryLabel, producerTypeName, provinceLabel } from './shared/catalogue-data.ts';

const PAGE_SIZE = 24;
const FILTERS = { ...PRODUCER_FILTERS, ...PLACE_FILTERS } as const;

/** `/catalogue/producers`: search OCOP producers by name, legal form, origin and craft village. */
export default function ProducerSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.producers.title'));
  const filters = useListFilters(FILTERS);
  const list = useApiQuery<ProducerList>('/api/producers', { ...filters.values, page: filters.page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  const filtered = (['type', 'region', 'country', 'province', 'craftVillage'] as const).some((key) => filters.values[key]);

  return (
    <section className="page page--wide catalogue" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('catalogue.producers.title')}</h1>
        <Link className="button button--secondary" to="/verify">
          <span aria-hidden="true">▣</span> {t('catalogue.verifyLink')}
        </Link>
      </div>
      <p className="lead">{t('catalogue.producers.intro')}</p>
      <CatalogueTabs />
      <SearchBox
        id="producers-q"
        label={t('catalogue.producers.searchLabel')}
        placeholder={t('catalogue.producers.searchPlaceholder')}
        value={filters.values.q}
        onSearch={(q) => filters.set({ q })}
      />
      <ProducerFilters idPrefix="producer" filters={filters}>
        <ProvinceAndVillageFilters idPrefix="producer" filters={filters} />
        {filtered && (
          <button type="button" className="button button--secondary" onClick={() => filters.set({ type: null, region: null, country: null, province: null, craftVillage: null })}>
            {t('catalogue.filters.clear')}
          </button>
        )}
      </ProducerFilters>
      <p className="results-count" aria-live="polite">
        {list.data ? t('catalogue.results.producers', { count: list.data.total }) : ''}
      </p>
      <PagedView query={list} page={filters.page} pageSize={PAGE_SIZE} onPage={filters.setPage} empty={t('catalogue.producers.empty')}>
        {(items, busy) => (
          <ul className="producer-grid" aria-label={t('catalogue.producers.resultsLabel')} aria-busy={busy}>
            {items.map((producer) => (
              <ProducerCard key={producer.id} producer={producer} />
            ))}
          </ul>
        )}
      </PagedView>
    </section>
  );
}

function ProducerCard({ producer }: { producer: ProducerSummary }) {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const place =
    producer.country === 'VN' ? provinceLabel(producer.province, language) : `${producer.province}, ${countryLabel(producer.country, language)}`;
  return (
    <li className="producer-card">
      <h3 className="producer-card__name">
        <Link to={`/catalogue/producers/${producer.id}`}>{producer.name}</Link>
      </h3>
      <p className="producer-card__type">
        <span className="tag tag--plain">{producerTypeName(producer.type, language)}</span> {place}
      </p>
      {producer.address && <p className="producer-card__address">{producer.address}</p>}
      {producer.craftVillage && (
        <p className="producer-card__village">
          {t('catalogue.producer.craftVillage')}: {pick(producer.craftVillage.name)}
        </p>
      )}
      <p className="producer-card__counts">
        {t('catalogue.producer.productCounts', { valid: producer.validProductCount, count: producer.productCount })}
      </p>
    </li>
  );
}
