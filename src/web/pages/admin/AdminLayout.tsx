import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { isStaff, useSession } from '../../session/session-context.ts';

/** The back office frame: a section menu for programme staff (admin-only entries for admins). */
export function AdminLayout() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const { role } = session.user;
  if (!isStaff(role)) return <Outlet />;
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
          {role === 'admin' && (
            <>
              <li>
                <NavLink to="/admin/users">{t('admin.users')}</NavLink>
              </li>
              <li>
                <NavLink to="/admin/audit">{t('admin.audit')}</NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
      <div className="back-office__content">
        <Outlet />
      </div>
    </div>
  );
}
