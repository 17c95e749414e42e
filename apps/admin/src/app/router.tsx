import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import { MENU, homePath, type MenuKey } from './access';
import { apolloClient, setUnauthenticatedHandler } from './apollo';
import { RequireCapability } from './components/RequireCapability';
import { useCurrentUser } from './current-user';
import { lazyPage } from './lazy-page';
import { session } from './session';

// Every route renders a page from its own chunk, loaded on first visit (the login page needs none of the others).
const ApplicationDetailPage = lazyPage(() => import('../pages/applications/ApplicationDetailPage'), 'ApplicationDetailPage');
const ApplicationEditPage = lazyPage(() => import('../pages/applications/ApplicationEditPage'), 'ApplicationEditPage');
const ApplicationPrintPage = lazyPage(() => import('../pages/applications/ApplicationPrintPage'), 'ApplicationPrintPage');
const ApplicationsPage = lazyPage(() => import('../pages/applications/ApplicationsPage'), 'ApplicationsPage');
const AuditLogsPage = lazyPage(() => import('../pages/audit-logs/AuditLogsPage'), 'AuditLogsPage');
const BatchesPage = lazyPage(() => import('../pages/batches/BatchesPage'), 'BatchesPage');
const CalendarPage = lazyPage(() => import('../pages/calendar/CalendarPage'), 'CalendarPage');
const ComingSoonPage = lazyPage(() => import('../pages/coming-soon/ComingSoonPage'), 'ComingSoonPage');
const EvaluationsPage = lazyPage(() => import('../pages/evaluations/EvaluationsPage'), 'EvaluationsPage');
const ActivitiesPage = lazyPage(() => import('../pages/activities/ActivitiesPage'), 'ActivitiesPage');
const MyEvaluationPage = lazyPage(() => import('../pages/my-evaluation/MyEvaluationPage'), 'MyEvaluationPage');
const DashboardPage = lazyPage(() => import('../pages/dashboard/DashboardPage'), 'DashboardPage');
const InstitutionsPage = lazyPage(() => import('../pages/institutions/InstitutionsPage'), 'InstitutionsPage');
const JobsPage = lazyPage(() => import('../pages/jobs/JobsPage'), 'JobsPage');
const LoginPage = lazyPage(() => import('../pages/login/LoginPage'), 'LoginPage');
const HelpPage = lazyPage(() => import('../pages/help/HelpPage'), 'HelpPage');
const NoticesPage = lazyPage(() => import('../pages/notices/NoticesPage'), 'NoticesPage');
const OwnInstitutionPage = lazyPage(() => import('../pages/own-institution/OwnInstitutionPage'), 'OwnInstitutionPage');
const PublicNoticePage = lazyPage(() => import('../pages/public-notice/PublicNoticePage'), 'PublicNoticePage');
const RecommendationsPage = lazyPage(() => import('../pages/recommendations/RecommendationsPage'), 'RecommendationsPage');
const RegisterPage = lazyPage(() => import('../pages/register/RegisterPage'), 'RegisterPage');
const RegistryPage = lazyPage(() => import('../pages/registry/RegistryPage'), 'RegistryPage');
const ReviewsPage = lazyPage(() => import('../pages/reviews/ReviewsPage'), 'ReviewsPage');
const BookingsPage = lazyPage(() => import('../pages/bookings/BookingsPage'), 'BookingsPage');
const CasesPage = lazyPage(() => import('../pages/cases/CasesPage'), 'CasesPage');
const EnterpriseRegisterPage = lazyPage(() => import('../pages/enterprise-register/EnterpriseRegisterPage'), 'EnterpriseRegisterPage');
const MyBookingsPage = lazyPage(() => import('../pages/my-bookings/MyBookingsPage'), 'MyBookingsPage');
const ProductsPage = lazyPage(() => import('../pages/products/ProductsPage'), 'ProductsPage');
const ChangeReportsPage = lazyPage(() => import('../pages/change-reports/ChangeReportsPage'), 'ChangeReportsPage');
const ServiceReportsPage = lazyPage(() => import('../pages/service-reports/ServiceReportsPage'), 'ServiceReportsPage');
const ChangeVerificationPage = lazyPage(() => import('../pages/change-verification/ChangeVerificationPage'), 'ChangeVerificationPage');
const ComplianceNoticesPage = lazyPage(() => import('../pages/compliance-notices/ComplianceNoticesPage'), 'ComplianceNoticesPage');
const ReentryBansPage = lazyPage(() => import('../pages/reentry-bans/ReentryBansPage'), 'ReentryBansPage');
const RemovalsPage = lazyPage(() => import('../pages/removals/RemovalsPage'), 'RemovalsPage');
const ReportingCompliancePage = lazyPage(() => import('../pages/reporting-compliance/ReportingCompliancePage'), 'ReportingCompliancePage');
const PublicRegistryLayout = lazyPage(() => import('../pages/registry/PublicRegistryLayout'), 'PublicRegistryLayout');
const RegistryDetailPage = lazyPage(() => import('../pages/registry/RegistryDetailPage'), 'RegistryDetailPage');
const UsersPage = lazyPage(() => import('../pages/users/UsersPage'), 'UsersPage');
const DirectoryPage = lazyPage(() => import('../pages/directory/DirectoryPage'), 'DirectoryPage');
const OrgAccountsPage = lazyPage(() => import('../pages/org-accounts/OrgAccountsPage'), 'OrgAccountsPage');
const PasswordResetsPage = lazyPage(() => import('../pages/password-resets/PasswordResetsPage'), 'PasswordResetsPage');
const SettingsPage = lazyPage(() => import('../pages/settings/SettingsPage'), 'SettingsPage');
const ForgotPasswordPage = lazyPage(() => import('../pages/forgot-password/ForgotPasswordPage'), 'ForgotPasswordPage');
const ChangePasswordPage = lazyPage(() => import('../pages/change-password/ChangePasswordPage'), 'ChangePasswordPage');
const AdminLayout = lazyPage(() => import('./layout/AdminLayout'), 'AdminLayout');
const NotFound = lazyPage(() => import('./components/NotFound'), 'NotFound');
// Charts (echarts) load only with these two.
const AnalyticsPage = lazyPage(() => import('../pages/analytics/AnalyticsPage'), 'AnalyticsPage');
const InsightsPage = lazyPage(() => import('../pages/analytics/InsightsPage'), 'InsightsPage');

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
  evaluations: <EvaluationsPage />,
  activities: <ActivitiesPage />,
  'my-evaluation': <MyEvaluationPage />,
  jobs: <JobsPage />,
  'audit-logs': <AuditLogsPage />,
  products: <ProductsPage />,
  cases: <CasesPage />,
  bookings: <BookingsPage />,
  'my-bookings': <MyBookingsPage />,
  analytics: <AnalyticsPage />,
  insights: <InsightsPage />,
  'service-reports': <ServiceReportsPage />,
  'change-reports': <ChangeReportsPage />,
  'reporting-compliance': <ReportingCompliancePage />,
  'change-verification': <ChangeVerificationPage />,
  'compliance-notices': <ComplianceNoticesPage />,
  removals: <RemovalsPage />,
  'reentry-bans': <ReentryBansPage />,
  users: <UsersPage />,
  directory: <DirectoryPage />,
  'org-accounts': <OrgAccountsPage />,
  'password-resets': <PasswordResetsPage />,
  settings: <SettingsPage />,
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
  // 忘记密码: public, for institutions' and enterprises' users (ADR 0021).
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  // Public, no login: institution sign-up and the notice of Art. 8(4).
  { path: '/register', element: <RegisterPage /> },
  { path: '/public/notices', element: <PublicNoticePage /> },
  // 帮助: public, linked from every header and the login page.
  { path: '/help', element: <HelpPage /> },
  ...registryPublicRoutes,
  {
    path: '/',
    element: <AdminLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...pages,
      ...registryPages,
      ...applicationPages,
      // 修改密码: every signed-in user, from the header.
      { path: 'change-password', element: <ChangePasswordPage /> },
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
