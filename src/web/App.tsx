import { Route, Routes } from 'react-router';
import { ADMIN } from '../modules/accounts/roles.ts';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import { Layout } from './layout/Layout.tsx';
import ChangePasswordPage from './pages/account/ChangePasswordPage.tsx';
import AdminHomePage from './pages/admin/AdminHomePage.tsx';
import { AdminLayout } from './pages/admin/AdminLayout.tsx';
import AuditPage from './pages/admin/AuditPage.tsx';
import UsersPage from './pages/admin/UsersPage.tsx';
import CataloguePage from './pages/catalogue/CataloguePage.tsx';
import ConferencesPage from './pages/conferences/ConferencesPage.tsx';
import FairsPage from './pages/fairs/FairsPage.tsx';
import HomePage from './pages/home/HomePage.tsx';
import MapPage from './pages/map/MapPage.tsx';
import NotFoundPage from './pages/not-found/NotFoundPage.tsx';
import PointsOfSalePage from './pages/points-of-sale/PointsOfSalePage.tsx';
import SignInPage from './pages/sign-in/SignInPage.tsx';
import TrainingPage from './pages/training/TrainingPage.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="fairs" element={<FairsPage />} />
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
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
