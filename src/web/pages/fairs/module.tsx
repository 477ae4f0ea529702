import { lazy } from 'react';
import { STAFF } from '../../../modules/accounts/roles.ts';
import { defineModule } from '../../kit/modules/module-types.ts';

const PRODUCER = ['producer'] as const;

export const webModule = defineModule({
  id: 'fairs',
  order: 20,
  nav: { path: '/fairs', labelKey: 'nav.fairs', summaryKey: 'modules.fairs.summary' },
  routes: [
    { path: 'fairs', page: lazy(() => import('./FairsPage.tsx')) },
    { path: 'fairs/:slug', page: lazy(() => import('./FairPage.tsx')) },
    { path: 'fairs/:slug/stalls/:code', page: lazy(() => import('./StallPage.tsx')) },
  ],
  backOffice: {
    routes: [
      { path: 'fairs', roles: STAFF, page: lazy(() => import('./admin/FairsAdminPage.tsx')) },
      { path: 'fairs/new', roles: STAFF, page: lazy(() => import('./admin/FairEditPage.tsx').then((m) => ({ default: m.NewFairPage }))) },
      { path: 'fairs/:slug', roles: STAFF, page: lazy(() => import('./admin/FairEditPage.tsx')) },
      { path: 'fairs/:slug/plan', roles: STAFF, page: lazy(() => import('./admin/FloorPlanEditorPage.tsx')) },
      { path: 'fairs/:slug/applications', roles: STAFF, page: lazy(() => import('./admin/ApplicationsPage.tsx')) },
      { path: 'fairs/:slug/programme', roles: STAFF, page: lazy(() => import('./admin/ProgrammeEditorPage.tsx')) },
      { path: 'fairs/:slug/dashboard', roles: STAFF, page: lazy(() => import('./admin/DashboardPage.tsx')) },
      { path: 'fairs/:slug/report', roles: STAFF, page: lazy(() => import('./admin/ReportPage.tsx')) },
      { path: 'fairs/:slug/stall-labels', roles: STAFF, page: lazy(() => import('./admin/StallLabelsPage.tsx')) },
      { path: 'my-fairs', roles: PRODUCER, page: lazy(() => import('./admin/MyFairsPage.tsx')) },
      { path: 'my-fairs/:slug', roles: PRODUCER, page: lazy(() => import('./admin/MyFairPage.tsx')) },
    ],
    // Exhibitors reach their fairs from the workspace notice below (workspaces have no menu).
    menu: { titleKey: 'adminFairs.section', roles: STAFF, links: [{ to: '/admin/fairs', labelKey: 'adminFairs.title' }] },
    homePanels: [{ roles: PRODUCER, panel: lazy(() => import('./admin/MyFairsNotice.tsx')) }],
  },
});
