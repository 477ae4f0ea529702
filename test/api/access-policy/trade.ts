import type { AccessPolicy } from './policy.ts';

const STAFF = ['admin', 'organizer'] as const;
const PARTICIPANTS = ['admin', 'organizer', 'producer', 'buyer'] as const;

/**
 * Trade-connection conferences. A producer or buyer account acts for its own participation only:
 * the services check which one (a request or agenda of someone else is not found or refused).
 */
export const POLICY: AccessPolicy = {
  'GET /api/conferences': 'public',
  'POST /api/conferences': STAFF,
  'GET /api/conferences/:conference': 'public',
  'PATCH /api/conferences/:conference': STAFF,
  'GET /api/conferences/:conference/participants': 'public',
  'GET /api/buyer-organisations': STAFF,
  'POST /api/buyer-organisations': STAFF,
  'POST /api/conferences/:conference/producers': ['admin', 'organizer', 'producer'],
  'POST /api/conferences/:conference/buyers': ['admin', 'organizer', 'buyer'],
  'POST /api/conferences/:conference/buyers/import': STAFF,
  'GET /api/conferences/:conference/suggestions': PARTICIPANTS,
  'GET /api/conferences/:conference/requests': PARTICIPANTS,
  'POST /api/conferences/:conference/requests': PARTICIPANTS,
  'POST /api/conferences/:conference/requests/:request/accept': PARTICIPANTS,
  'POST /api/conferences/:conference/requests/:request/decline': PARTICIPANTS,
  'POST /api/conferences/:conference/requests/:request/cancel': PARTICIPANTS,
  'GET /api/conferences/:conference/meetings': STAFF,
  'POST /api/conferences/:conference/meetings': STAFF,
  'PATCH /api/conferences/:conference/meetings/:meeting': STAFF,
  'DELETE /api/conferences/:conference/meetings/:meeting': STAFF,
  'POST /api/conferences/:conference/meetings/:meeting/check-in': STAFF,
  'GET /api/conferences/:conference/schedule-runs': STAFF,
  'POST /api/conferences/:conference/schedule-runs': STAFF,
  'GET /api/conferences/:conference/schedule-runs/:run': STAFF,
  'POST /api/conferences/:conference/schedule-runs/:run/stop': STAFF,
  'GET /api/conferences/:conference/agenda': PARTICIPANTS,
  'GET /api/conferences/:conference/agenda.ics': PARTICIPANTS,
  'GET /api/conferences/:conference/agenda.pdf': PARTICIPANTS,
  'GET /api/conferences/:conference/table-signs.pdf': STAFF,
  'GET /api/conferences/:conference/agreements': STAFF,
  'POST /api/conferences/:conference/agreements': STAFF,
  'PATCH /api/conferences/:conference/agreements/:agreement': STAFF,
  'GET /api/conferences/:conference/framework-agreements': 'public',
  'POST /api/conferences/:conference/framework-agreements': STAFF,
  'GET /api/conferences/:conference/dashboard': STAFF,
  'GET /api/conferences/:conference/dashboard.xlsx': STAFF,
};
