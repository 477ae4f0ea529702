import { lazy } from 'react';
import { defineModule } from '../../kit/modules/module-types.ts';

// The module's own issue fills this folder: its public routes, back-office routes (with the
// roles allowed) and its back-office menu section are declared here (see src/web/kit/README.md).
export const webModule = defineModule({
  id: 'training',
  order: 50,
  nav: { path: '/training', labelKey: 'nav.training', summaryKey: 'modules.training.summary' },
  routes: [{ path: 'training', page: lazy(() => import('./TrainingPage.tsx')) }],
});
