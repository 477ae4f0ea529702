import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Loading } from '../../components/LoadStatus.tsx';
import { isStaff, useSession } from '../../session/session-context.ts';

/** Back-office links by section; `adminOnly` entries are for admins. */
const CATALOGUE_LINKS = [
  { to: '/admin/catalogue/products', labelKey: 'admin.catalogue.products' },
  { to: '/admin/catalogue/producers', labelKey: 'admin.catalogue.producers' },
  { to: '/admin/catalogue/craft-villages', labelKey: 'admin.catalogue.craftVillages' },
  { to: '/admin/catalogue/expiring', labelKey: 'admin.catalogue.expiring' },
  { to: '/admin/catalogue/import', labelKey: 'admin.catalogue.import' },
] as const;

/**
 * The back office frame: a section menu for programme staff (Overview, the OCOP catalogue, and
 * the system pages for admins). Other roles get their workspace pages without the menu.
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const { role } = session.user;
  const content = (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
  if (!isStaff(role)) return content;
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
        <p className="back-office__title" id="back-office-catalogue">
          {t('admin.catalogue.section')}
        </p>
        <ul aria-labelledby="back-office-catalogue">
          {CATALOGUE_LINKS.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to}>{t(link.labelKey)}</NavLink>
            </li>
          ))}
        </ul>
        <p className="back-office__title" id="back-office-fairs">
          {t('adminFairs.section')}
        </p>
        <ul aria-labelledby="back-office-fairs">
          <li>
            <NavLink to="/admin/fairs">{t('adminFairs.title')}</NavLink>
          </li>
        </ul>
        {role === 'admin' && (
          <>
            <p className="back-office__title" id="back-office-system">
              {t('admin.system')}
            </p>
            <ul aria-labelledby="back-office-system">
              <li>
                <NavLink to="/admin/users">{t('admin.users')}</NavLink>
              </li>
              <li>
                <NavLink to="/admin/audit">{t('admin.audit')}</NavLink>
              </li>
            </ul>
          </>
        )}
      </nav>
      <div className="back-office__content">{content}</div>
    </div>
  );
}

export default AdminLayout;
