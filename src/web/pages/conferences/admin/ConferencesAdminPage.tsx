import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conference, ConferenceList } from '../../../../modules/trade/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

/** `/admin/conferences`: every conference, drafts included, and the way to create one. */
export default function ConferencesAdminPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('conferences.admin.title'));
  const list = useApiQuery<ConferenceList>('/api/conferences');
  const columns: Column<Conference>[] = [
    { id: 'name', header: t('conferences.admin.name'), cell: (c) => <Link to={`/admin/conferences/${c.slug}`}>{pick(c.name)}</Link> },
    { id: 'dates', header: t('conferences.admin.dates'), cell: (c) => t('conferences.dates', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) }) },
    { id: 'status', header: t('conferences.admin.status'), cell: (c) => t(`conferences.status.${c.status}`) },
    { id: 'producers', header: t('conferences.admin.producers'), cell: (c) => c.producerCount, className: 'num' },
    { id: 'buyers', header: t('conferences.admin.buyers'), cell: (c) => c.buyerCount, className: 'num' },
  ];
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('conferences.admin.title')}</h1>
        <Link className="button button--primary" to="/admin/conferences/new">{t('conferences.form.newTitle')}</Link>
      </div>
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={t('conferences.none')}>
        {(d) => <DataTable rows={d.items} columns={columns} rowKey={(c) => c.id} caption={t('conferences.admin.title')} />}
      </QueryView>
    </section>
  );
}
