import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Course, EnrolmentResult, MyEnrolmentList } from '../../../modules/training/contract.ts';
import { TRAINEE_ROLES } from '../../../modules/training/training-access.ts';
import { errorMessage } from '../../api/error-message.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { QueryView } from '../../kit/list/QueryView.tsx';
import { useApiMutation } from '../../kit/query/useApiMutation.ts';
import { useApiQuery } from '../../kit/query/useApiQuery.ts';
import { useSession } from '../../session/session-context.ts';

/** `/training/:slug`: a course's page: what it teaches, its sessions and materials, and enrolment. */
export default function CoursePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const course = useApiQuery<Course>(`/api/training/courses/${slug}`);
  usePageTitle(course.data ? pick(course.data.name) : t('nav.training'));
  return (
    <section className="page" aria-labelledby="page-title">
      <QueryView query={course} notFound={<p className="empty-state">{t('training.course.notFound')}</p>}>
        {(c) => (
          <>
            <h1 id="page-title">{pick(c.name)}</h1>
            <p>
              <span className="tag">{t(`training.status.${c.status}`)}</span>{' '}
              <span className="tag">{t(`training.topic.${c.topic}`)}</span>
            </p>
            {pick(c.description) && <p className="lead">{pick(c.description)}</p>}
            <p className="muted">{t('training.seats', { left: c.seatsLeft, capacity: c.capacity, waiting: c.waitlistCount })}</p>
            {c.trainers.length > 0 && <p>{t('training.course.trainers', { names: c.trainers.join(', ') })}</p>}
            <p>{t('training.course.rule', { percent: c.minAttendancePercent })}{c.assessmentRequired ? ` ${t('training.course.assessment')}` : ''}</p>
            <Enrol course={c} />
            <h2>{t('training.course.sessions')}</h2>
            <ul>
              {c.sessions.map((s) => (
                <li key={s.id}>
                  {formatDate(s.day)}, {s.startsAt}–{s.endsAt}{pick(s.title) ? ` · ${pick(s.title)}` : ''}
                  {pick(s.venue) && <span className="cell-sub">{pick(s.venue)}{s.craftVillage ? ` (${pick(s.craftVillage.name)})` : ''}</span>}
                  {s.onlineUrl && <span className="cell-sub"><a href={s.onlineUrl} rel="noopener noreferrer" target="_blank">{t('training.course.online')}</a></span>}
                </li>
              ))}
            </ul>
            {(c.materials.length > 0 || c.links.length > 0) && (
              <>
                <h2>{t('training.course.materials')}</h2>
                <ul>
                  {c.materials.map((m) => <li key={m.id}><a href={m.url}>{m.name}</a></li>)}
                  {c.links.map((l) => <li key={l.url}><a href={l.url} rel="noopener noreferrer" target="_blank">{pick(l.title)}</a></li>)}
                </ul>
              </>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** A producer or point-of-sale staff member: their place in the course, or the button to enrol. */
function Enrol({ course }: { course: Course }) {
  const { t } = useTranslation();
  const session = useSession();
  const trainee = session.status === 'signed-in' && TRAINEE_ROLES.includes(session.user.role);
  const mine = useApiQuery<MyEnrolmentList>(trainee ? '/api/training/my-enrolments' : null);
  const enrol = useApiMutation<EnrolmentResult, void>({ path: `/api/training/courses/${course.slug}/enrol`, invalidates: ['/api/training'] });
  if (!trainee) return null;
  const entry = mine.data?.items.find((e) => e.course.id === course.id);
  if (entry) {
    return <p role="status">{entry.status === 'enrolled' ? t('training.course.enrolled') : t('training.course.waiting', { position: entry.waitlistPosition ?? '' })}</p>;
  }
  if (course.status !== 'open' && course.status !== 'full') return null;
  return (
    <div aria-live="polite">
      <button type="button" className="button button--primary" disabled={enrol.isPending || !mine.data} onClick={() => enrol.mutate()}>
        {course.status === 'full' ? t('training.course.joinWaitlist') : t('training.course.enrol')}
      </button>
      {enrol.isError && <p className="form-error" role="alert">{errorMessage(t, enrol.error)}</p>}
    </div>
  );
}
