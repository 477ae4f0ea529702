import type { AccessPolicy } from './policy.ts';

/** Who may call each route of the producers, products, certificates, craft villages, QR check, import/export. */
export const POLICY: AccessPolicy = {
  'GET /api/products': 'public',
  'GET /api/products/:id': 'public',
  'GET /api/products/:id/where-to-buy': 'public',
  'POST /api/products': ['admin', 'organizer', 'producer'],
  'PATCH /api/products/:id': ['admin', 'organizer', 'producer'],
  'POST /api/products/:id/certificates': ['admin', 'organizer'],
  'GET /api/producers': 'public',
  'GET /api/producers/:id': 'public',
  'POST /api/producers': ['admin', 'organizer'],
  'PATCH /api/producers/:id': ['admin', 'organizer', 'producer'],
  'GET /api/certificates/expiring': ['admin', 'organizer'],
  'POST /api/certificates/:id/revoke': ['admin', 'organizer'],
  'GET /api/craft-villages': 'public',
  'POST /api/craft-villages': ['admin', 'organizer'],
  'PATCH /api/craft-villages/:id': ['admin', 'organizer'],
  'GET /api/verify/:code': 'public',
  'GET /api/verify/:code/qr': 'public',
  'POST /api/catalogue/import': ['admin', 'organizer'],
  'GET /api/catalogue/export': ['admin', 'organizer'],
  'GET /api/catalogue/import/template': 'public',
};
