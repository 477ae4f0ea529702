import { useCallback, useEffect, useState } from 'react';
import { api } from './client.ts';

type Query = Record<string, string | number | boolean | null | undefined>;

export interface ApiGetState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * GETs `path` with `query` and keeps the answer; it refetches when the path or query changes
 * (compared by value) and on reload(), and drops answers that arrive after a newer request.
 */
export function useApiGet<T>(path: string | null, query?: Query): ApiGetState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);
  const queryKey = JSON.stringify(query ?? {});

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    api
      .get<T>(path, JSON.parse(queryKey) as Query, controller.signal)
      .then((result) => {
        setData(result);
        setLoading(false);
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught);
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, queryKey, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
