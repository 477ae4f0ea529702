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
  'GET /api/training/courses/:course/enrolments': STAFF,
  'POST /api/training/courses/:course/enrolments': STAFF,
  'POST /api/training/courses/:course/enrolments/:enrolment/cancel': [...STAFF, ...TRAINEES],
};
