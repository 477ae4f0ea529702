import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { usePageTitle } from '../components/usePageTitle.ts';

/**
 * What a page shows when it failed to render (a fault, or its code could not be loaded after an
 * update): the frame stays, with a way to reload or go home. The fault goes to the console.
 */
export function PageError() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('pageError.title'));
  console.error(error);
  return (
    <section className="page status-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('pageError.title')}</h1>
      <p role="alert">{t('pageError.text')}</p>
      <p className="actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </button>
        <Link className="button button--secondary" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
