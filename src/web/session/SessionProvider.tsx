import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ChangePasswordBody, CurrentUser, SessionResponse } from '../../modules/accounts/contract.ts';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import { SessionContext, type Session, type SessionState } from './session-context.ts';

const hintMeta = () => (typeof document === 'undefined' ? null : document.querySelector<HTMLMetaElement>('meta[name="ocop-session"]'));
/** No hint (the dev server, tests): ask the server. */
const hasSessionHint = () => hintMeta()?.content !== '0';
const setSessionHint = (present: boolean) => {
  const meta = hintMeta();
  if (meta) meta.content = present ? '1' : '0';
};

/** Loads the signed-in user (`GET /api/auth/me`) once and keeps the CSRF token for mutations. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading', user: null });
  const loaded = useRef(false);

  const apply = useCallback((session: SessionResponse | null, signedOutFrom?: string) => {
    setCsrfToken(session?.csrfToken ?? null);
    setState(session ? { status: 'signed-in', user: session.user } : { status: 'signed-out', user: null, signedOutFrom });
  }, []);

  const refresh = useCallback(async (): Promise<CurrentUser | null> => {
    // The server said the page was asked for without a session cookie: nobody is signed in,
    // and asking would only earn a 401. (Signing in replaces the hint.)
    if (!hasSessionHint()) {
      apply(null);
      return null;
    }
    try {
      const session = await api.get<SessionResponse>('/api/auth/me');
      apply(session);
      return session.user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        apply(null);
        return null;
      }
      throw error;
    }
  }, [apply]);

  useEffect(() => {
    if (loaded.current) return; // once, even under StrictMode's double effects
    loaded.current = true;
    refresh().catch(() => setState({ status: 'error', user: null }));
  }, [refresh]);

  useEffect(() => {
    // A request that finds the session gone (expired, or ended by an admin) signs the app out.
    setUnauthorizedHandler((path) => {
      if (!path.startsWith('/api/auth/sign-in')) apply(null);
    });
    return () => setUnauthorizedHandler(null);
  }, [apply]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await api.post<SessionResponse>('/api/auth/sign-in', { email, password });
      setSessionHint(true);
      apply(session);
      return session.user;
    },
    [apply],
  );

  const signOut = useCallback(async (from?: string) => {
    try {
      await api.post<void>('/api/auth/sign-out');
    } catch (error) {
      // Already signed out on the server: the app signs out all the same.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    apply(null, from);
  }, [apply]);

  const changePassword = useCallback(
    async (body: ChangePasswordBody) => {
      await api.post<void>('/api/auth/change-password', body);
      await refresh();
    },
    [refresh],
  );

  const value = useMemo<Session>(
    () => ({ ...state, signIn, signOut, refresh, changePassword }),
    [state, signIn, signOut, refresh, changePassword],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
