import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/LoadStatus.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { NAV_ENTRIES } from '../../kit/modules/registry.ts';
import { isStaff, useSession } from '../../session/session-context.ts';
import { homePanelsFor } from '../../kit/modules/registry.ts';
import type { Role } from '../../../modules/accounts/roles.ts';

/** /admin: the dashboard for programme staff, the workspace for everyone else signed in. */
export default function AdminHomePage() {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return isStaff(session.user.role) ? <Dashboard /> : <Workspace />;
}

/** What the modules show here for this role (declared in their module.tsx). */
function ModulePanels({ role }: { role: Role }) {
  return (
    <Suspense fallback={<Loading />}>
      {homePanelsFor(role).map(({ panel: Panel }, index) => (
        <Panel key={index} />
      ))}
    </Suspense>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t('dashboard.title'));
  if (session.status !== 'signed-in') return null;
  const { user } = session;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.welcome', { name: user.displayName, role: t(`roles.${user.role}`) })}</p>
      <p>{t('dashboard.placeholder')}</p>
      <ModulePanels role={user.role} />
      {user.role === 'admin' && (
        <ul className="card-grid" aria-label={t('dashboard.adminTools')}>
          <li className="card">
            <h2>
              <Link to="/admin/users">{t('admin.users')}</Link>
            </h2>
            <p>{t('dashboard.usersSummary')}</p>
          </li>
          <li className="card">
            <h2>
              <Link to="/admin/audit">{t('admin.audit')}</Link>
            </h2>
            <p>{t('dashboard.auditSummary')}</p>
          </li>
        </ul>
      )}
      <h2>{t('dashboard.modulesTitle')}</h2>
      <ul className="chip-list">
        {NAV_ENTRIES.map((module) => (
          <li key={module.path}>
            <Link to={module.path}>{t(module.labelKey)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Workspace() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t('nav.workspace'));
  if (session.status !== 'signed-in') return null;
  const { user } = session;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.workspace')}</h1>
      <p className="lead">{t('workspace.welcome', { name: user.displayName, role: t(`roles.${user.role}`) })}</p>
      <p>{t(`workspace.roleIntro.${user.role}`)}</p>
      {homePanelsFor(user.role).length > 0 ? (
        <ModulePanels role={user.role} />
      ) : (
        <p className="notice" role="status">
          <span className="notice-icon" aria-hidden="true">★</span>
          {t('workspace.comingSoon')}
        </p>
      )}
      <p>
        <Link to="/account/password">{t('account.changePassword')}</Link>
      </p>
    </section>
  );
}
