import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditList } from '../../../modules/audit/contract.ts';
import { formatDateTime } from '../../format.ts';
import type { Column } from '../../kit/list/DataTable.tsx';
import { FilterForm, FilterText } from '../../kit/list/filters.tsx';
import { ListPage } from '../../kit/list/ListPage.tsx';
import { useListFilters } from '../../kit/list/useListFilters.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';

const PAGE_SIZE = 50;
const FILTERS = { entity: '', action: '' } as const;

/** Suggestions for the filters (the server matches exactly); modules add theirs as they come. */
const KNOWN_ENTITIES = ['user'];
const KNOWN_ACTIONS = ['session.sign-in', 'session.sign-out', 'user.create', 'user.update', 'user.change-password'];

/** /admin/audit: who did what and when, newest first, filtered by entity and action. */
export default function AuditPage() {
  const { t } = useTranslation();
  const filters = useListFilters(FILTERS);
  const list = useApiQuery<AuditList>('/api/audit', { ...filters.values, page: filters.page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  const columns: Column<AuditEntry>[] = [
    { id: 'at', header: t('audit.columns.at'), cell: (entry) => <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> },
    { id: 'actor', header: t('audit.columns.actor'), cell: (entry) => entry.actorEmail ?? t('audit.system') },
    { id: 'action', header: t('audit.columns.action'), cell: (entry) => <code>{entry.action}</code> },
    {
      id: 'entity',
      header: t('audit.columns.entity'),
      cell: (entry) => (
        <>
          <span className="cell-title">{entry.entity}</span>
          {entry.entityId && <span className="cell-sub cell-id">{entry.entityId}</span>}
        </>
      ),
    },
    { id: 'changes', header: t('audit.columns.changes'), cell: (entry) => <Changes entry={entry} /> },
  ];
  return (
    <ListPage
      title={t('audit.title')}
      wide={false}
      intro={<p className="lead">{t('audit.intro')}</p>}
      filters={
        <FilterForm label={t('audit.filters')} submitLabel={t('audit.apply')} clearLabel={t('audit.clear')} values={filters.values} onApply={filters.set} onClear={filters.clear}>
          <FilterText id="audit-entity" name="entity" label={t('audit.entity')} suggestions={KNOWN_ENTITIES} />
          <FilterText id="audit-action" name="action" label={t('audit.action')} suggestions={KNOWN_ACTIONS} />
        </FilterForm>
      }
      query={list}
      columns={columns}
      rowKey={(entry) => String(entry.id)}
      countText={(count) => t('audit.total', { count })}
      emptyText={t('audit.empty')}
      page={filters.page}
      pageSize={PAGE_SIZE}
      onPage={filters.setPage}
    />
  );
}

function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = Object.keys(entry.changes);
  if (changes.length === 0) return <span className="muted">—</span>;
  return (
    <details>
      <summary>{t('audit.changedFields', { fields: changes.join(', ') })}</summary>
      <pre className="changes">{JSON.stringify(entry.changes, null, 2)}</pre>
    </details>
  );
}
