import { ATTENDANCE_STATUSES, COURSE_STATUSES, TOPICS } from '../../../modules/training/domain/values.ts';

/** Keys built from a value (see src/web/i18n/i18n.test.ts). */
export const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'training.status.': COURSE_STATUSES,
  'training.topic.': TOPICS,
  'training.attendance.': ATTENDANCE_STATUSES,
  'training.record.statuses.': ['enrolled', 'waitlisted'],
  'training.check.verdict.': ['valid', 'revoked'],
  'adminTraining.method.': ['qr', 'organizer'],
  // The report's figure tiles and its groupings.
  'adminTraining.report.': ['courses', 'trainees', 'attendance', 'completed', 'completion', 'certificates', 'byTopic', 'byAudience', 'byProducerType', 'byCommune', 'byCourse'],
};
