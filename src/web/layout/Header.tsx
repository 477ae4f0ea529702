import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { changeLanguage, currentLanguage } from '../i18n/index.ts';
import { NAV_ENTRIES } from '../kit/modules/registry.ts';
import { NotificationBell } from '../kit/notifications/NotificationBell.tsx';
import { isStaff, useSession } from '../session/session-context.ts';

export function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutFailed, setSignOutFailed] = useState(false);
  const menuId = useId();

  // The collapsed menu closes on navigation and on Escape.
  useEffect(() => setMenuOpen(false), [location.pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const other = currentLanguage() === 'vi' ? 'en' : 'vi';
  const user = session.status === 'signed-in' ? session.user : null;

  // Public pages stay where they are; pages that need a session then go home (RequireSignIn).
  const signOut = async () => {
    setSigningOut(true);
    setSignOutFailed(false);
    try {
      await session.signOut(location.pathname);
    } catch {
      setSignOutFailed(true);
    } finally {
      setSigningOut(false);
    }
  };

  const signInTarget =
    location.pathname === '/sign-in' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`;

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">★</span>
          <span className="brand__text">
            <span className="brand__name">OCOP Connect</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>

        <button
          type="button"
          className="lang-switch"
          lang={other}
          onClick={() => void changeLanguage(other)}
          aria-label={t('language.switchLabel')}
        >
          <span aria-hidden="true" className="lang-switch__code">{other.toUpperCase()}</span>
          <span className="lang-switch__name">{t('language.other')}</span>
        </button>

        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="menu-button__icon" aria-hidden="true">{menuOpen ? '✕' : '☰'}</span>
          <span className="menu-button__text">{t('nav.menu')}</span>
        </button>

        <div id={menuId} className="site-menu" data-open={menuOpen}>
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul>
              {NAV_ENTRIES.map((module) => (
                <li key={module.path}>
                  <NavLink to={module.path}>{t(module.labelKey)}</NavLink>
                </li>
              ))}
              {user && (
                <li className="site-nav__back-office">
                  <NavLink to="/admin">{isStaff(user.role) ? t('nav.admin') : t('nav.workspace')}</NavLink>
                </li>
              )}
            </ul>
          </nav>

          <div className="account">
            {user ? (
              <>
                <NotificationBell />
                <span className="account__who">
                  <span className="account__name">{user.displayName}</span>
                  <span className="account__role">{t(`roles.${user.role}`)}</span>
                </span>
                <Link className="account__link" to="/account/password">
                  {t('account.changePassword')}
                </Link>
                <button type="button" className="button button--light" onClick={() => void signOut()} disabled={signingOut}>
                  {t('account.signOut')}
                </button>
                {signOutFailed && (
                  <span className="account__error" role="alert">
                    {t('account.signOutFailed')}
                  </span>
                )}
              </>
            ) : (
              session.status !== 'loading' && (
                <Link className="button button--light" to={signInTarget}>
                  {t('account.signIn')}
                </Link>
              )
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
