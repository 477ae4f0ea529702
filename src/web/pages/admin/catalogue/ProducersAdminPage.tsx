import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProducerList } from '../../../../modules/catalogue/contract.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { Pagination } from '../../../components/Pagination.tsx';
import { SearchBox } from '../../../components/SearchBox.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useSearchState } from '../../../components/useSearchState.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { PRODUCER_TYPES, countryLabel, producerTypeName, provinceLabel } from '../../catalogue/shared/catalogue-data.ts';
import { OriginFilter } from '../../catalogue/shared/PlaceFilters.tsx';
import { LoadFailed, Loading } from '../../../components/LoadStatus.tsx';

const PAGE_SIZE = 50;

/** `/admin/catalogue/producers`: OCOP producers, searchable, with their product counts. */
export default function ProducersAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.producers.title'));
  const { language, pick } = useLocalized();
  const { get, update, page } = useSearchState();
  const q = get('q');
  const list = useApiGet<ProducerList>('/api/producers', { q, type: get('type'), region: get('region'), country: get('country'), page, pageSize: PAGE_SIZE });
  const onSearch = useCallback((text: string) => update({ q: text }), [update]);

  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('admin.producers.title')}</h1>
        <Link className="button button--primary" to="/admin/catalogue/producers/new">
          {t('admin.producers.new')}
        </Link>
      </div>
      <SearchBox id="admin-producers-q" label={t('admin.producers.search')} value={q} onSearch={onSearch} />
      <div className="filters filters--row" role="group" aria-label={t('catalogue.filters.title')}>
        <div className="field">
          <label htmlFor="admin-producers-type">{t('admin.producers.type')}</label>
          <select id="admin-producers-type" value={get('type')} onChange={(event) => update({ type: event.target.value })}>
            <option value="">{t('catalogue.producers.allTypes')}</option>
            {PRODUCER_TYPES.map((type) => (
              <option key={type.code} value={type.code}>
                {type.label[language]}
              </option>
            ))}
          </select>
        </div>
        <OriginFilter id="admin-producers-origin" />
      </div>
      <p className="results-count" aria-live="polite">
        {list.data ? t('catalogue.results.producers', { count: list.data.total }) : ''}
      </p>
      {list.error ? (
        <LoadFailed state={list} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p>{t('catalogue.producers.empty')}</p>
      ) : (
        <>
          <table className="data-table" aria-busy={list.loading}>
            <caption className="visually-hidden">{t('admin.producers.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.producers.columns.producer')}</th>
                <th scope="col">{t('admin.producers.columns.place')}</th>
                <th scope="col">{t('admin.producers.columns.products')}</th>
                <th scope="col">{t('admin.products.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((producer) => (
                <tr key={producer.id}>
                  <td data-label={t('admin.producers.columns.producer')}>
                    <div>
                      <Link className="cell-title" to={`/admin/catalogue/producers/${producer.id}`}>
                        {producer.name}
                      </Link>
                      <span className="cell-sub">{producerTypeName(producer.type, language)}</span>
                    </div>
                  </td>
                  <td data-label={t('admin.producers.columns.place')}>
                    <div>
                      <span>{producer.country === 'VN' ? provinceLabel(producer.province, language) : `${producer.province}, ${countryLabel(producer.country, language)}`}</span>
                      {producer.craftVillage && <span className="cell-sub">{pick(producer.craftVillage.name)}</span>}
                    </div>
                  </td>
                  <td data-label={t('admin.producers.columns.products')}>
                    {t('catalogue.producer.productCounts', { valid: producer.validProductCount, count: producer.productCount })}
                  </td>
                  <td data-label={t('admin.products.columns.actions')}>
                    <div className="inline-form">
                      <Link className="button button--small" to={`/admin/catalogue/producers/${producer.id}`} aria-label={t('admin.producers.editProducer', { name: producer.name })}>
                        {t('admin.edit')}
                      </Link>
                      <Link className="button button--small button--secondary" to={`/catalogue/producers/${producer.id}`} aria-label={t('admin.producers.viewProducer', { name: producer.name })}>
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
