import { useTranslation } from 'react-i18next';
import { clock } from '../../../../shared/time/clock.ts';
import type { Fair, FairDashboard } from '../../../../modules/fairs/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { formatDate, formatDateTime, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DASHBOARD_BREAKDOWNS } from '../shared/codes.ts';
import { Breakdown, DaysTable, Totals } from './DashboardPage.tsx';
import { FairAdminFrame } from './FairAdminFrame.tsx';

/** `/admin/fairs/:slug/report`: the closing report, laid out for printing. */
export default function ReportPage() {
  return <FairAdminFrame titleKey="adminFairs.tabs.report">{(fair) => <Report fair={fair} />}</FairAdminFrame>;
}

function Report({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const dashboard = useApiGet<FairDashboard>(`/api/fairs/${fair.slug}/dashboard`);
  if (dashboard.error) return <p role="alert">{errorMessage(t, dashboard.error)}</p>;
  if (!dashboard.data) return <p className="loading">{t('common.loading')}</p>;
  const data = dashboard.data;
  // The fair's figures, the same as the list, the fair's page, the labels and the dashboard show.
  const { stalls: stallCount, occupiedStalls: occupied } = data.figures;
  return (
    <div className="closing-report">
      <p className="no-print">
        <a className="button button--primary" href={`/api/fairs/${encodeURIComponent(fair.slug)}/report.pdf`} target="_blank" rel="noreferrer">
          {t('adminFairs.report.pdf')}
        </a>{' '}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('adminFairs.report.print')}
        </button>
      </p>
      <header className="closing-report__head">
        <p className="closing-report__org">{t('adminFairs.report.org')}</p>
        <h2>{t('adminFairs.report.heading', { name: pick(fair.name) })}</h2>
        <p>
          {t('fairs.dates', { from: formatDate(fair.startsOn), to: formatDate(fair.endsOn) })} · {pick(fair.venue)}
          {fair.venueAddress ? `, ${fair.venueAddress}` : ''}
        </p>
      </header>
      <Totals data={data} />
      <p>
        {t('adminFairs.report.summary', {
          stalls: stallCount,
          occupied,
          rate: stallCount ? Math.round((occupied / stallCount) * 100) : 0,
          fee: formatVnd(fair.stallFeeVnd),
          subsidy: fair.subsidyPercent,
        })}
      </p>
      <DaysTable data={data} />
      {DASHBOARD_BREAKDOWNS.map((which) => (
        <Breakdown key={which} data={data} which={which} limit={which === 'byProducer' ? 20 : 50} />
      ))}
      <p className="muted">{t('adminFairs.report.generated', { at: formatDateTime(clock.now()) })}</p>
    </div>
  );
}
