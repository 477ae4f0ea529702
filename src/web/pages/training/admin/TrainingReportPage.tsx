import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TrainingReport, TrainingReportRow } from '../../../../modules/training/contract.ts';
import { clock } from '../../../../shared/time/clock.ts';
import { buildUrl } from '../../../api/client.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import './training-admin.css';

const number = (n: number) => n.toLocaleString('vi-VN');
const GROUPINGS = ['byTopic', 'byAudience', 'byProducerType', 'byCommune', 'byCourse'] as const;

/** `/admin/training-report`: a year's trainees, attendance, completion and certificates, grouped five ways, with the .xlsx. */
export default function TrainingReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminTraining.report.title'));
  const [params, setParams] = useSearchParams();
  const thisYear = Number(clock.today().slice(0, 4));
  const year = Number(params.get('year')) || thisYear;
  const report = useApiQuery<TrainingReport>('/api/training/report', { year }, { keepPrevious: true });
  return (
    <section className="page training-report" aria-labelledby="page-title">
      <h1 id="page-title">{t('adminTraining.report.title')}</h1>
      <div className="training-report__bar">
        <label>
          {t('adminTraining.report.year')}{' '}
          <select value={year} onChange={(e) => setParams({ year: e.target.value }, { replace: true })}>
            {Array.from({ length: 7 }, (_, i) => thisYear - 4 + i).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <a className="button" href={buildUrl('/api/training/report.xlsx', { year })} download>{t('adminTraining.report.xlsx')}</a>
      </div>
      <QueryView query={report}>{(data) => <Report data={data} />}</QueryView>
    </section>
  );
}

function Report({ data }: { data: TrainingReport }) {
  const { t } = useTranslation();
  const s = data.totals;
  const tiles: [string, string][] = [
    ['courses', number(s.courses)], ['trainees', number(s.trainees)], ['attendance', `${s.attendancePercent}%`],
    ['completed', number(s.completed)], ['completion', `${s.completionPercent}%`], ['certificates', number(s.certificates)],
  ];
  return (
    <>
      <dl className="stat-grid">
        {tiles.map(([key, value]) => (
          <div key={key} className="stat-card"><dt>{t(`adminTraining.report.${key}`)}</dt><dd className="stat-card__number">{value}</dd></div>
        ))}
      </dl>
      {s.courses === 0 && <p className="muted">{t('adminTraining.report.none')}</p>}
      {s.courses > 0 && GROUPINGS.map((key) => <Grouping key={key} caption={t(`adminTraining.report.${key}`)} rows={data[key]} />)}
    </>
  );
}

/** One grouping as a table; the bars (trainees, completion) carry the same numbers as the text beside them. */
function Grouping({ caption, rows }: { caption: string; rows: TrainingReportRow[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const most = Math.max(1, ...rows.map((r) => r.trainees));
  const columns: Column<TrainingReportRow>[] = [
    { id: 'name', header: t('adminTraining.report.name'), cell: (r) => pick(r.label) },
    { id: 'courses', header: t('adminTraining.report.courses'), className: 'num', cell: (r) => number(r.courses) },
    { id: 'trainees', header: t('adminTraining.report.trainees'), className: 'num', cell: (r) => <><span className="bar" style={{ width: `${(r.trainees / most) * 100}%` }} aria-hidden="true" />{number(r.trainees)}</> },
    { id: 'attendance', header: t('adminTraining.report.attendance'), className: 'num', cell: (r) => `${r.attendancePercent}%` },
    { id: 'completion', header: t('adminTraining.report.completion'), className: 'num', cell: (r) => <><span className="bar bar--alt" style={{ width: `${r.completionPercent}%` }} aria-hidden="true" />{`${r.completionPercent}% (${number(r.completed)})`}</> },
    { id: 'certificates', header: t('adminTraining.report.certificates'), className: 'num', cell: (r) => number(r.certificates) },
  ];
  return (
    <div className="breakdown training-report__grouping">
      <h2>{caption}</h2>
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.key || 'none'} />
    </div>
  );
}
