import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle.ts';

/** The page of a module that is not built yet: its name, what it will do, and that it is coming. */
export function ComingSoon({ labelKey, summaryKey }: { labelKey: string; summaryKey: string }) {
  const { t } = useTranslation();
  const title = t(labelKey);
  usePageTitle(title);
  return (
    <section className="page coming-soon" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p className="lead">{t(summaryKey)}</p>
      <p className="notice" role="status">
        <span className="notice-icon" aria-hidden="true">★</span>
        {t('comingSoon.text', { module: title })}
      </p>
      <p>
        <Link to="/">{t('comingSoon.backHome')}</Link>
      </p>
    </section>
  );
}
