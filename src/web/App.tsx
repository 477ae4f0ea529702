import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ADMIN, STAFF } from '../modules/accounts/roles.ts';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import { Layout } from './layout/Layout.tsx';
import HomePage from './pages/home/HomePage.tsx';
import NotFoundPage from './pages/not-found/NotFoundPage.tsx';
import SignInPage from './pages/sign-in/SignInPage.tsx';
import VerifyPage from './pages/verify/VerifyPage.tsx';

// The certificate check (/verify, opened by scanning a label), the home page and sign-in are in
// the first bundle; every other page is loaded when first visited (Layout shows "Loading…").
const ChangePasswordPage = lazy(() => import('./pages/account/ChangePasswordPage.tsx'));
const AdminHomePage = lazy(() => import('./pages/admin/AdminHomePage.tsx'));
const AdminLayout = lazy(() => import('./pages/admin/AdminLayout.tsx'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage.tsx'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.tsx'));
const CataloguePage = lazy(() => import('./pages/catalogue/CataloguePage.tsx'));
const ProducerSearchPage = lazy(() => import('./pages/catalogue/ProducerSearchPage.tsx'));
const ProductPage = lazy(() => import('./pages/catalogue/ProductPage.tsx'));
const ProducerPage = lazy(() => import('./pages/catalogue/ProducerPage.tsx'));
const LabelSheetPage = lazy(() => import('./pages/catalogue/LabelSheetPage.tsx'));
const ProductsAdminPage = lazy(() => import('./pages/admin/catalogue/ProductsAdminPage.tsx'));
const ProductEditPage = lazy(() => import('./pages/admin/catalogue/ProductEditPage.tsx'));
const ProducersAdminPage = lazy(() => import('./pages/admin/catalogue/ProducersAdminPage.tsx'));
const ProducerEditPage = lazy(() => import('./pages/admin/catalogue/ProducerEditPage.tsx'));
const CraftVillagesPage = lazy(() => import('./pages/admin/catalogue/CraftVillagesPage.tsx'));
const ExpiringPage = lazy(() => import('./pages/admin/catalogue/ExpiringPage.tsx'));
const ImportPage = lazy(() => import('./pages/admin/catalogue/ImportPage.tsx'));
const ConferencesPage = lazy(() => import('./pages/conferences/ConferencesPage.tsx'));
const FairsPage = lazy(() => import('./pages/fairs/FairsPage.tsx'));
const FairPage = lazy(() => import('./pages/fairs/FairPage.tsx'));
const FairStallPage = lazy(() => import('./pages/fairs/StallPage.tsx'));
const FairsAdminPage = lazy(() => import('./pages/admin/fairs/FairsAdminPage.tsx'));
const NewFairPage = lazy(() => import('./pages/admin/fairs/FairEditPage.tsx').then((m) => ({ default: m.NewFairPage })));
const FairEditPage = lazy(() => import('./pages/admin/fairs/FairEditPage.tsx'));
const FloorPlanEditorPage = lazy(() => import('./pages/admin/fairs/FloorPlanEditorPage.tsx'));
const FairApplicationsPage = lazy(() => import('./pages/admin/fairs/ApplicationsPage.tsx'));
const ProgrammeEditorPage = lazy(() => import('./pages/admin/fairs/ProgrammeEditorPage.tsx'));
const FairDashboardPage = lazy(() => import('./pages/admin/fairs/DashboardPage.tsx'));
const FairReportPage = lazy(() => import('./pages/admin/fairs/ReportPage.tsx'));
const FairStallLabelsPage = lazy(() => import('./pages/admin/fairs/StallLabelsPage.tsx'));
const MyFairsPage = lazy(() => import('./pages/admin/fairs/MyFairsPage.tsx'));
const MyFairPage = lazy(() => import('./pages/admin/fairs/MyFairPage.tsx'));
const MapPage = lazy(() => import('./pages/map/MapPage.tsx'));
const PointsOfSalePage = lazy(() => import('./pages/points-of-sale/PointsOfSalePage.tsx'));
const TrainingPage = lazy(() => import('./pages/training/TrainingPage.tsx'));

/** Staff, and producer accounts for their own producer and products (the pages check which). */
const STAFF_OR_PRODUCER = [...STAFF, 'producer'] as const;

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="catalogue/producers" element={<ProducerSearchPage />} />
        <Route path="catalogue/producers/:id" element={<ProducerPage />} />
        <Route path="catalogue/producers/:id/labels" element={<LabelSheetPage />} />
        <Route path="catalogue/products/:id" element={<ProductPage />} />
        <Route path="verify" element={<VerifyPage />} />
        <Route path="verify/:code" element={<VerifyPage />} />
        <Route path="fairs" element={<FairsPage />} />
        <Route path="fairs/:slug" element={<FairPage />} />
        <Route path="fairs/:slug/stalls/:code" element={<FairStallPage />} />
        <Route path="points-of-sale" element={<PointsOfSalePage />} />
        <Route path="conferences" element={<ConferencesPage />} />
        <Route path="training" element={<TrainingPage />} />
        <Route path="map" element={<MapPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="account/password" element={<RequireSignIn><ChangePasswordPage /></RequireSignIn>} />
        <Route path="admin" element={<RequireSignIn><AdminLayout /></RequireSignIn>}>
          <Route index element={<AdminHomePage />} />
          <Route path="users" element={<RequireSignIn roles={ADMIN}><UsersPage /></RequireSignIn>} />
          <Route path="audit" element={<RequireSignIn roles={ADMIN}><AuditPage /></RequireSignIn>} />
          <Route path="catalogue/products" element={<RequireSignIn roles={STAFF}><ProductsAdminPage /></RequireSignIn>} />
          <Route path="catalogue/products/new" element={<RequireSignIn roles={STAFF_OR_PRODUCER}><ProductEditPage /></RequireSignIn>} />
          <Route path="catalogue/products/:id" element={<RequireSignIn roles={STAFF_OR_PRODUCER}><ProductEditPage /></RequireSignIn>} />
          <Route path="catalogue/producers" element={<RequireSignIn roles={STAFF}><ProducersAdminPage /></RequireSignIn>} />
          <Route path="catalogue/producers/new" element={<RequireSignIn roles={STAFF}><ProducerEditPage /></RequireSignIn>} />
          <Route path="catalogue/producers/:id" element={<RequireSignIn roles={STAFF_OR_PRODUCER}><ProducerEditPage /></RequireSignIn>} />
          <Route path="catalogue/craft-villages" element={<RequireSignIn roles={STAFF}><CraftVillagesPage /></RequireSignIn>} />
          <Route path="catalogue/expiring" element={<RequireSignIn roles={STAFF}><ExpiringPage /></RequireSignIn>} />
          <Route path="catalogue/import" element={<RequireSignIn roles={STAFF}><ImportPage /></RequireSignIn>} />
          <Route path="fairs" element={<RequireSignIn roles={STAFF}><FairsAdminPage /></RequireSignIn>} />
          <Route path="fairs/new" element={<RequireSignIn roles={STAFF}><NewFairPage /></RequireSignIn>} />
          <Route path="fairs/:slug" element={<RequireSignIn roles={STAFF}><FairEditPage /></RequireSignIn>} />
          <Route path="fairs/:slug/plan" element={<RequireSignIn roles={STAFF}><FloorPlanEditorPage /></RequireSignIn>} />
          <Route path="fairs/:slug/applications" element={<RequireSignIn roles={STAFF}><FairApplicationsPage /></RequireSignIn>} />
          <Route path="fairs/:slug/programme" element={<RequireSignIn roles={STAFF}><ProgrammeEditorPage /></RequireSignIn>} />
          <Route path="fairs/:slug/dashboard" element={<RequireSignIn roles={STAFF}><FairDashboardPage /></RequireSignIn>} />
          <Route path="fairs/:slug/report" element={<RequireSignIn roles={STAFF}><FairReportPage /></RequireSignIn>} />
          <Route path="fairs/:slug/stall-labels" element={<RequireSignIn roles={STAFF}><FairStallLabelsPage /></RequireSignIn>} />
          <Route path="my-fairs" element={<RequireSignIn roles={['producer']}><MyFairsPage /></RequireSignIn>} />
          <Route path="my-fairs/:slug" element={<RequireSignIn roles={['producer']}><MyFairPage /></RequireSignIn>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
