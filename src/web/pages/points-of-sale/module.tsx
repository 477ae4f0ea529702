import { lazy } from 'react';
import { STAFF } from '../../../modules/accounts/roles.ts';
import { defineModule } from '../../kit/modules/module-types.ts';

const BACK_OFFICE = [...STAFF, 'operator', 'surveyor'] as const;
const OPERATOR_OR_STAFF = [...STAFF, 'operator'] as const;

export const webModule = defineModule({
  id: 'points-of-sale',
  order: 30,
  nav: { path: '/points-of-sale', labelKey: 'nav.pointsOfSale', summaryKey: 'modules.pointsOfSale.summary' },
  routes: [
    { path: 'points-of-sale', page: lazy(() => import('./PointsOfSalePage.tsx')) },
    { path: 'points-of-sale/:slug', page: lazy(() => import('./PointOfSalePage.tsx')) },
    { path: 'points-of-sale/:slug/opening', page: lazy(() => import('./OpeningPage.tsx')) },
  ],
  backOffice: {
    routes: [
      { path: 'points-of-sale', roles: BACK_OFFICE, page: lazy(() => import('./admin/PointsAdminPage.tsx')) },
      { path: 'points-of-sale/new', roles: STAFF, page: lazy(() => import('./admin/PointNewPage.tsx')) },
      { path: 'points-of-sale/criteria', roles: STAFF, page: lazy(() => import('./admin/CriteriaPage.tsx')) },
      { path: 'points-of-sale/warnings', roles: STAFF, page: lazy(() => import('./admin/WarningsPage.tsx')) },
      { path: 'points-of-sale/my-surveys', roles: ['surveyor'], page: lazy(() => import('./survey/MySurveysPage.tsx')) },
      { path: 'points-of-sale/surveys/:id/fill', roles: ['surveyor'], page: lazy(() => import('./survey/SurveyFillPage.tsx')) },
      { path: 'points-of-sale/surveys/:id', roles: [...STAFF, 'surveyor'], page: lazy(() => import('./admin/SurveyReviewPage.tsx')) },
      { path: 'points-of-sale/:point', roles: BACK_OFFICE, page: lazy(() => import('./admin/PointAdminPage.tsx')) },
    ],
    menu: {
      titleKey: 'pointsOfSaleAdmin.section',
      roles: OPERATOR_OR_STAFF,
      links: [
        { to: '/admin/points-of-sale', labelKey: 'pointsOfSaleAdmin.title', roles: OPERATOR_OR_STAFF },
        { to: '/admin/points-of-sale/warnings', labelKey: 'pointsOfSaleAdmin.warnings', roles: STAFF },
        { to: '/admin/points-of-sale/criteria', labelKey: 'pointsOfSaleAdmin.criteria.title', roles: STAFF },
      ],
    },
    // Surveyors have a workspace without a menu: their surveys are a panel there.
    homePanels: [{ roles: ['surveyor'], panel: lazy(() => import('./survey/MySurveysPanel.tsx')) }],
  },
});
