import type { AccessPolicy } from './policy.ts';

/**
 * Who may call each route of the file service. Serving is public at the route: the service
 * decides per file (public files for everyone, private ones for those who may see their record).
 */
export const POLICY: AccessPolicy = {
  'POST /api/files': ['admin', 'organizer', 'surveyor', 'producer'],
  'DELETE /api/files/:id': ['admin', 'organizer', 'surveyor', 'producer'],
  'GET /api/files/:id': 'public',
  'GET /api/files/:id/info': 'public',
  'GET /api/files/:id/:variant': 'public',
};
