import { lazy } from 'react';
import { STAFF } from '../../../modules/accounts/roles.ts';
import { defineModule } from '../../kit/modules/module-types.ts';

/** Staff, and producer accounts for their own producer and products (the pages check which). */
const STAFF_OR_PRODUCER = [...STAFF, 'producer'] as const;

export const webModule = defineModule({
  id: 'catalogue',
  order: 10,
  nav: { path: '/catalogue', labelKey: 'nav.catalogue', summaryKey: 'modules.catalogue.summary' },
  routes: [
    { path: 'catalogue', page: lazy(() => import('./CataloguePage.tsx')) },
    { path: 'catalogue/producers', page: lazy(() => import('./ProducerSearchPage.tsx')) },
    { path: 'catalogue/producers/:id', page: lazy(() => import('./ProducerPage.tsx')) },
    { path: 'catalogue/producers/:id/labels', roles: STAFF_OR_PRODUCER, page: lazy(() => import('./LabelSheetPage.tsx')) },
    { path: 'catalogue/products/:id', page: lazy(() => import('./ProductPage.tsx')) },
  ],
  backOffice: {
    routes: [
      { path: 'catalogue/products', roles: STAFF, page: lazy(() => import('./admin/ProductsAdminPage.tsx')) },
      { path: 'catalogue/products/new', roles: STAFF_OR_PRODUCER, page: lazy(() => import('./admin/ProductEditPage.tsx')) },
      { path: 'catalogue/products/:id', roles: STAFF_OR_PRODUCER, page: lazy(() => import('./admin/ProductEditPage.tsx')) },
      { path: 'catalogue/producers', roles: STAFF, page: lazy(() => import('./admin/ProducersAdminPage.tsx')) },
      { path: 'catalogue/producers/new', roles: STAFF, page: lazy(() => import('./admin/ProducerEditPage.tsx')) },
      { path: 'catalogue/producers/:id', roles: STAFF_OR_PRODUCER, page: lazy(() => import('./admin/ProducerEditPage.tsx')) },
      { path: 'catalogue/craft-villages', roles: STAFF, page: lazy(() => import('./admin/CraftVillagesPage.tsx')) },
      { path: 'catalogue/expiring', roles: STAFF, page: lazy(() => import('./admin/ExpiringPage.tsx')) },
      { path: 'catalogue/import', roles: STAFF, page: lazy(() => import('./admin/ImportPage.tsx')) },
    ],
    menu: {
      titleKey: 'admin.catalogue.section',
      roles: STAFF,
      links: [
        { to: '/admin/catalogue/products', labelKey: 'admin.catalogue.products' },
        { to: '/admin/catalogue/producers', labelKey: 'admin.catalogue.producers' },
        { to: '/admin/catalogue/craft-villages', labelKey: 'admin.catalogue.craftVillages' },
        { to: '/admin/catalogue/expiring', labelKey: 'admin.catalogue.expiring' },
        { to: '/admin/catalogue/import', labelKey: 'admin.catalogue.import' },
      ],
    },
    homePanels: [
      { roles: STAFF, panel: lazy(() => import('./admin/CatalogueOverview.tsx')) },
      { roles: ['producer'], panel: lazy(() => import('./admin/ProducerWorkspace.tsx')) },
    ],
  },
});
