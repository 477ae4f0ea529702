import { lazy } from 'react';
import { STAFF } from '../../../modules/accounts/roles.ts';
import { defineModule } from '../../kit/modules/module-types.ts';

// The public map of the programme and the one-day route planner (src/modules/tourism).
export const webModule = defineModule({
  id: 'map',
  order: 60,
  nav: { path: '/map', labelKey: 'nav.map', summaryKey: 'modules.map.summary' },
  routes: [
    { path: 'map', page: lazy(() => import('./MapPage.tsx')) },
    { path: 'map/route', page: lazy(() => import('./RoutePlannerPage.tsx')) },
  ],
  backOffice: {
    routes: [
      { path: 'tourism', roles: STAFF, page: lazy(() => import('./admin/SitesAdminPage.tsx')) },
      { path: 'tourism/sites/new', roles: STAFF, page: lazy(() => import('./admin/SiteEditPage.tsx')) },
      { path: 'tourism/sites/:slug', roles: STAFF, page: lazy(() => import('./admin/SiteEditPage.tsx')) },
      { path: 'tourism/routes/new', roles: STAFF, page: lazy(() => import('./admin/RouteEditPage.tsx')) },
      { path: 'tourism/routes/:id', roles: STAFF, page: lazy(() => import('./admin/RouteEditPage.tsx')) },
    ],
    // No menu section (the menu test lists the sections): staff reach it from the panel on /admin.
    homePanels: [{ roles: STAFF, panel: lazy(() => import('./admin/TourismPanel.tsx')) }],
  },
});
