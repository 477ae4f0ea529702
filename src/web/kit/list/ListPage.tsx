import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DataTable, type Column } from './DataTable.tsx';
import { PagedView, type Paged } from './PagedView.tsx';

export type { Paged };

export interface ListPageProps<T, D extends Paged<T>> {
  title: string;
  /** Under the title (what the list is). */
  intro?: ReactNode;
  /** Buttons beside the title ("New product"). */
  actions?: ReactNode;
  /** The search box and FilterBar. */
  filters?: ReactNode;
  /** Beside the count (export links). */
  tools?: ReactNode;
  query: UseQueryResult<D, ApiError>;
  columns: readonly Column<T>[];
  rowKey(row: T): string;
  rowClassName?(row: T): string | undefined;
  /** "12 products": the count line. */
  countText(total: number): string;
  /** What an empty list says (different when filters are on: say how to widen them). */
  emptyText: ReactNode;
  page: number;
  pageSize: number;
  onPage(page: number): void;
  /** wide: the back-office width for many columns. */
  wide?: boolean;
}

/**
 * The back office's list page: title and actions, filters (kept in the address by
 * useListFilters), the count, a table that stacks on a phone, pagination, and the loading,
 * failed and empty states. The previous page stays visible (busy) while the next one loads.
 */
export function ListPage<T, D extends Paged<T>>(props: ListPageProps<T, D>) {
  const { t } = useTranslation();
  const { title, intro, actions, filters, tools, query, columns, rowKey, rowClassName, countText, emptyText, page, pageSize, onPage, wide = true } = props;
  usePageTitle(title);
  return (
    <section className={wide ? 'page page--wide' : 'page'} aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{title}</h1>
        {actions && <p className="actions actions--tight">{actions}</p>}
      </div>
      {intro}
      {filters}
      <div className="results-bar">
        <p className="results-count" aria-live="polite">
          {query.data ? countText(query.data.total) : ''}
        </p>
        {tools}
      </div>
      <PagedView query={query} page={page} pageSize={pageSize} onPage={onPage} empty={emptyText}>
        {(items, busy) => <DataTable caption={title} columns={columns} rows={items} rowKey={rowKey} rowClassName={rowClassName} busy={busy} />}
      </PagedView>
      {query.isFetching && query.data && <span className="visually-hidden" role="status">{t('common.loading')}</span>}
    </section>
  );
}
