import { useTranslation } from 'react-i18next';

/** Shown while a page's code or data loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
