import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../../session/session-context.ts';

/** For a signed-in user whose role may not see the page. */
export default function NotAllowedPage() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t('notAllowed.title'));
  return (
    <section className="page status-page" aria-labelledby="page-title">
      <p className="status-page__code" aria-hidden="true">403</p>
      <h1 id="page-title">{t('notAllowed.title')}</h1>
      <p>{t('notAllowed.text')}</p>
      {session.status === 'signed-in' && (
        <p>{t('notAllowed.signedInAs', { name: session.user.displayName, role: t(`roles.${session.user.role}`) })}</p>
      )}
      <p className="actions">
        <Link className="button" to="/admin">
          {t('notAllowed.backOffice')}
        </Link>
        <Link className="button button--secondary" to="/">
          {t('notAllowed.home')}
        </Link>
      </p>
    </section>
  );
}
