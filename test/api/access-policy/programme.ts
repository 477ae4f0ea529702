import type { AccessPolicy } from './policy.ts';

const STAFF = ['admin', 'organizer'] as const;

/** Programme: published projects are public; organizers manage projects and read the dashboard and its reports. */
export const POLICY: AccessPolicy = {
  'GET /api/programme/projects': 'public',
  'GET /api/programme/projects/:project': 'public',
  'POST /api/programme/projects': STAFF,
  'PUT /api/programme/projects/:id': STAFF,
  'PUT /api/programme/activities/:kind/:id/plan': STAFF,
  'GET /api/programme/dashboard': STAFF,
  'GET /api/programme/dashboard/export': STAFF,
  'GET /api/programme/report.pdf': STAFF,
};
