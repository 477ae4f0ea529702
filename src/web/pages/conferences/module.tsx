import { lazy } from 'react';
import { STAFF } from '../../../modules/accounts/roles.ts';
import { defineModule } from '../../kit/modules/module-types.ts';

export const webModule = defineModule({
  id: 'conferences',
  order: 40,
  nav: { path: '/conferences', labelKey: 'nav.conferences', summaryKey: 'modules.conferences.summary' },
  routes: [
    { path: 'conferences', page: lazy(() => import('./ConferencesPage.tsx')) },
    { path: 'conferences/:slug', page: lazy(() => import('./ConferencePage.tsx')) },
    { path: 'conferences/:slug/workspace', roles: ['producer', 'buyer'], page: lazy(() => import('./WorkspacePage.tsx')) },
  ],
  backOffice: {
    routes: [
      { path: 'conferences', roles: STAFF, page: lazy(() => import('./admin/ConferencesAdminPage.tsx')) },
      { path: 'conferences/new', roles: STAFF, page: lazy(() => import('./admin/ConferenceEditPage.tsx').then((m) => ({ default: m.NewConferencePage }))) },
      { path: 'conferences/:slug', roles: STAFF, page: lazy(() => import('./admin/ConferenceAdminPage.tsx')) },
      { path: 'conferences/:slug/edit', roles: STAFF, page: lazy(() => import('./admin/ConferenceEditPage.tsx')) },
    ],
    menu: {
      titleKey: 'conferences.admin.section',
      roles: STAFF,
      links: [{ to: '/admin/conferences', labelKey: 'conferences.admin.title', roles: STAFF }],
    },
    // Producers and buyers have no menu: their conferences are a panel on /admin.
    homePanels: [{ roles: [...STAFF, 'producer', 'buyer'], panel: lazy(() => import('./admin/ConferencesPanel.tsx')) }],
  },
});
