// The one cache of server state: TanStack Query over the api client (src/web/api/client.ts),
// which already sends the language and the CSRF token and turns the API's error shape into an
// ApiError carrying the machine code.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';

/**
 * A refusal (4xx) means the same request gets the same answer: it is not retried. A lost
 * connection or a server fault (status 0, 5xx) is retried once, after a short pause.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  if (error instanceof DOMException && error.name === 'AbortError') return false;
  return failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: 500,
        // A page opened again within half a minute shows what it had and refreshes behind it.
        staleTime: 30_000,
        // A form under edit is not refreshed under the user's hands when the window regains focus.
        refetchOnWindowFocus: false,
      },
      // A mutation is never repeated on its own: a POST that timed out may have been applied.
      mutations: { retry: false },
    },
  });
}
