import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On a producer's workspace: where to apply for fairs and follow the applications. */
export default function MyFairsNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice">
      <span className="notice-icon" aria-hidden="true">★</span>
      {t('myFairs.workspaceIntro')} <Link to="/admin/my-fairs">{t('myFairs.title')}</Link>
    </p>
  );
}
