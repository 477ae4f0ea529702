import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The surveyor's workspace panel: the way to the surveys, which also work offline. */
export default function MySurveysPanel() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="my-surveys-panel">
      <h2 id="my-surveys-panel">{t('pointsOfSaleSurvey.mine')}</h2>
      <p><Link className="button button--primary" to="/admin/points-of-sale/my-surveys">{t('pointsOfSaleSurvey.open')}</Link></p>
    </section>
  );
}
