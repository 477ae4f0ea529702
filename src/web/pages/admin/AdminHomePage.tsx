import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { PUBLIC_MODULES } from '../../modules.ts';
import { isStaff, useSession } from '../../session/session-context.ts';
import { CatalogueOverview } from './catalogue/CatalogueOverview.tsx';
import { ProducerWorkspace } from './catalogue/ProducerWorkspace.tsx';

/** /admin: the dashboard for programme staff, the workspace for everyone else signed in. */
export default function AdminHomePage() {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return isStaff(session.user.role) ? <Dashboard /> : <Workspace />;
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
      <CatalogueOverview />
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
        {PUBLIC_MODULES.map((module) => (
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
      {user.role === 'producer' ? (
        <>
          <p className="notice">
            <span className="notice-icon" aria-hidden="true">★</span>
            {t('myFairs.workspaceIntro')} <Link to="/admin/my-fairs">{t('myFairs.title')}</Link>
          </p>
          <ProducerWorkspace producerId={user.producerId} />
        </>
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
