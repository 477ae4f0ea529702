import { lazy } from 'react';
import { ADMIN } from '../../../modules/accounts/roles.ts';
import { defineModule } from '../../kit/modules/module-types.ts';

/** The system pages of the back office: accounts and the audit log, for administrators. */
export const webModule = defineModule({
  id: 'admin',
  order: 1000,
  backOffice: {
    routes: [
      { path: 'users', roles: ADMIN, page: lazy(() => import('./UsersPage.tsx')) },
      { path: 'audit', roles: ADMIN, page: lazy(() => import('./AuditPage.tsx')) },
    ],
    menu: {
      titleKey: 'admin.system',
      roles: ADMIN,
      links: [
        { to: '/admin/users', labelKey: 'admin.users' },
        { to: '/admin/audit', labelKey: 'admin.audit' },
      ],
    },
  },
});
