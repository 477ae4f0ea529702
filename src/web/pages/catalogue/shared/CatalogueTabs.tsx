import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Search products or producers: two views of the catalogue, each with its own address. */
export function CatalogueTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('catalogue.tabs.label')}>
      <NavLink to="/catalogue" end className="tabs__tab">
        {t('catalogue.tabs.products')}
      </NavLink>
      <NavLink to="/catalogue/producers" end className="tabs__tab">
        {t('catalogue.tabs.producers')}
      </NavLink>
    </nav>
  );
}
