import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Activity, Bucket, ProgrammeDashboard, Project } from '../../../../modules/programme/contract.ts';
import { buildUrl } from '../../../api/client.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import { clock } from '../../../../shared/time/clock.ts';
import '../programme.css';

const number = (n: number | undefined) => (n ?? 0).toLocaleString('vi-VN');

/** `/admin/programme`: every activity of a year with its results, totals, breakdowns, exports. */
export default function ProgrammeDashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('programme.dashboard.title'));
  const [params, setParams] = useSearchParams();
  const thisYear = Number(clock.today().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const dashboard = useApiQuery<ProgrammeDashboard>('/api/programme/dashboard', { year }, { keepPrevious: true });
  const projects = useApiQuery<{ items: Project[] }>('/api/programme/projects');
  return (
    <section className="page programme" aria-labelledby="page-title">
      <h1 id="page-title">{t('programme.dashboard.title')}</h1>
      <div className="programme__bar">
        <label>
          {t('programme.dashboard.year')}{' '}
          <select value={year} onChange={(e) => setParams({ year: e.target.value }, { replace: true })}>
            {Array.from({ length: 7 }, (_, i) => thisYear - 4 + i).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <a className="button" href={buildUrl('/api/programme/dashboard/export', { year })} download>{t('programme.dashboard.xlsx')}</a>
        <a className="button" href={buildUrl('/api/programme/report.pdf', { year })} target="_blank" rel="noreferrer">{t('programme.dashboard.pdf')}</a>
      </div>
      <QueryView query={dashboard}>{(data) => <Dashboard data={data} />}</QueryView>
      <h2>{t('programme.projects.title')}</h2>
      <p><Link className="button button--primary" to="/admin/programme/projects/new">{t('programme.admin.newProject')}</Link></p>
      <QueryView query={projects} isEmpty={(d) => d.items.length === 0} empty={t('programme.projects.none')}>
        {(data) => <ProjectsTable projects={data.items} />}
      </QueryView>
    </section>
  );
}

function Dashboard({ data }: { data: ProgrammeDashboard }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const s = data.totals;
  const tiles: [string, string][] = [
    ['fairs', number(s.fairs)], ['stalls', number(s.stalls)], ['visitors', number(s.visitors)], ['fairSales', formatVnd(s.fairSalesVnd)],
    ['conferences', number(s.conferences)], ['mous', number(s.mous)], ['agreementValue', formatVnd(s.agreementValueVnd)],
    ['pointsOperating', number(s.pointsOperating)], ['pointSales', formatVnd(s.pointSalesVnd)], ['projectBudget', formatVnd(s.projectBudgetVnd)], ['budget', formatVnd(s.budgetVnd)],
    ['courses', number(s.courses)], ['trainees', number(s.trainees)], ['attendance', `${number(s.attendancePercent)}%`], ['completion', `${number(s.completionPercent)}%`],
    ['certificates', number(s.certificates)], ['openings', number(s.openings)], ['openingGuests', number(s.openingGuests)],
  ];
  const columns: Column<Activity>[] = [
    { id: 'kind', header: t('programme.columns.kind'), cell: (a) => t(`programme.kinds.${a.kind}`) },
    { id: 'name', header: t('programme.columns.name'), cell: (a) => (a.kind === 'project' ? <Link to={`/admin/programme/projects/${a.id}`}>{pick(a.name)}</Link> : pick(a.name)) },
    { id: 'owner', header: t('programme.columns.owner'), cell: (a) => a.owner ?? '—' },
    { id: 'dates', header: t('programme.columns.dates'), cell: (a) => (a.startsOn ? `${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}` : '—') },
    { id: 'budget', header: t('programme.columns.budget'), cell: (a) => (a.budgetVnd === null ? '—' : formatVnd(a.budgetVnd)), className: 'num' },
    { id: 'status', header: t('programme.columns.status'), cell: (a) => a.status },
    { id: 'results', header: t('programme.columns.results'), cell: (a) => <Results activity={a} /> },
  ];
  return (
    <>
      <dl className="stat-grid">
        {tiles.map(([key, value]) => (
          <div key={key} className="stat-card"><dt>{t(`programme.totals.${key}`)}</dt><dd className="stat-card__number">{value}</dd></div>
        ))}
      </dl>
      <div className="programme__charts">
        <Bars caption={t('programme.dashboard.byMonth')} buckets={data.byMonth} />
        <Bars caption={t('programme.dashboard.byKind')} buckets={data.byKind} />
        <Bars caption={t('programme.dashboard.byRegion')} buckets={data.byRegion.slice(0, 12)} />
      </div>
      <h2>{t('programme.dashboard.activities')}</h2>
      {data.activities.length === 0 ? <p className="muted">{t('programme.dashboard.none')}</p> : (
        <DataTable caption={t('programme.dashboard.activities')} columns={columns} rows={data.activities} rowKey={(a) => `${a.kind}:${a.id}`} />
      )}
    </>
  );
}

function Results({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const r = activity.results;
  const parts = {
    fair: () => t('programme.results.fair', { stalls: number(r.stalls), exhibitors: number(r.exhibitors), visitors: number(r.visitors), sales: formatVnd(r.salesVnd ?? 0) }),
    conference: () => t('programme.results.conference', { meetings: number(r.meetingsHeld), mous: number(r.mous), value: formatVnd(r.agreementValueVnd ?? 0) }),
    'point-of-sale': () => (r.operating ? t('programme.results.operating') : ''),
    training: () => t('programme.results.training', { sessions: number(r.sessions), trainees: number(r.trainees), attendance: number(r.attendancePercent), completion: number(r.completionPercent), certificates: number(r.certificates) }),
    opening: () => t('programme.results.opening', { guests: number(r.guests) }) + (r.operating ? ` · ${t('programme.results.operating')}` : ''),
    project: () => t('programme.results.project', { done: number(r.milestonesDone), spent: formatVnd(r.spentVnd ?? 0) }),
  };
  return <>{parts[activity.kind]()}</>;
}

/** A breakdown as a table with bars: the same numbers for eyes and screen readers. */
function Bars({ caption, buckets }: { caption: string; buckets: Bucket[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const max = Math.max(1, ...buckets.map((b) => b.salesVnd + b.agreementValueVnd));
  return (
    <table className="data-table data-table--compact breakdown">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">{t('programme.columns.name')}</th><th scope="col">{t('programme.columns.count')}</th><th scope="col">{t('programme.columns.value')}</th></tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.key}>
            <td data-label={t('programme.columns.name')}>{pick(b.label)}</td>
            <td data-label={t('programme.columns.count')} className="num">{number(b.activities)}</td>
            <td data-label={t('programme.columns.value')} className="num">
              <span className="bar" style={{ width: `${((b.salesVnd + b.agreementValueVnd) / max) * 100}%` }} aria-hidden="true" />
              {formatVnd(b.salesVnd + b.agreementValueVnd)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ProjectsTable({ projects }: { projects: Project[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const columns: Column<Project>[] = [
    { id: 'title', header: t('programme.columns.name'), cell: (p) => <Link to={`/admin/programme/projects/${p.id}`}>{pick(p.title)}</Link> },
    { id: 'status', header: t('programme.columns.status'), cell: (p) => t(`programme.statuses.${p.status}`) },
    { id: 'budget', header: t('programme.columns.budget'), cell: (p) => `${formatVnd(p.budget.spentVnd)} / ${formatVnd(p.budget.plannedVnd)}`, className: 'num' },
    { id: 'next', header: t('programme.columns.next'), cell: (p) => {
      const next = p.milestones.find((m) => m.doneOn === null);
      return next ? `${t(`programme.stages.${next.stage}`)} · ${formatDate(next.dueOn)}${next.late ? ` (${t('programme.projects.late')})` : ''}` : '—';
    } },
  ];
  return <DataTable caption={t('programme.projects.title')} columns={columns} rows={projects} rowKey={(p) => p.id} />;
}
