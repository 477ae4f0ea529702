import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On /admin for staff: to the tourist sites and curated routes. */
export default function TourismPanel() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="tourism-panel">
      <h2 id="tourism-panel">{t('tourism.admin.title')}</h2>
      <p>{t('tourism.admin.panel')}</p>
      <p>
        <Link to="/admin/tourism">{t('tourism.admin.title')}</Link> · <Link to="/admin/tourism/sites/new">{t('tourism.admin.newSite')}</Link>
      </p>
    </section>
  );
}
