import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Course, CourseCompletion, IssueResult } from '../../../../modules/training/contract.ts';
import { errorMessage } from '../../../api/error-message.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDate } from '../../../format.ts';
import { useLocalized } from '../../../i18n/use-localized.ts';
import { DataTable } from '../../../kit/list/DataTable.tsx';
import { QueryView } from '../../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../../kit/query/useApiQuery.ts';

type Row = CourseCompletion['items'][number];

/** `/admin/training/:slug`: the sessions (attendance), the attendance export, completion and certificates. */
export default function CourseAdminPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const base = `/api/training/courses/${slug}`;
  const course = useApiQuery<Course>(base);
  const completion = useApiQuery<CourseCompletion>(`${base}/completion`);
  const issue = useApiMutation<IssueResult, void>({ path: `${base}/certificates`, invalidates: [base] });
  usePageTitle(course.data ? pick(course.data.name) : t('adminTraining.title'));
  return (
    <section className="page" aria-labelledby="page-title">
      <QueryView query={course}>
        {(c) => (
          <>
            <h1 id="page-title">{pick(c.name)}</h1>
            <p className="muted">{t(`training.status.${c.status}`)} · {t('adminTraining.rule', { percent: c.minAttendancePercent })}{c.assessmentRequired ? ` · ${t('adminTraining.assessmentRequired')}` : ''}</p>
            <h2>{t('adminTraining.sessions')}</h2>
            <ul>
              {c.sessions.map((s, i) => (
                <li key={s.id}>
                  <Link to={`/admin/training/${slug}/sessions/${s.id}`}>{t('adminTraining.session', { n: i + 1, day: formatDate(s.day), from: s.startsAt, to: s.endsAt })}</Link>
                </li>
              ))}
            </ul>
            <p><a className="button button--secondary" href={`${base}/attendance.xlsx`} download>{t('adminTraining.export')}</a></p>
          </>
        )}
      </QueryView>
      <h2>{t('adminTraining.completion')}</h2>
      <p>
        <button type="button" className="button button--primary" disabled={issue.isPending} onClick={() => issue.mutate()}>{t('adminTraining.issue')}</button>
      </p>
      <div aria-live="polite">
        {issue.isError && <p className="form-error" role="alert">{errorMessage(t, issue.error)}</p>}
        {issue.data && <p role="status">{t('adminTraining.issued', { issued: issue.data.issued.length, already: issue.data.alreadyIssued, not: issue.data.notCompleted })}</p>}
      </div>
      <QueryView query={completion} isEmpty={(d) => d.items.length === 0} empty={t('adminTraining.noTrainees')}>
        {(data) => (
          <DataTable<Row>
            caption={t('adminTraining.completion')}
            rows={data.items}
            rowKey={(r) => r.enrolmentId}
            columns={[
              { id: 'name', header: t('adminTraining.trainee'), cell: (r) => r.fullName },
              { id: 'attended', header: t('adminTraining.attended'), className: 'num', cell: (r) => `${r.attended}/${r.sessions} (${r.attendancePercent}%)` },
              { id: 'assessment', header: t('adminTraining.assessment'), cell: (r) => (r.assessmentPassed === null ? '–' : t(r.assessmentPassed ? 'adminTraining.passed' : 'adminTraining.failed')) },
              { id: 'completed', header: t('adminTraining.completed'), cell: (r) => t(r.completed ? 'adminTraining.yes' : 'adminTraining.no') },
              { id: 'certificate', header: t('adminTraining.certificate'), cell: (r) => (r.certificateCode ? <Link to={`/training/certificates/${r.certificateCode}`}>{r.certificateCode}{r.certificateRevoked ? ` (${t('adminTraining.revoked')})` : ''}</Link> : '') },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
