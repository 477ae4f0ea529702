import type { AccessPolicy } from './policy.ts';

const STAFF = ['admin', 'organizer'] as const;
const TRAINEES = ['producer', 'operator'] as const;

/** Training: courses are public; organizers run them; producers and point staff enrol themselves. */
export const POLICY: AccessPolicy = {
  'GET /api/training/courses': 'public',
  'POST /api/training/courses': STAFF,
  'GET /api/training/courses/:course': 'public',
  'PATCH /api/training/courses/:course': STAFF,
  'POST /api/training/courses/:course/sessions': STAFF,
  'PUT /api/training/courses/:course/sessions/:session': STAFF,
  'DELETE /api/training/courses/:course/sessions/:session': STAFF,
  'POST /api/training/courses/:course/enrol': TRAINEES,
  'GET /api/training/my-enrolments': TRAINEES,
  // The service narrows it: a producer to its own producer, an operator to its points.
  'GET /api/training/trainees': [...STAFF, ...TRAINEES],
  'GET /api/training/courses/:course/enrolments': STAFF,
  'POST /api/training/courses/:course/enrolments': STAFF,
  'POST /api/training/courses/:course/enrolments/import': STAFF,
  'POST /api/training/courses/:course/enrolments/:enrolment/cancel': [...STAFF, ...TRAINEES],
  'GET /api/training/courses/:course/sessions/:session/check-in-code': STAFF,
  // Any account enrolled in the course (guides and officials enrolled by e-mail too); the service checks the enrolment.
  'POST /api/training/courses/:course/sessions/:session/check-in': 'signed-in',
  'GET /api/training/courses/:course/sessions/:session/attendance': STAFF,
  'PUT /api/training/courses/:course/sessions/:session/attendance': STAFF,
  'GET /api/training/courses/:course/attendance.xlsx': STAFF,
  'PUT /api/training/courses/:course/enrolments/:enrolment/assessment': STAFF,
  'GET /api/training/courses/:course/completion': STAFF,
  'POST /api/training/courses/:course/certificates': STAFF,
  'GET /api/training/courses/:course/certificates': STAFF,
  'GET /api/training/report': STAFF,
  'GET /api/training/report.xlsx': STAFF,
  'GET /api/training/my-certificates': TRAINEES,
  'GET /api/training/certificates/:code': 'public',
  'GET /api/training/certificates/:code/pdf': [...STAFF, ...TRAINEES],
  'POST /api/training/certificates/:code/revoke': STAFF,
};
