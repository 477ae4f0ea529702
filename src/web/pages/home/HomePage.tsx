import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { NAV_ENTRIES } from '../../kit/modules/registry.ts';
import { isStaff, useSession } from '../../session/session-context.ts';

const STAR_LEVELS = [
  { stars: 3, labelKey: 'home.stars.three' },
  { stars: 4, labelKey: 'home.stars.four' },
  { stars: 5, labelKey: 'home.stars.five' },
] as const;

/** `/`: what the OCOP programme is and what the platform offers. */
export default function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle('');
  const user = session.status === 'signed-in' ? session.user : null;

  return (
    <div className="home">
      <section className="hero" aria-labelledby="page-title">
        <p className="hero__eyebrow">{t('home.eyebrow')}</p>
        <h1 id="page-title">{t('home.title')}</h1>
        <p className="hero__lead">{t('home.lead')}</p>
        <p className="actions">
          <Link className="button button--primary" to="/catalogue">
            {t('home.ctaCatalogue')}
          </Link>
          <Link className="button button--secondary" to="/verify">
            {t('home.ctaVerify')}
          </Link>
          {user ? (
            <Link className="button button--secondary" to="/admin">
              {isStaff(user.role) ? t('nav.admin') : t('nav.workspace')}
            </Link>
          ) : (
            <Link className="button button--secondary" to="/sign-in">
              {t('home.ctaSignIn')}
            </Link>
          )}
        </p>
      </section>

      <section className="home-section" aria-labelledby="about-title">
        <h2 id="about-title">{t('home.aboutTitle')}</h2>
        <p>{t('home.about')}</p>
        <ul className="stars" aria-label={t('home.starsLabel')}>
          {STAR_LEVELS.map(({ stars, labelKey }) => (
            <li key={stars} className="stars__item">
              <span className="stars__rating" role="img" aria-label={t('home.starsCount', { count: stars })}>
                {'★'.repeat(stars)}
              </span>
              <span>{t(labelKey)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="home-section" aria-labelledby="modules-title">
        <h2 id="modules-title">{t('home.modulesTitle')}</h2>
        <ul className="card-grid">
          {NAV_ENTRIES.map((module) => (
            <li key={module.path} className="card card--link">
              <h3>
                <Link to={module.path}>{t(module.labelKey)}</Link>
              </h3>
              <p>{t(module.summaryKey)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="home-section home-section--accent" aria-labelledby="who-title">
        <h2 id="who-title">{t('home.whoTitle')}</h2>
        <p>{t('home.who')}</p>
      </section>
    </div>
  );
}
