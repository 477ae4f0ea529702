import type { AccessPolicy } from './policy.ts';

const STAFF = ['admin', 'organizer'] as const;

/** Tourism: the map, sites and planning are public; organizers manage sites and curated routes. */
export const POLICY: AccessPolicy = {
  'GET /api/map/places': 'public',
  'GET /api/tourism/sites': 'public',
  'GET /api/tourism/sites/:site': 'public',
  'POST /api/tourism/sites': STAFF,
  'PUT /api/tourism/sites/:site': STAFF,
  'POST /api/tourism/plan': 'public',
  'GET /api/tourism/routes': 'public',
  'GET /api/tourism/routes/:route': 'public',
  'POST /api/tourism/routes': STAFF,
  'PUT /api/tourism/routes/:id': STAFF,
};
