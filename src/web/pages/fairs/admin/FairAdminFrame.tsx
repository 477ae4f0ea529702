import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import type { Fair } from '../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet, type ApiGetState } from '../../../api/useApiGet.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { FairStatusBadge } from '../shared/FairStatusBadge.tsx';
import { Loading } from '../../../components/LoadStatus.tsx';

const TABS = [
  { to: '', labelKey: 'adminFairs.tabs.settings' },
  { to: '/plan', labelKey: 'adminFairs.tabs.plan' },
  { to: '/applications', labelKey: 'adminFairs.tabs.applications' },
  { to: '/programme', labelKey: 'adminFairs.tabs.programme' },
  { to: '/dashboard', labelKey: 'adminFairs.tabs.dashboard' },
  { to: '/report', labelKey: 'adminFairs.tabs.report' },
  { to: '/stall-labels', labelKey: 'adminFairs.tabs.stallLabels' },
] as const;

/** The back-office pages of one fair: its name, status and tabs, then the page (given the loaded fair). */
export function FairAdminFrame({ titleKey, children }: { titleKey: string; children(fair: Fair, state: ApiGetState<Fair>): ReactNode }) {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const fair = useApiGet<Fair>(`/api/fairs/${encodeURIComponent(slug)}`);
  usePageTitle(fair.data ? `${t(titleKey)} · ${pick(fair.data.name)}` : t(titleKey));
  return (
    <section className="page page--wide fair-admin" aria-labelledby="page-title">
      <p className="back-link">
        <Link to="/admin/fairs">← {t('adminFairs.all')}</Link>
      </p>
      {fair.error ? (
        <div className="form-error" role="alert">
          <p>{errorMessage(t, fair.error)}</p>
        </div>
      ) : !fair.data ? (
        <Loading />
      ) : (
        <>
          <div className="page-heading">
            <h1 id="page-title">{t(titleKey)}</h1>
            <p className="page-heading__sub">
              <strong>{pick(fair.data.name)}</strong> · {t('fairs.dates', { from: formatDate(fair.data.startsOn), to: formatDate(fair.data.endsOn) })}{' '}
              <FairStatusBadge status={fair.data.status} /> · <Link to={`/fairs/${fair.data.slug}`}>{t('admin.viewPublic')}</Link>
            </p>
          </div>
          <nav className="tabs fair-tabs" aria-label={t('adminFairs.tabs.label')}>
            {TABS.map((tab) => (
              <NavLink key={tab.to} className="tabs__tab" to={`/admin/fairs/${fair.data?.slug ?? slug}${tab.to}`} end>
                {t(tab.labelKey)}
              </NavLink>
            ))}
          </nav>
          {children(fair.data, fair)}
        </>
      )}
    </section>
  );
}
