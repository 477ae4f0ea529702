import { useMemo, useState } from 'react';
import { SavedStatus } from '../../../kit/form/SavedStatus.tsx';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CraftVillage } from '../../../../modules/catalogue/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import type { Column } from '../../../kit/list/DataTable.tsx';
import { DataTable } from '../../../kit/list/DataTable.tsx';
import { FilterBar, FilterText } from '../../../kit/list/filters.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { provinceLabel } from '../shared/catalogue-data.ts';
import { VillageForm } from './VillageForm.tsx';

/** `/admin/catalogue/craft-villages`: the craft villages (làng nghề) producers belong to. */
export default function CraftVillagesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.villages.title'));
  const { language, pick } = useLocalized();
  const villages = useApiQuery<{ items: CraftVillage[] }>('/api/craft-villages');
  const [editing, setEditing] = useState<CraftVillage | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase(language);
    return [...(villages.data?.items ?? [])]
      .filter((village) => !needle || `${village.name.vi} ${village.name.en} ${village.craft.vi} ${village.craft.en} ${village.commune} ${village.legacyDistrict ?? ''}`.toLocaleLowerCase(language).includes(needle))
      .sort((a, b) => pick(a.name).localeCompare(pick(b.name), language));
  }, [villages.data, filter, pick, language]);
  const columns: Column<CraftVillage>[] = [
    {
      id: 'village',
      header: t('admin.villages.columns.village'),
      cell: (village) => (
        <>
          <span className="cell-title">{pick(village.name)}</span>
          <span className="cell-sub">{pick(village.craft)}</span>
          {village.traditional && <span className="tag tag--plain">{t('admin.villages.traditional')}</span>}
        </>
      ),
    },
    {
      id: 'place',
      header: t('admin.villages.columns.place'),
      cell: (village) => (
        <>
          <span>
            {village.commune}, {provinceLabel(village.province, language)}
          </span>
          {village.legacyDistrict && <span className="cell-sub">{t('catalogue.producer.legacyDistrict', { district: village.legacyDistrict })}</span>}
        </>
      ),
    },
    {
      id: 'producers',
      header: t('admin.villages.columns.producers'),
      cell: (village) => <Link to={`/catalogue/producers?craftVillage=${village.id}`}>{t('admin.villages.producerCount', { count: village.producerCount })}</Link>,
    },
    {
      id: 'actions',
      header: t('admin.products.columns.actions'),
      cell: (village) => (
        <button
          type="button"
          className="button button--small"
          aria-label={t('admin.villages.editVillage', { name: pick(village.name) })}
          onClick={() => {
            setEditing(village);
            setMessage(null);
          }}
        >
          {t('admin.edit')}
        </button>
      ),
    },
  ];

  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('admin.villages.title')}</h1>
        {editing === null && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setEditing('new');
              setMessage(null);
            }}
          >
            {t('admin.villages.new')}
          </button>
        )}
      </div>
      <p className="lead">{t('admin.villages.intro')}</p>
      {editing !== null && (
        <VillageForm
          key={editing === 'new' ? 'new' : editing.id}
          village={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            setMessage(text);
          }}
        />
      )}
      <SavedStatus message={message} />
      <FilterBar>
        <FilterText id="villages-filter" type="search" label={t('admin.villages.filter')} value={filter} onChange={setFilter} />
      </FilterBar>
      <QueryView query={villages}>
        {() => <DataTable caption={t('admin.villages.title')} columns={columns} rows={shown} rowKey={(village) => village.id} busy={villages.isFetching} />}
      </QueryView>
    </section>
  );
}
