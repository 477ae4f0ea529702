import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AttendanceInput, CheckInCode, SessionAttendance } from '../../../../modules/training/contract.ts';
import { ATTENDANCE_STATUSES } from '../../../../modules/training/domain/values.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime } from '../../../format.ts';
import { DataTable } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';
import './training-admin.css';

type Row = SessionAttendance['items'][number];

/**
 * `/admin/training/:slug/sessions/:session`: the room screen's QR code (asked again every few
 * seconds: it changes every minute) and the attendance list to set by hand on a phone.
 */
export default function SessionAttendancePage() {
  const { slug = '', session = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('adminTraining.attendance'));
  const base = `/api/training/courses/${slug}/sessions/${session}`;
  const code = useApiQuery<CheckInCode>(`${base}/check-in-code`, undefined, { refetchInterval: 5000 });
  const list = useApiQuery<SessionAttendance>(`${base}/attendance`, undefined, { refetchInterval: 15000 });
  const save = useApiMutation<void, AttendanceInput>({ method: 'PUT', path: `${base}/attendance`, invalidates: [`${base}/attendance`] });
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('adminTraining.attendance')}</h1>
      <QueryView query={code}>
        {(c) => (
          <figure className="card training-qr">
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.qrSvg)}`} alt={t('adminTraining.qrAlt')} width={320} height={320} />
            <figcaption>
              {c.open ? t('adminTraining.qrOpen', { until: formatDateTime(c.checkInClosesAt), late: formatDateTime(c.lateAfter) }) : t('adminTraining.qrClosed', { from: formatDateTime(c.checkInOpensAt), to: formatDateTime(c.checkInClosesAt) })}
            </figcaption>
          </figure>
        )}
      </QueryView>
      <h2>{t('adminTraining.list')}</h2>
      {save.isError && <p className="form-error" role="alert">{errorMessage(t, save.error)}</p>}
      <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={t('adminTraining.noTrainees')}>
        {(data) => (
          <>
            <p className="muted">{ATTENDANCE_STATUSES.map((s) => `${t(`training.attendance.${s}`)}: ${data.counts[s]}`).join(' · ')}</p>
            <DataTable<Row>
              caption={t('adminTraining.list')}
              rows={data.items}
              rowKey={(r) => r.enrolmentId}
              busy={save.isPending}
              columns={[
                { id: 'name', header: t('adminTraining.trainee'), cell: (r) => <>{r.fullName}<span className="cell-sub">{r.commune}</span></> },
                {
                  id: 'status', header: t('adminTraining.status'), cell: (r) => (
                    <select aria-label={t('adminTraining.statusOf', { name: r.fullName })} value={r.status ?? ''} disabled={save.isPending}
                      onChange={(e) => save.mutate({ entries: [{ enrolmentId: r.enrolmentId, status: e.target.value as Row['status'] & string }] })}>
                      <option value="" disabled>{t('adminTraining.unrecorded')}</option>
                      {ATTENDANCE_STATUSES.map((s) => <option key={s} value={s}>{t(`training.attendance.${s}`)}</option>)}
                    </select>
                  ),
                },
                { id: 'how', header: t('adminTraining.how'), cell: (r) => (r.method ? `${t(`adminTraining.method.${r.method}`)} · ${formatDateTime(r.recordedAt)}` : '') },
              ]}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
