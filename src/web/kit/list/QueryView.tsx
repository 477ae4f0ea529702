import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client.ts';
import { LoadFailed, Loading } from '../../components/LoadStatus.tsx';

/**
 * The states of loaded data in one place: loading, failed (with Try again), empty, or the
 * data. While a newer answer loads, the previous one stays on screen (marked busy by the caller).
 */
export function QueryView<T>({
  query,
  children,
  isEmpty,
  empty,
  notFound,
}: {
  query: UseQueryResult<T, ApiError>;
  children(data: T): ReactNode;
  isEmpty?(data: T): boolean;
  empty?: ReactNode;
  /** Shown instead of the failure when the record does not exist (404, or a malformed id: 400). */
  notFound?: ReactNode;
}) {
  if (notFound !== undefined && query.error && (query.error.status === 404 || query.error.status === 400)) return <>{notFound}</>;
  if (query.error && !query.isFetching) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <Loading />;
  if (isEmpty?.(query.data)) {
    return (
      <p className="empty-state" role="status">
        {empty}
      </p>
    );
  }
  return <>{children(query.data)}</>;
}
