import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** A filter kept in the address: its value when absent, and the values it may take. */
export type FilterSpec = string | { default?: string; allowed?: readonly string[] };

export type FilterChanges<K extends string> = Partial<Record<K | 'page', string | number | null | undefined>>;

const defaultOf = (spec: FilterSpec) => (typeof spec === 'string' ? spec : (spec.default ?? ''));

/**
 * A list's filters and page kept in the address (?q=…&status=…&page=2), so links, reloads and
 * Back show the same list. A value the spec does not allow reads as the default; a default value
 * is left out of the address. set() goes back to the first page unless it sets `page`.
 * Declare `spec` outside the component (a constant), so that it keeps its identity.
 */
export function useListFilters<K extends string>(spec: Readonly<Record<K, FilterSpec>>) {
  const [params, setParams] = useSearchParams();
  const keys = useMemo(() => Object.keys(spec) as K[], [spec]);

  const values = useMemo(() => {
    const out = {} as Record<K, string>;
    for (const key of keys) {
      const rule = spec[key];
      const raw = params.get(key);
      const allowed = typeof rule === 'string' ? undefined : rule.allowed;
      out[key] = raw !== null && (!allowed || allowed.includes(raw)) ? raw : defaultOf(rule);
    }
    return out;
  }, [params, spec, keys]);

  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);

  const set = useCallback(
    (changes: FilterChanges<K>, options: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes) as [string, string | number | null | undefined][]) {
            const rule = (spec as Record<string, FilterSpec | undefined>)[key];
            const fallback = rule === undefined ? '' : defaultOf(rule);
            if (value === null || value === undefined || value === '' || String(value) === fallback) next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes) || changes.page === 1) next.delete('page');
          return next;
        },
        { replace: options.replace },
      );
    },
    [setParams, spec],
  );

  const setPage = useCallback((next: number) => set({ page: next } as FilterChanges<K>), [set]);
  const clear = useCallback(() => set(Object.fromEntries(keys.map((key) => [key, null])) as FilterChanges<K>), [set, keys]);
  const active = keys.some((key) => values[key] !== defaultOf(spec[key]));

  return { values, page, set, setPage, clear, active, params };
}
