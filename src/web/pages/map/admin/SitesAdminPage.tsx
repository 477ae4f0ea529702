import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CuratedRoute, Site } from '../../../../modules/tourism/contract.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

/** `/admin/tourism`: every tourist site (published or not) and every curated route, to edit them. */
export default function SitesAdminPage() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  usePageTitle(t('tourism.admin.title'));
  const sites = useApiQuery<{ items: Site[] }>('/api/tourism/sites', { all: true });
  const routes = useApiQuery<{ items: CuratedRoute[] }>('/api/tourism/routes');
  const siteColumns: Column<Site>[] = [
    { id: 'name', header: t('tourism.admin.name'), cell: (s) => <Link to={`/admin/tourism/sites/${s.slug}`}>{pick(s.name)}</Link> },
    { id: 'kind', header: t('tourism.admin.kind'), cell: (s) => t(`tourism.admin.kinds.${s.kind}`) },
    { id: 'visit', header: t('tourism.admin.visitMinutes'), cell: (s) => s.visitMinutes, className: 'num' },
    { id: 'published', header: t('tourism.admin.published'), cell: (s) => (s.published ? t('tourism.admin.yes') : t('tourism.admin.no')) },
  ];
  const routeColumns: Column<CuratedRoute>[] = [
    { id: 'title', header: t('tourism.admin.name'), cell: (r) => <Link to={`/admin/tourism/routes/${r.id}`}>{pick(r.title)}</Link> },
    { id: 'sites', header: t('tourism.admin.sites'), cell: (r) => r.sites.map((s) => pick(s.name)).join(' → ') },
    { id: 'published', header: t('tourism.admin.published'), cell: (r) => (r.published ? t('tourism.admin.yes') : t('tourism.admin.no')) },
  ];
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('tourism.admin.title')}</h1>
      <p>
        <Link className="button button--primary" to="/admin/tourism/sites/new">{t('tourism.admin.newSite')}</Link>{' '}
        <Link className="button" to="/admin/tourism/routes/new">{t('tourism.admin.newRoute')}</Link>
      </p>
      <h2>{t('tourism.admin.sites')}</h2>
      <QueryView query={sites} isEmpty={(d) => d.items.length === 0} empty={t('tourism.admin.noSites')}>
        {(d) => <DataTable caption={t('tourism.admin.sites')} columns={siteColumns} rows={d.items} rowKey={(s) => s.id} />}
      </QueryView>
      <h2>{t('tourism.admin.routes')}</h2>
      <QueryView query={routes} isEmpty={(d) => d.items.length === 0} empty={t('tourism.admin.noRoutes')}>
        {(d) => <DataTable caption={t('tourism.admin.routes')} columns={routeColumns} rows={d.items} rowKey={(r) => r.id} />}
      </QueryView>
    </section>
  );
}
