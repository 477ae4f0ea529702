import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { api, type ApiError } from '../../api/client.ts';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** The cache key of GET `path` with `params`: the path first, so mutations invalidate by prefix. */
export const apiQueryKey = (path: string, params?: QueryParams) => [path, params ?? {}] as const;

export interface ApiQueryOptions {
  /** While the next page or filter loads, keep showing the previous answer (lists). */
  keepPrevious?: boolean;
  /** false: do not load yet (e.g. until a dependency is known). A null path does the same. */
  enabled?: boolean;
  /** Refetch every N ms while shown (live figures). */
  refetchInterval?: number;
}

/**
 * GET `path` with `params`, cached and shared by every component that asks for the same thing.
 * `path` null means "nothing to load yet". Errors are ApiError (machine code, status, details).
 */
export function useApiQuery<T>(path: string | null, params?: QueryParams, options: ApiQueryOptions = {}): UseQueryResult<T, ApiError> {
  return useQuery<T, ApiError>({
    queryKey: apiQueryKey(path ?? '', params),
    queryFn: ({ signal }) => api.get<T>(path as string, params, signal),
    enabled: path !== null && options.enabled !== false,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: options.refetchInterval,
  });
}
