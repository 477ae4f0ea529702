import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProducerList, ProducerSummary } from '../../../modules/catalogue/contract.ts';
import { useApiGet } from '../../api/useApiGet.ts';
import { Pagination } from '../../components/Pagination.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSearchState } from '../../components/useSearchState.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { CatalogueTabs } from './shared/CatalogueTabs.tsx';
import { OriginFilter, ProvinceAndVillageFilters } from './shared/PlaceFilters.tsx';
import { PRODUCER_TYPES, countryLabel, producerTypeName, provinceLabel } from './shared/catalogue-data.ts';
import { LoadFailed, Loading } from '../../components/LoadStatus.tsx';

const PAGE_SIZE = 24;

/** `/catalogue/producers`: search OCOP producers by name, legal form, origin and craft village. */
export default function ProducerSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('catalogue.producers.title'));
  const { language } = useLocalized();
  const { get, update, page } = useSearchState();
  const q = get('q');
  const list = useApiGet<ProducerList>('/api/producers', {
    q,
    type: get('type'),
    region: get('region'),
    country: get('country'),
    province: get('province'),
    craftVillage: get('craftVillage'),
    page,
    pageSize: PAGE_SIZE,
  });
  const onSearch = useCallback((text: string) => update({ q: text }), [update]);
  const filtered = ['type', 'region', 'country', 'province', 'craftVillage'].some((key) => get(key));


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
        value={q}
        onSearch={onSearch}
      />
      <div className="filters filters--row" role="group" aria-label={t('catalogue.filters.title')}>
        <div className="field">
          <label htmlFor="producer-type">{t('catalogue.producers.type')}</label>
          <select id="producer-type" value={get('type')} onChange={(event) => update({ type: event.target.value })}>
            <option value="">{t('catalogue.producers.allTypes')}</option>
            {PRODUCER_TYPES.map((type) => (
              <option key={type.code} value={type.code}>
                {type.label[language]}
              </option>
            ))}
          </select>
        </div>
        <OriginFilter id="producer-origin" />
        <ProvinceAndVillageFilters idPrefix="producer" />
        {filtered && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => update({ type: null, region: null, country: null, province: null, craftVillage: null })}
          >
            {t('catalogue.filters.clear')}
          </button>
        )}
      </div>
      <p className="results-count" aria-live="polite">
        {list.data ? t('catalogue.results.producers', { count: list.data.total }) : ''}
      </p>
      {list.error ? (
        <LoadFailed state={list} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p className="empty-state">{t('catalogue.producers.empty')}</p>
      ) : (
        <>
          <ul className="producer-grid" aria-label={t('catalogue.producers.resultsLabel')} aria-busy={list.loading}>
            {list.data.items.map((producer) => (
              <ProducerCard key={producer.id} producer={producer} />
            ))}
          </ul>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(next) => update({ page: next })} />
        </>
      )}
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
