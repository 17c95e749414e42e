import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import { ApplicationDetailPage } from '../pages/applications/ApplicationDetailPage';
import { ApplicationEditPage } from '../pages/applications/ApplicationEditPage';
import { ApplicationPrintPage } from '../pages/applications/ApplicationPrintPage';
import { ApplicationsPage } from '../pages/applications/ApplicationsPage';
import { AuditLogsPage } from '../pages/audit-logs/AuditLogsPage';
import { BatchesPage } from '../pages/batches/BatchesPage';
import { CalendarPage } from '../pages/calendar/CalendarPage';
import { ComingSoonPage } from '../pages/coming-soon/ComingSoonPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { InstitutionsPage } from '../pages/institutions/InstitutionsPage';
import { LoginPage } from '../pages/login/LoginPage';
import { NoticesPage } from '../pages/notices/NoticesPage';
import { OwnInstitutionPage } from '../pages/own-institution/OwnInstitutionPage';
import { PublicNoticePage } from '../pages/public-notice/PublicNoticePage';
import { RecommendationsPage } from '../pages/recommendations/RecommendationsPage';
import { RegisterPage } from '../pages/register/RegisterPage';
import { RegistryPage } from '../pages/registry/RegistryPage';
import { ReviewsPage } from '../pages/reviews/ReviewsPage';
import { BookingsPage } from '../pages/bookings/BookingsPage';
import { CasesPage } from '../pages/cases/CasesPage';
import { EnterpriseRegisterPage } from '../pages/enterprise-register/EnterpriseRegisterPage';
import { MyBookingsPage } from '../pages/my-bookings/MyBookingsPage';
import { ProductsPage } from '../pages/products/ProductsPage';
import { ChangeReportsPage } from '../pages/change-reports/ChangeReportsPage';
import { ServiceReportsPage } from '../pages/service-reports/ServiceReportsPage';
import { ChangeVerificationPage } from '../pages/change-verification/ChangeVerificationPage';
import { ComplianceNoticesPage } from '../pages/compliance-notices/ComplianceNoticesPage';
import { ReentryBansPage } from '../pages/reentry-bans/ReentryBansPage';
import { RemovalsPage } from '../pages/removals/RemovalsPage';
import { ReportingCompliancePage } from '../pages/reporting-compliance/ReportingCompliancePage';
import { PublicRegistryLayout } from '../pages/registry/PublicRegistryLayout';
import { RegistryDetailPage } from '../pages/registry/RegistryDetailPage';
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
  applications: <ApplicationsPage />,
  reviews: <ReviewsPage />,
  recommendations: <RecommendationsPage />,
  batches: <BatchesPage />,
  notices: <NoticesPage />,
  'audit-logs': <AuditLogsPage />,
  products: <ProductsPage />,
  cases: <CasesPage />,
  bookings: <BookingsPage />,
  'my-bookings': <MyBookingsPage />,
  'service-reports': <ServiceReportsPage />,
  'change-reports': <ChangeReportsPage />,
  'reporting-compliance': <ReportingCompliancePage />,
  'change-verification': <ChangeVerificationPage />,
  'compliance-notices': <ComplianceNoticesPage />,
  removals: <RemovalsPage />,
  'reentry-bans': <ReentryBansPage />,
};

/** An institution's registry page, inside the signed-in shell. */
const registryPages: RouteObject[] = [
  {
    path: 'registry/:id',
    element: (
      <RequireCapability capability="registry.browse">
        <RegistryDetailPage />
      </RequireCapability>
    ),
  },
];

/** Without login: the registry for anonymous visitors (the API allows anonymous browsing) and SME sign-up. */
const registryPublicRoutes: RouteObject[] = [
  {
    path: '/public/registry',
    element: <PublicRegistryLayout />,
    children: [
      { index: true, element: <RegistryPage basePath="/public/registry" /> },
      { path: ':id', element: <RegistryDetailPage basePath="/public/registry" /> },
    ],
  },
  { path: '/register/enterprise', element: <EnterpriseRegisterPage /> },
];

function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={homePath(user.role)} replace />;
}

/** Pages below a menu entry: an application is opened from the applicant's list and from every review queue. */
const applicationPages: RouteObject[] = [
  {
    path: 'applications/:id',
    element: (
      <RequireCapability capability="applications.view">
        <ApplicationDetailPage />
      </RequireCapability>
    ),
  },
  {
    path: 'applications/:id/print',
    element: (
      <RequireCapability capability="applications.view">
        <ApplicationPrintPage />
      </RequireCapability>
    ),
  },
  {
    path: 'applications/:id/edit',
    element: (
      <RequireCapability capability="applications.own">
        <ApplicationEditPage />
      </RequireCapability>
    ),
  },
];

const pages: RouteObject[] = MENU.map((entry) => ({
  path: entry.path.slice(1),
  element: (
    <RequireCapability capability={entry.capability}>{BUILT[entry.key] ?? <ComingSoonPage menuKey={entry.key} />}</RequireCapability>
  ),
}));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // Public, no login: institution sign-up and the notice of Art. 8(4).
  { path: '/register', element: <RegisterPage /> },
  { path: '/public/notices', element: <PublicNoticePage /> },
  ...registryPublicRoutes,
  {
    path: '/',
    element: <AdminLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...pages,
      ...registryPages,
      ...applicationPages,
      { path: '*', element: <NotFound /> },
    ],
  },
]);

/** Any UNAUTHENTICATED answer ends the session; the layout then redirects to /login, which explains why. */
setUnauthenticatedHandler(() => {
  if (!session.getToken()) return;
  session.clear('expired');
  void apolloClient.clearStore();
});
