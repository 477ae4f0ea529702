import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Conference, ConferenceDashboard, Meeting, MeetingList, ScheduleReport } from '../../../../modules/trade/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate, formatVnd } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable, type Column } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import OutcomesChart from './OutcomesChart.tsx';

/** `/admin/conferences/:slug`: the stage, the schedule action, meetings and check-in, outcomes. */
export default function ConferenceAdminPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const base = `/api/conferences/${slug}`;
  const conference = useApiQuery<Conference>(base);
  usePageTitle(conference.data ? pick(conference.data.name) : t('conferences.admin.title'));
  const move = useApiMutation<void, { status: string }>({ method: 'PATCH', path: base });
  const schedule = useApiMutation<ScheduleReport, void>({ path: `${base}/schedule`, body: () => ({ timeLimitSeconds: 10 }) });
  return (
    <section className="page" aria-labelledby="page-title">
      <QueryView query={conference}>
        {(c) => (
          <>
            <h1 id="page-title">{pick(c.name)}</h1>
            <p>
              {t('conferences.dates', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })} · {t('conferences.counts', { producers: c.producerCount, buyers: c.buyerCount })}
            </p>
            <p>
              {t('conferences.admin.stage')}: <strong>{t(`conferences.status.${c.status}`)}</strong>{' '}
              {c.nextStatuses.map((s) => (
                <button key={s} type="button" className="button" disabled={move.isPending} onClick={() => move.mutate({ status: s })}>
                  {t('conferences.admin.moveTo', { status: t(`conferences.status.${s}`) })}
                </button>
              ))}
            </p>
            {move.error && <p className="form-error" role="alert">{errorMessage(t, move.error)}</p>}
            <p>
              <button type="button" className="button button--primary" disabled={schedule.isPending || !['matching', 'scheduled'].includes(c.status)} onClick={() => schedule.mutate()}>
                {schedule.isPending ? t('conferences.admin.scheduling') : t('conferences.admin.schedule')}
              </button>{' '}
              <a className="button" href={`${base}/table-signs.pdf`} target="_blank" rel="noreferrer">{t('conferences.admin.tableSigns')}</a>{' '}
              <a className="button" href={`${base}/dashboard.xlsx`} download>{t('conferences.admin.export')}</a>
            </p>
            {schedule.error && <p className="form-error" role="alert">{errorMessage(t, schedule.error)}</p>}
            {schedule.data && <ScheduleSummary report={schedule.data} />}
          </>
        )}
      </QueryView>
      <Outcomes base={base} />
      <Meetings base={base} running={conference.data?.status === 'running'} />
    </section>
  );
}

function ScheduleSummary({ report }: { report: ScheduleReport }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="card schedule-report" role="status">
      <p>{t('conferences.admin.report', { placed: report.placed, value: report.value, bound: report.bound, gap: (report.gap * 100).toFixed(2), baseline: report.baselineValue, seconds: (report.timeMs / 1000).toFixed(1) })}</p>
      <p>{t('conferences.admin.changes', { moved: report.moved, kept: report.kept, added: report.added, dropped: report.dropped })}</p>
      {report.unplaced.length > 0 && (
        <ul>{report.unplaced.map((u) => <li key={u.requestId}>{u.producerName} – {u.buyerName}: {pick(u.text)}</li>)}</ul>
      )}
    </div>
  );
}

function Outcomes({ base }: { base: string }) {
  const { t } = useTranslation();
  const dashboard = useApiQuery<ConferenceDashboard>(`${base}/dashboard`);
  return (
    <QueryView query={dashboard}>
      {(d) => (
        <>
          <h2>{t('conferences.admin.outcomes')}</h2>
          <p>{t('conferences.admin.outcomeLine', { held: d.meetings.held, scheduled: d.meetings.scheduled, noShow: d.meetings.noShow, mou: d.agreements.mou, contract: d.agreements.contract, value: formatVnd(d.agreements.valueVnd), frameworks: d.frameworkAgreements })}</p>
          <OutcomesChart title={t('conferences.admin.byBuyerKind')} rows={d.byBuyerKind} />
          <OutcomesChart title={t('conferences.admin.byProductGroup')} rows={d.byProductGroup} />
          <OutcomesChart title={t('conferences.admin.byProvince')} rows={d.byProvince.slice(0, 12)} />
        </>
      )}
    </QueryView>
  );
}

function Meetings({ base, running }: { base: string; running: boolean }) {
  const { t } = useTranslation();
  const meetings = useApiQuery<MeetingList>(`${base}/meetings`);
  const checkIn = useApiMutation<void, { id: string; status: 'held' | 'no-show'; absent?: 'producer' | 'buyer' | 'both' }>({
    path: (v) => `${base}/meetings/${v.id}/check-in`, body: ({ status, absent }) => (absent ? { status, absent } : { status }),
  });
  const columns: Column<Meeting>[] = [
    { id: 'when', header: t('conferences.workspace.when'), cell: (m) => `${formatDate(m.day)} ${m.startsAt}` },
    { id: 'table', header: t('conferences.workspace.table'), cell: (m) => m.tableCode },
    { id: 'producer', header: t('conferences.workspace.producer'), cell: (m) => m.producerName },
    { id: 'buyer', header: t('conferences.workspace.buyer'), cell: (m) => m.buyerName },
    { id: 'status', header: t('conferences.workspace.status'), cell: (m) => `${t(`conferences.meetingStatus.${m.status}`)}${m.locked ? ` · ${t('conferences.admin.locked')}` : ''}` },
    {
      id: 'check', header: t('conferences.admin.checkIn'),
      cell: (m) => (running && m.status === 'scheduled' ? (
        <>
          <button type="button" className="button" onClick={() => checkIn.mutate({ id: m.id, status: 'held' })}>{t('conferences.admin.held')}</button>{' '}
          <button type="button" className="button" onClick={() => checkIn.mutate({ id: m.id, status: 'no-show', absent: 'both' })}>{t('conferences.admin.noShow')}</button>
        </>
      ) : null),
    },
  ];
  return (
    <>
      <h2>{t('conferences.admin.meetings')}</h2>
      {checkIn.error && <p className="form-error" role="alert">{errorMessage(t, checkIn.error)}</p>}
      <QueryView query={meetings} isEmpty={(d) => d.items.length === 0} empty={t('conferences.workspace.noMeetings')}>
        {(d) => <DataTable rows={d.items} columns={columns} rowKey={(m) => m.id} caption={t('conferences.admin.meetings')} />}
      </QueryView>
    </>
  );
}
