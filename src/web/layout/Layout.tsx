import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/LoadStatus.tsx';
import { useSession } from '../session/session-context.ts';
import { Header } from './Header.tsx';

/** The frame of every page: skip link, header with navigation, banner, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const shownPath = useRef(location.pathname);

  // After a navigation, focus goes to the new page's main region (screen readers announce it,
  // and Tab continues from there), and the page starts at the top.
  useEffect(() => {
    if (shownPath.current === location.pathname) return; // first render (twice under StrictMode)
    shownPath.current = location.pathname;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  const mustChangePassword =
    session.status === 'signed-in' && session.user.mustChangePassword && location.pathname !== '/account/password';

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipLink')}
      </a>
      <Header />
      {mustChangePassword && (
        <div className="banner banner--warning" role="status">
          <div className="container banner__inner">
            <span className="banner__icon" aria-hidden="true">!</span>
            <p>
              {t('banner.mustChangePassword')} <Link to="/account/password">{t('banner.changeNow')}</Link>
            </p>
          </div>
        </div>
      )}
      {session.status === 'error' && (
        <div className="banner banner--error" role="alert">
          <div className="container banner__inner">
            <p>{t('banner.sessionUnavailable')}</p>
          </div>
        </div>
      )}
      <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
        {/* Pages other than home, sign-in and the certificate check load on first visit. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>
            <strong>OCOP Connect</strong> · {t('footer.programme')}
          </p>
          <p className="site-footer__small">{t('footer.note')}</p>
        </div>
      </footer>
    </>
  );
}
