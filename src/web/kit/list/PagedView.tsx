import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client.ts';
import { Pagination } from '../../components/Pagination.tsx';
import { QueryView } from './QueryView.tsx';

/** A page of a list as the API returns it. */
export interface Paged<T> {
  items: readonly T[];
  total: number;
}

/**
 * One page of a list in any layout (a table, a grid of cards): loading, failed and empty
 * states, the items, and the pagination under them. `busy` is true while the next page loads
 * over the previous one.
 */
export function PagedView<T, D extends Paged<T>>({
  query,
  page,
  pageSize,
  onPage,
  empty,
  children,
}: {
  query: UseQueryResult<D, ApiError>;
  page: number;
  pageSize: number;
  onPage(page: number): void;
  empty: ReactNode;
  children(items: D['items'], busy: boolean): ReactNode;
}) {
  return (
    <QueryView query={query} isEmpty={(data) => data.items.length === 0} empty={empty}>
      {(data) => (
        <>
          {children(data.items, query.isPlaceholderData)}
          <Pagination page={page} pageSize={pageSize} total={data.total} onPage={onPage} />
        </>
      )}
    </QueryView>
  );
}
