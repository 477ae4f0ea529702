import type { CourseStatus } from './values.ts';

/**
 * The life of a course: draft → open → full → running → completed, or cancelled before it is
 * completed. "full" is never asked for: it follows the seats (the last seat taken makes an open
 * course full, a freed seat nobody waits for makes it open again). The server refuses any other change.
 */
export const NEXT_COURSE_STATUSES: Readonly<Record<CourseStatus, readonly CourseStatus[]>> = {
  draft: ['open', 'cancelled'],
  open: ['draft', 'running', 'cancelled'],
  full: ['running', 'cancelled'],
  running: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export const canMoveCourse = (from: CourseStatus, to: CourseStatus) => from === to || NEXT_COURSE_STATUSES[from].includes(to);

/** Trainees enrol (or join the waiting list). */
export const ENROLMENT_OPEN: readonly CourseStatus[] = ['open', 'full'];
/** Organizers still add trainees (late arrivals while running). */
export const ORGANIZER_ENROLMENT_OPEN: readonly CourseStatus[] = ['open', 'full', 'running'];
/** Seen by the public. */
export const PUBLIC_STATUSES: readonly CourseStatus[] = ['open', 'full', 'running', 'completed', 'cancelled'];
/** Organizers record attendance (and assessments): from the opening, corrections after completion too. */
export const ATTENDANCE_OPEN: readonly CourseStatus[] = ['open', 'full', 'running', 'completed'];
/** Trainees check themselves in (each session's own time window decides the rest). */
export const SELF_CHECK_IN_OPEN: readonly CourseStatus[] = ['open', 'full', 'running'];
/** Certificates are issued. */
export const CERTIFICATES_OPEN: readonly CourseStatus[] = ['running', 'completed'];
/** Seats follow enrolment: open ↔ full as the seats fill and free. */
export const SEATED_STATUSES: readonly CourseStatus[] = ['open', 'full'];

/** The status a course in `status` takes when `enrolled` of `capacity` seats are taken. */
export function seatedStatus(status: CourseStatus, enrolled: number, capacity: number): CourseStatus {
  if (!SEATED_STATUSES.includes(status)) return status;
  return enrolled >= capacity ? 'full' : 'open';
}
