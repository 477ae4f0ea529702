import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Fair, FairDashboard } from '../../../../modules/fairs/contract.ts';
import { api } from '../../../api/client.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { useApiGet } from '../../../api/useApiGet.ts';
import { formatDate, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DASHBOARD_BREAKDOWNS } from '../shared/codes.ts';
import { fairDays } from '../shared/fair-data.ts';
import { FairAdminFrame } from './FairAdminFrame.tsx';
import { Loading } from '../../../components/LoadStatus.tsx';

const DailyChart = lazy(() => import('./DailyChart.tsx'));

export default function DashboardPage() {
  return <FairAdminFrame titleKey="adminFairs.tabs.dashboard">{(fair) => <Dashboard fair={fair} />}</FairAdminFrame>;
}

export function Totals({ data }: { data: FairDashboard }) {
  const { t } = useTranslation();
  return (
    <dl className="stat-grid">
      <div className="stat-card">
        <dt>{t('adminFairs.dashboard.totalSales')}</dt>
        <dd className="stat-card__number">{formatVnd(data.totals.salesVnd)}</dd>
      </div>
      <div className="stat-card">
        <dt>{t('adminFairs.dashboard.totalVisitors')}</dt>
        <dd className="stat-card__number">{data.totals.visitors.toLocaleString('vi-VN')}</dd>
      </div>
      <div className="stat-card">
        <dt>{t('adminFairs.dashboard.exhibitors')}</dt>
        <dd className="stat-card__number">{data.totals.exhibitors}</dd>
      </div>
      <div className="stat-card">
        <dt>{t('adminFairs.dashboard.reports')}</dt>
        <dd className="stat-card__number">
          {data.totals.reportsReceived}/{data.totals.reportsExpected}
        </dd>
      </div>
    </dl>
  );
}

export function DaysTable({ data }: { data: FairDashboard }) {
  const { t } = useTranslation();
  return (
    <table className="data-table data-table--compact">
      <caption>{t('adminFairs.dashboard.byDay')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('adminFairs.dashboard.day')}</th>
          <th scope="col">{t('adminFairs.dashboard.sales')}</th>
          <th scope="col">{t('adminFairs.dashboard.visitors')}</th>
          <th scope="col">{t('adminFairs.dashboard.checkedIn')}</th>
        </tr>
      </thead>
      <tbody>
        {data.days.map((d) => (
          <tr key={d.day}>
            <td data-label={t('adminFairs.dashboard.day')}>{formatDate(d.day)}</td>
            <td data-label={t('adminFairs.dashboard.sales')} className="num">{formatVnd(d.salesVnd)}</td>
            <td data-label={t('adminFairs.dashboard.visitors')} className="num">{d.visitors === null ? '—' : d.visitors.toLocaleString('vi-VN')}</td>
            <td data-label={t('adminFairs.dashboard.checkedIn')} className="num">{d.checkedIn}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Breakdown({ data, which, limit = 15 }: { data: FairDashboard; which: (typeof DASHBOARD_BREAKDOWNS)[number]; limit?: number }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const rows = [...data[which]].sort((a, b) => b.salesVnd - a.salesVnd).slice(0, limit);
  const max = Math.max(1, ...rows.map((r) => r.salesVnd));
  return (
    <table className="data-table data-table--compact breakdown">
      <caption>{t(`adminFairs.dashboard.${which}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('adminFairs.dashboard.name')}</th>
          <th scope="col">{t('adminFairs.dashboard.sales')}</th>
          <th scope="col">{t('adminFairs.dashboard.units')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={3} className="muted">
              {t('adminFairs.dashboard.noData')}
            </td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.key}>
            <td data-label={t('adminFairs.dashboard.name')}>{pick(row.label)}</td>
            <td data-label={t('adminFairs.dashboard.sales')} className="num">
              <span className="bar" style={{ width: `${(row.salesVnd / max) * 100}%` }} aria-hidden="true" />
              {formatVnd(row.salesVnd)}
            </td>
            <td data-label={t('adminFairs.dashboard.units')} className="num">{row.units.toLocaleString('vi-VN')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Dashboard({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const dashboard = useApiGet<FairDashboard>(`/api/fairs/${fair.slug}/dashboard`);
  if (dashboard.error) return <p role="alert">{errorMessage(t, dashboard.error)}</p>;
  if (!dashboard.data) {
    return (
      <Loading />
    );
  }
  const data = dashboard.data;
  return (
    <>
      <p className="export-links">
        <a className="button button--secondary" href={`/api/fairs/${fair.slug}/dashboard/export`} download>
          {t('adminFairs.dashboard.export')}
        </a>{' '}
        <Link className="button button--secondary" to={`/admin/fairs/${fair.slug}/report`}>
          {t('adminFairs.dashboard.closingReport')}
        </Link>
      </p>
      <Totals data={data} />
      <div className="dashboard-grid">
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <DailyChart days={data.days} />
        </Suspense>
        <DaysTable data={data} />
      </div>
      <VisitorsForm fair={fair} data={data} onSaved={dashboard.reload} />
      <div className="dashboard-grid">
        {DASHBOARD_BREAKDOWNS.map((which) => (
          <Breakdown key={which} data={data} which={which} />
        ))}
      </div>
    </>
  );
}

function VisitorsForm({ fair, data, onSaved }: { fair: Fair; data: FairDashboard; onSaved(): void }) {
  const { t } = useTranslation();
  const days = fairDays(fair.startsOn, fair.endsOn);
  const [day, setDay] = useState(days[0] ?? fair.startsOn);
  const [visitors, setVisitors] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = visitors.replace(/[.\s]/g, '');
    if (!/^\d{1,8}$/.test(text)) return setMessage({ kind: 'error', text: t('adminFairs.dashboard.badVisitors') });
    try {
      await api.put<void>(`/api/fairs/${fair.slug}/visitors`, { day, visitors: Number(text) });
      setMessage({ kind: 'ok', text: t('adminFairs.dashboard.visitorsSaved', { date: formatDate(day) }) });
      setVisitors('');
      onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(t, error) });
    }
  };
  const current = data.days.find((d) => d.day === day)?.visitors;
  return (
    <form className="inline-form form-section" onSubmit={(event) => void submit(event)} aria-label={t('adminFairs.dashboard.visitorsTitle')}>
      <h2>{t('adminFairs.dashboard.visitorsTitle')}</h2>
      <div className="filters filters--inline">
        <div className="field">
          <label htmlFor="visitors-day">{t('adminFairs.dashboard.day')}</label>
          <select id="visitors-day" value={day} onChange={(event) => setDay(event.target.value)}>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDate(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="visitors-count">{t('adminFairs.dashboard.visitors')}</label>
          <input id="visitors-count" inputMode="numeric" value={visitors} onChange={(event) => setVisitors(event.target.value)} placeholder={current != null ? String(current) : ''} />
        </div>
        <button type="submit" className="button">
          {t('adminFairs.dashboard.saveVisitors')}
        </button>
      </div>
      {message && (
        <p className={message.kind === 'ok' ? 'form-success' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
