import { lazy } from 'react';
import { STAFF } from '../../../modules/accounts/roles.ts';
import { defineModule } from '../../kit/modules/module-types.ts';

export const webModule = defineModule({
  id: 'training',
  order: 50,
  nav: { path: '/training', labelKey: 'nav.training', summaryKey: 'modules.training.summary' },
  routes: [
    { path: 'training', page: lazy(() => import('./TrainingPage.tsx')) },
    { path: 'training/:slug', page: lazy(() => import('./CoursePage.tsx')) },
    // The public check behind a certificate's QR code (no sign-in).
    { path: 'training/certificates/:code', page: lazy(() => import('./CertificateCheckPage.tsx')) },
    // Opened from the room's QR code by an enrolled trainee.
    { path: 'training/:slug/check-in/:session', signedIn: true, page: lazy(() => import('./CheckInPage.tsx')) },
  ],
  backOffice: {
    routes: [
      { path: 'training', roles: STAFF, page: lazy(() => import('./admin/TrainingAdminPage.tsx')) },
      { path: 'training/:slug', roles: STAFF, page: lazy(() => import('./admin/CourseAdminPage.tsx')) },
      { path: 'training-report', roles: STAFF, page: lazy(() => import('./admin/TrainingReportPage.tsx')) },
      { path: 'training/:slug/sessions/:session', roles: STAFF, page: lazy(() => import('./admin/SessionAttendancePage.tsx')) },
    ],
    menu: {
      titleKey: 'adminTraining.section',
      roles: STAFF,
      links: [
        { to: '/admin/training', labelKey: 'adminTraining.title', roles: STAFF },
        { to: '/admin/training-report', labelKey: 'adminTraining.report.title', roles: STAFF },
      ],
    },
  },
});
