import { DataSource } from 'typeorm';
import { Clock } from './common/clock';
import { AppConfig } from './common/config';
import { RateLimiter } from './common/rate-limit';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { CalendarService } from './modules/calendar/calendar.service';
import { DivisionService } from './modules/division/division.service';
import { InstitutionService } from './modules/institution/institution.service';
import { ApplicationService } from './modules/application/application.service';
import { BatchService } from './modules/batch/batch.service';
import { ServiceCategory } from './modules/catalog/service-category.entity';
import { NoticeService } from './modules/notice/notice.service';
import { NotificationService } from './modules/notification/notification.service';
import { RegistrationService } from './modules/registration/registration.service';
import { ReviewService } from './modules/review/review.service';
import { AttachmentService } from './modules/attachment/attachment.service';
import { ExportService } from './modules/export/export.service';
import { ProductService } from './modules/product/product.service';
import { CaseService } from './modules/case/case.service';
import { BookingService } from './modules/booking/booking.service';
import { BrowseService } from './modules/browse/browse.service';
import { EnterpriseService } from './modules/enterprise/enterprise.service';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { AnalyticsExportService } from './modules/analytics/analytics.export';
import { SavedQueryService } from './modules/analytics/saved-query.service';
import { DashboardService } from './modules/analytics/dashboard.service';
import { WorkQueueService } from './modules/report/work-queue.service';
import { ReportService } from './modules/report/report.service';
import { ComplianceService } from './modules/report/compliance.service';
import { ChangeService } from './modules/change/change.service';
import { RemovalService } from './modules/removal/removal.service';
import { EvidenceService } from './modules/evidence/evidence.service';
import { HistoryService } from './modules/history/history.service';
import { ComplianceExports } from './modules/export/compliance.export';
import { JobService } from './modules/job/job.service';
import { EvaluationService } from './modules/evaluation/evaluation.service';
import { EvaluationExports } from './modules/evaluation/evaluation.export';
import { ActivityService } from './modules/activity/activity.service';
import { jobsOf } from './jobs';
import { AccountService } from './modules/account/account.service';
import { BureauService } from './modules/bureau/bureau.service';
import { CaptchaService } from './modules/captcha/captcha.service';
import { PasswordPolicyService } from './modules/account/password-policy.service';
import { OrgAccountService } from './modules/account/org-account.service';
import { PasswordResetService } from './modules/password-reset/password-reset.service';
import { ImportService } from './modules/import/import.service';

export function createServices(db: DataSource, clock: Clock, config: AppConfig) {
  const audit = new AuditService(db, clock);
  const divisions = new DivisionService(db);
  const limiter = new RateLimiter(db, clock);
  const captcha = new CaptchaService(db, clock, config.jwtSecret, config.captchaTestAnswer);
  const passwordPolicy = new PasswordPolicyService(db, clock, audit);
  const auth = new AuthService(db, clock, config, audit, divisions, limiter, captcha, passwordPolicy);
  const calendar = new CalendarService(db, clock, audit);
  const notifications = new NotificationService(db, clock, audit);
  const applications = new ApplicationService(db, clock, audit, divisions, notifications);
  const institutions = new InstitutionService(db, audit, divisions);
  const bookings = new BookingService(db, clock, audit, calendar, divisions, notifications);
  const evidence = new EvidenceService(db, clock, audit, config.uploadDir);
  const removals = new RemovalService(db, clock, audit, divisions, notifications, bookings, evidence);
  const compliance = new ComplianceService(db, clock, audit, divisions, notifications);
  const evaluations = new EvaluationService(db, clock, audit, divisions, notifications, removals);
  let categoryCache: Promise<ServiceCategory[]> | undefined;
  const categories = () => (categoryCache ??= db.getRepository(ServiceCategory).find({ order: { sortOrder: 'ASC' } }));
  const analytics = new AnalyticsService(db, clock, divisions, config.analyticsTimeoutMs);
  const savedQueries = new SavedQueryService(db, audit, analytics, divisions);
  const accounts = new AccountService(db, clock, audit, divisions);
  const services = {
    db,
    clock,
    config,
    audit,
    limiter,
    captcha,
    divisions,
    auth,
    calendar,
    institutions,
    /** Reference data that only changes with a release. */
    categories,
    batches: new BatchService(db, audit),
    notifications,
    applications,
    reviews: new ReviewService(db, clock, audit, applications, notifications),
    notices: new NoticeService(db, clock, audit, calendar, notifications, applications, limiter, config.rateLimits.objections, captcha),
    registration: new RegistrationService(db, audit, divisions, auth, limiter, config.rateLimits.registrations, clock, captcha),
    attachments: new AttachmentService(db, clock, audit, applications, config.uploadDir),
    exports: new ExportService(db, divisions, applications, categories),
    imports: new ImportService(),
    products: new ProductService(db, clock, audit),
    cases: new CaseService(db, clock, audit),
    bookings,
    browse: new BrowseService(db, divisions, audit),
    evidence,
    removals,
    reports: new ReportService(db, clock, audit, institutions),
    compliance,
    complianceExports: new ComplianceExports(compliance, divisions, () => clock.today()),
    changes: new ChangeService(db, clock, audit, divisions, notifications, removals, evidence),
    history: new HistoryService(db, clock, institutions, divisions),
    enterprises: new EnterpriseService(db, audit, divisions, auth, limiter, config.rateLimits.registrations, clock, captcha),
    jobs: new JobService(db, clock, audit),
    evaluations,
    evaluationExports: new EvaluationExports(evaluations, divisions),
    activities: new ActivityService(db, clock, audit, divisions, notifications),
    analytics,
    savedQueries,
    dashboards: new DashboardService(db, audit, savedQueries),
    analyticsExports: new AnalyticsExportService(analytics, divisions, clock),
    accounts,
    bureaus: new BureauService(db, clock, audit, divisions, accounts),
    passwordPolicy,
    orgAccounts: new OrgAccountService(db, clock, audit),
    passwordResets: new PasswordResetService(
      db,
      clock,
      audit,
      divisions,
      notifications,
      limiter,
      config.rateLimits.passwordResets,
      captcha,
    ),
  };
  services.jobs.register(...jobsOf(services));
  return { ...services, workQueues: new WorkQueueService(services) };
}

export type Services = ReturnType<typeof createServices>;
