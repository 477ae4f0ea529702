import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../modules/accounts/roles.ts';
import NotAllowedPage from '../pages/not-allowed/NotAllowedPage.tsx';
import { useSession } from '../session/session-context.ts';

/**
 * Shows its children to signed-in users (of the given roles, when given). Signed-out visitors go
 * to /sign-in?next=<this page>; users of other roles see the not-allowed page.
 */
export function RequireSignIn({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (session.status === 'error') {
    return (
      <div className="page">
        <p role="alert">{t('banner.sessionUnavailable')}</p>
        <button type="button" className="button" onClick={() => void session.refresh().catch(() => undefined)}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (session.status === 'signed-out') {
    // Signing out on a page that needs a session leads home, not to the sign-in form.
    if (session.signedOutFrom === location.pathname) return <Navigate to="/" replace />;
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !roles.includes(session.user.role)) return <NotAllowedPage />;
  return <>{children}</>;
}
