import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireSignIn } from './components/RequireSignIn.tsx';
import type { ModuleRoute } from './kit/modules/module-types.ts';
import { MODULES } from './kit/modules/registry.ts';
import { Layout } from './layout/Layout.tsx';
import { PageError } from './layout/PageError.tsx';
import HomePage from './pages/home/HomePage.tsx';
import NotFoundPage from './pages/not-found/NotFoundPage.tsx';
import SignInPage from './pages/sign-in/SignInPage.tsx';
import VerifyPage from './pages/verify/VerifyPage.tsx';

// The certificate check (/verify, opened by scanning a label), the home page and sign-in are in
// the first bundle; every other page is loaded when first visited (Layout shows "Loading…").
// Module pages come from the registry (src/web/pages/<module>/module.tsx).
const ChangePasswordPage = lazy(() => import('./pages/account/ChangePasswordPage.tsx'));
const BackOfficeLayout = lazy(() => import('./layout/BackOfficeLayout.tsx'));
const AdminHomePage = lazy(() => import('./pages/admin/AdminHomePage.tsx'));

function toRoute(route: ModuleRoute, guarded: boolean): RouteObject {
  const Page = route.page;
  const page = <Page />;
  return {
    path: route.path,
    element: guarded || route.roles || route.signedIn ? <RequireSignIn roles={route.roles}>{page}</RequireSignIn> : page,
  };
}

/** Every route of the web app: the platform's own pages, then each module's. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // A page that fails to render shows PageError inside the frame (header and footer stay).
    children: [{ errorElement: <PageError />, children: pageRoutes() }],
  },
];

function pageRoutes(): RouteObject[] {
  return [
    { index: true, element: <HomePage /> },
    { path: 'verify', element: <VerifyPage /> },
    { path: 'verify/:code', element: <VerifyPage /> },
    { path: 'sign-in', element: <SignInPage /> },
    { path: 'account/password', element: <RequireSignIn><ChangePasswordPage /></RequireSignIn> },
    ...MODULES.flatMap((module) => (module.routes ?? []).map((route) => toRoute(route, false))),
    {
      path: 'admin',
      element: <RequireSignIn><BackOfficeLayout /></RequireSignIn>,
      children: [
        { index: true, element: <AdminHomePage /> },
        ...MODULES.flatMap((module) => (module.backOffice?.routes ?? []).map((route) => toRoute(route, true))),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    { path: '*', element: <NotFoundPage /> },
  ];
}

/** A data router: it is what lets a form block leaving with unsaved changes (useBlocker). */
export const createAppRouter = () => createBrowserRouter(routes);
