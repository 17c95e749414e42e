import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import { AuditLogsPage } from '../pages/audit-logs/AuditLogsPage';
import { CalendarPage } from '../pages/calendar/CalendarPage';
import { ComingSoonPage } from '../pages/coming-soon/ComingSoonPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { InstitutionsPage } from '../pages/institutions/InstitutionsPage';
import { LoginPage } from '../pages/login/LoginPage';
import { OwnInstitutionPage } from '../pages/own-institution/OwnInstitutionPage';
import { RegistryPage } from '../pages/registry/RegistryPage';
import { MENU, homePath, type MenuKey } from './access';
import { apolloClient, setUnauthenticatedHandler } from './apollo';
import { NotFound } from './components/NotFound';
import { RequireCapability } from './components/RequireCapability';
import { useCurrentUser } from './current-user';
import { AdminLayout } from './layout/AdminLayout';
import { session } from './session';

const BUILT: Partial<Record<MenuKey, React.ReactElement>> = {
  dashboard: <DashboardPage />,
  registry: <RegistryPage />,
  institutions: <InstitutionsPage />,
  'own-institution': <OwnInstitutionPage />,
  calendar: <CalendarPage />,
  'audit-logs': <AuditLogsPage />,
};

function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={homePath(user.role)} replace />;
}

const pages: RouteObject[] = MENU.map((entry) => ({
  path: entry.path.slice(1),
  element: (
    <RequireCapability capability={entry.capability}>
      {BUILT[entry.key] ?? <ComingSoonPage menuKey={entry.key} />}
    </RequireCapability>
  ),
}));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AdminLayout />,
    children: [{ index: true, element: <HomeRedirect /> }, ...pages, { path: '*', element: <NotFound /> }],
  },
]);

/** Any UNAUTHENTICATED answer ends the session; the layout then redirects to /login, which explains why. */
setUnauthenticatedHandler(() => {
  if (!session.getToken()) return;
  session.clear('expired');
  void apolloClient.clearStore();
});
