import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type SearchChanges = Record<string, string | number | null | undefined>;

/**
 * A page's search state kept in the address (?q=…&page=…), so links, reloads and Back work.
 * update() sets or clears (empty/null) the given parameters and, unless it sets `page`, goes
 * back to the first page.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: string) => params.get(key) ?? '', [params]);
  const update = useCallback(
    (changes: SearchChanges, options: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: options.replace },
      );
    },
    [setParams],
  );
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  return { params, get, update, page };
}
