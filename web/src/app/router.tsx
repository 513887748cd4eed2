import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { SignedInContext, useCan, useSession } from '../modules/identity/queries.ts';
import { Layout } from './Layout.tsx';
import { LoginPage } from './LoginPage.tsx';
import { SetPasswordPage } from '../modules/admin/SetPasswordPage.tsx';
import { NotAllowed, NotFoundPage } from './NotFoundPage.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { appRoutes, homePath } from './routes.tsx';

function RequireSession() {
  const { data: session, isPending, error } = useSession();
  const location = useLocation();
  if (isPending) return <Center h="100vh"><Loader aria-label="Loading" /></Center>;
  if (error) return <Center h="100vh" p="md"><ProblemAlert error={error} /></Center>;
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <SignedInContext.Provider value={session}><Layout><Outlet /></Layout></SignedInContext.Provider>;
}

function Guard({ permission, children }: { permission?: string; children: React.ReactNode }) {
  return useCan(permission) ? <>{children}</> : <NotAllowed />;
}

function Home() {
  const { data } = useSession();
  return <Navigate to={homePath(data?.permissions ?? [])} replace />;
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/set-password', element: <SetPasswordPage /> },
  {
    path: '/',
    element: <RequireSession />,
    children: [
      { index: true, element: <Home /> },
      ...appRoutes.map((r) => ({ path: r.path, element: <Guard permission={r.permission}>{r.element}</Guard> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
