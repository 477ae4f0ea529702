import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Fair } from '../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { FairStatusBadge } from '../shared/FairStatusBadge.tsx';
import { Loading } from '../../../components/LoadStatus.tsx';

/** `/admin/fairs`: every fair (drafts too), with links to its back-office pages. */
export default function FairsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminFairs.title'));
  const { pick } = useLocalized();
  const list = useApiGet<{ items: Fair[] }>('/api/fairs');
  return (
    <section className="page page--wide" aria-labelledby="page-title">
      <div className="page-heading">
        <h1 id="page-title">{t('adminFairs.title')}</h1>
        <Link className="button button--primary" to="/admin/fairs/new">
          {t('adminFairs.new')}
        </Link>
      </div>
      {list.error ? (
        <p role="alert">{errorMessage(t, list.error)}</p>
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p>{t('fairs.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('adminFairs.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adminFairs.columns.fair')}</th>
              <th scope="col">{t('adminFairs.columns.dates')}</th>
              <th scope="col">{t('adminFairs.columns.status')}</th>
              <th scope="col">{t('adminFairs.columns.stalls')}</th>
              <th scope="col">{t('adminFairs.columns.applications')}</th>
              <th scope="col">{t('adminFairs.columns.pages')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((fair) => (
              <tr key={fair.id}>
                <td data-label={t('adminFairs.columns.fair')}>
                  <div>
                    <Link className="cell-title" to={`/admin/fairs/${fair.slug}`}>
                      {pick(fair.name)}
                    </Link>
                    <span className="cell-sub">{pick(fair.venue)}</span>
                  </div>
                </td>
                <td data-label={t('adminFairs.columns.dates')}>{t('fairs.dates', { from: formatDate(fair.startsOn), to: formatDate(fair.endsOn) })}</td>
                <td data-label={t('adminFairs.columns.status')}>
                  <FairStatusBadge status={fair.status} />
                </td>
                <td data-label={t('adminFairs.columns.stalls')}>{fair.stallCount}</td>
                <td data-label={t('adminFairs.columns.applications')}>{fair.applicationCount}</td>
                <td data-label={t('adminFairs.columns.pages')}>
                  <span className="actions actions--tight">
                    <Link to={`/admin/fairs/${fair.slug}/plan`}>{t('adminFairs.tabs.plan')}</Link>
                    <Link to={`/admin/fairs/${fair.slug}/applications`}>{t('adminFairs.tabs.applications')}</Link>
                    <Link to={`/admin/fairs/${fair.slug}/dashboard`}>{t('adminFairs.tabs.dashboard')}</Link>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
