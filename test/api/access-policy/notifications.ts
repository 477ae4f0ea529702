import type { AccessPolicy } from './policy.ts';

/** Every signed-in user has an inbox of their own; nobody reads another's. */
export const POLICY: AccessPolicy = {
  'GET /api/notifications': 'signed-in',
  'POST /api/notifications/read': 'signed-in',
};
