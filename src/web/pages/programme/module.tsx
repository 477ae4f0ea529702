import { lazy } from 'react';
import { STAFF } from '../../../modules/accounts/roles.ts';
import { defineModule } from '../../kit/modules/module-types.ts';

// The programme (src/modules/programme): the dashboard of every activity, the city's projects.
export const webModule = defineModule({
  id: 'programme',
  order: 70,
  routes: [{ path: 'programme/projects/:slug', page: lazy(() => import('./ProjectPage.tsx')) }],
  backOffice: {
    routes: [
      { path: 'programme', roles: STAFF, page: lazy(() => import('./admin/ProgrammeDashboardPage.tsx')) },
      { path: 'programme/projects/new', roles: STAFF, page: lazy(() => import('./admin/ProjectEditPage.tsx')) },
      { path: 'programme/projects/:id', roles: STAFF, page: lazy(() => import('./admin/ProjectEditPage.tsx')) },
    ],
    // No menu section: staff reach the dashboard and the projects from the panel on /admin.
    homePanels: [{ roles: STAFF, panel: lazy(() => import('./admin/ProgrammePanel.tsx')) }],
  },
});
