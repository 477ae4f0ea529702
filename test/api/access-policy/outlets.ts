import type { AccessPolicy } from './policy.ts';

const STAFF = ['admin', 'organizer'] as const;
const OPERATOR_OR_STAFF = ['admin', 'organizer', 'operator'] as const;
const SURVEYOR_OR_STAFF = ['admin', 'organizer', 'surveyor'] as const;
const BACK_OFFICE = ['admin', 'organizer', 'operator', 'surveyor'] as const;

/**
 * Points of introduction and sale. Operators act for their own points and surveyors on the points
 * they survey: the services check which point, these lines check the role.
 */
export const POLICY: AccessPolicy = {
  'GET /api/outlets/points': BACK_OFFICE,
  'POST /api/outlets/points': STAFF,
  'GET /api/outlets/points/:point': BACK_OFFICE,
  'PATCH /api/outlets/points/:point': OPERATOR_OR_STAFF,
  'POST /api/outlets/points/:point/status': STAFF,
  'PUT /api/outlets/points/:point/hours-exceptions': OPERATOR_OR_STAFF,
  'PUT /api/outlets/points/:point/operators': STAFF,
  'GET /api/outlets/criteria': STAFF,
  'GET /api/outlets/criteria/:id': SURVEYOR_OR_STAFF,
  'POST /api/outlets/criteria': STAFF,
  'PUT /api/outlets/criteria/:id': STAFF,
  'POST /api/outlets/criteria/:id/publish': STAFF,
  'DELETE /api/outlets/criteria/:id': STAFF,
  'POST /api/outlets/criteria/:id/evaluate': SURVEYOR_OR_STAFF,
  'POST /api/outlets/points/:point/surveys': STAFF,
  'GET /api/outlets/surveyors': STAFF,
  'GET /api/outlets/surveys': SURVEYOR_OR_STAFF,
  'GET /api/outlets/surveys/:id': SURVEYOR_OR_STAFF,
  'POST /api/outlets/surveys/:id/submissions': ['surveyor'],
  'POST /api/outlets/surveys/:id/review': STAFF,
  'GET /api/outlets/points/:point/stock': OPERATOR_OR_STAFF,
  'POST /api/outlets/points/:point/stock': OPERATOR_OR_STAFF,
  'PATCH /api/outlets/points/:point/stock/:id': OPERATOR_OR_STAFF,
  'DELETE /api/outlets/points/:point/stock/:id': OPERATOR_OR_STAFF,
  'GET /api/outlets/points/:point/shelf-labels': OPERATOR_OR_STAFF,
  'GET /api/outlets/support': STAFF,
  'GET /api/outlets/points/:point/support': OPERATOR_OR_STAFF,
  'POST /api/outlets/points/:point/support': STAFF,
  'PATCH /api/outlets/support/:id': STAFF,
  'PUT /api/outlets/points/:point/opening': STAFF,
  'GET /api/outlets/points/:point/opening': OPERATOR_OR_STAFF,
  'POST /api/outlets/points/:point/opening/guests': STAFF,
  'DELETE /api/outlets/points/:point/opening/guests/:id': STAFF,
  'GET /api/outlets/points/:point/opening/invitations': STAFF,
  'GET /api/points-of-sale/:point/opening': 'public',
  'GET /api/outlets/points/:point/sales': OPERATOR_OR_STAFF,
  'GET /api/outlets/points/:point/sales/:month': OPERATOR_OR_STAFF,
  'PUT /api/outlets/points/:point/sales/:month': OPERATOR_OR_STAFF,
  'GET /api/outlets/points/:point/sales-template': OPERATOR_OR_STAFF,
  'POST /api/outlets/points/:point/sales-import': OPERATOR_OR_STAFF,
  'GET /api/outlets/sales': STAFF,
  'GET /api/outlets/early-warnings': STAFF,
  'GET /api/points-of-sale': 'public',
  'GET /api/points-of-sale/:point': 'public',
};
