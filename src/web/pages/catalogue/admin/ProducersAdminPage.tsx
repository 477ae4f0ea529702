import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProducerList, ProducerSummary } from '../../../../modules/catalogue/contract.ts';
import { SearchBox } from '../../../components/SearchBox.tsx';
import { useLocalized } from '../../../i18n/use-localized.ts';
import type { Column } from '../../../kit/list/DataTable.tsx';
import { ListPage } from '../../../kit/list/ListPage.tsx';
import { useListFilters } from '../../../kit/list/useListFilters.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { countryLabel, producerTypeName, provinceLabel } from '../shared/catalogue-data.ts';
import { ProducerFilters, PRODUCER_FILTERS } from '../shared/ProducerFilters.tsx';
import { RowLinks } from '../shared/RowLinks.tsx';

const PAGE_SIZE = 50;
const FILTERS = { ...PRODUCER_FILTERS, region: '', country: '', province: '' } as const;

/** `/admin/catalogue/producers`: OCOP producers, searchable, with their product counts. */
export default function ProducersAdminPage() {
  const { t } = useTranslation();
  const { language, pick } = useLocalized();
  const filters = useListFilters(FILTERS);
  const list = useApiQuery<ProducerList>('/api/producers', { ...filters.values, page: filters.page, pageSize: PAGE_SIZE }, { keepPrevious: true });

  const columns: Column<ProducerSummary>[] = [
    {
      id: 'producer',
      header: t('admin.producers.columns.producer'),
      cell: (producer) => (
        <>
          <Link className="cell-title" to={`/admin/catalogue/producers/${producer.id}`}>
            {producer.name}
          </Link>
          <span className="cell-sub">{producerTypeName(producer.type, language)}</span>
        </>
      ),
    },
    {
      id: 'place',
      header: t('admin.producers.columns.place'),
      cell: (producer) => (
        <>
          <span>{producer.country === 'VN' ? provinceLabel(producer.province, language) : `${producer.province}, ${countryLabel(producer.country, language)}`}</span>
          {producer.craftVillage && <span className="cell-sub">{pick(producer.craftVillage.name)}</span>}
        </>
      ),
    },
    {
      id: 'products',
      header: t('admin.producers.columns.products'),
      cell: (producer) => t('catalogue.producer.productCounts', { valid: producer.validProductCount, count: producer.productCount }),
    },
    {
      id: 'actions',
      header: t('admin.products.columns.actions'),
      cell: (producer) => (
        <RowLinks
          edit={{ to: `/admin/catalogue/producers/${producer.id}`, label: t('admin.producers.editProducer', { name: producer.name }) }}
          view={{ to: `/catalogue/producers/${producer.id}`, label: t('admin.producers.viewProducer', { name: producer.name }) }}
        />
      ),
    },
  ];

  return (
    <ListPage
      title={t('admin.producers.title')}
      actions={
        <Link className="button button--primary" to="/admin/catalogue/producers/new">
          {t('admin.producers.new')}
        </Link>
      }
      filters={
        <>
          <SearchBox id="admin-producers-q" label={t('admin.producers.search')} value={filters.values.q} onSearch={(q) => filters.set({ q })} />
          <ProducerFilters idPrefix="admin-producers" typeLabel={t('admin.producers.type')} filters={filters} />
        </>
      }
      query={list}
      columns={columns}
      rowKey={(producer) => producer.id}
      countText={(count) => t('catalogue.results.producers', { count })}
      emptyText={t('catalogue.producers.empty')}
      page={filters.page}
      pageSize={PAGE_SIZE}
      onPage={filters.setPage}
    />
  );
}
