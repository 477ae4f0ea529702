import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { apiRequest, type ApiError } from '../../api/client.ts';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiMutationOptions<TData, TVariables> {
  method?: Method;
  /** The path, or a function of the variables (e.g. `(v) => `/api/fairs/${v.slug}``). */
  path: string | ((variables: TVariables) => string);
  /** The request body from the variables; by default the variables themselves. */
  body?: (variables: TVariables) => unknown;
  /**
   * The cached GETs to refresh after success, by path prefix (`['/api/fairs']`). By default every
   * cached query is marked stale and the ones on screen are refetched.
   */
  invalidates?: readonly string[];
  onSuccess?: (data: TData, variables: TVariables) => void | Promise<void>;
}

/**
 * A change sent to the API (CSRF token and language added by the client); on success the
 * affected cached data is refetched, so every list and figure on screen shows the change.
 */
export function useApiMutation<TData = unknown, TVariables = void>(
  options: ApiMutationOptions<TData, TVariables>,
): UseMutationResult<TData, ApiError, TVariables> {
  const queryClient = useQueryClient();
  const { method = 'POST', path, body, invalidates, onSuccess } = options;
  return useMutation<TData, ApiError, TVariables>({
    mutationFn: (variables) =>
      apiRequest<TData>(typeof path === 'function' ? path(variables) : path, {
        method,
        body: body ? body(variables) : variables === undefined ? undefined : variables,
      }),
    onSuccess: async (data, variables) => {
      await queryClient.invalidateQueries(
        invalidates
          ? { predicate: (query) => invalidates.some((prefix) => String(query.queryKey[0]).startsWith(prefix)) }
          : undefined,
      );
      await onSuccess?.(data, variables);
    },
  });
}
