import { Fragment, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Loading } from '../components/LoadStatus.tsx';
import { menuFor } from '../kit/modules/registry.ts';
import { useSession } from '../session/session-context.ts';

/**
 * The back-office frame: the overview link and the menu sections the modules declare for the
 * user's role (src/web/pages/<module>/module.tsx). A role with no section gets its pages
 * without the menu.
 */
export function BackOfficeLayout() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const sections = menuFor(session.user.role);
  const content = (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
  if (sections.length === 0) return content;
  return (
    <div className="back-office">
      <nav className="back-office__nav" aria-label={t('admin.navLabel')}>
        <p className="back-office__title">{t('nav.admin')}</p>
        <ul>
          <li>
            <NavLink to="/admin" end>
              {t('admin.dashboard')}
            </NavLink>
          </li>
        </ul>
        {sections.map((section) => {
          const titleId = `back-office-${section.titleKey.replace(/\W+/g, '-')}`;
          return (
            <Fragment key={section.titleKey}>
              <p className="back-office__title" id={titleId}>
                {t(section.titleKey)}
              </p>
              <ul aria-labelledby={titleId}>
                {section.links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end={link.end}>
                      {t(link.labelKey)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </Fragment>
          );
        })}
      </nav>
      <div className="back-office__content">{content}</div>
    </div>
  );
}

export default BackOfficeLayout;
