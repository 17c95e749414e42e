import { validateOrReject, ValidationError, ValidatorOptions } from 'class-validator';
import { GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchema, ContainerType } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { applyPersonalDataMasking } from './common/personal-data';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { CaptchaResolver } from './modules/captcha/captcha.resolver';
import { CalendarResolver } from './modules/calendar/calendar.resolver';
import { CatalogResolver } from './modules/catalog/catalog.resolver';
import { DivisionResolver } from './modules/division/division.resolver';
import { InstitutionResolver } from './modules/institution/institution.resolver';
import { ApplicationResolver } from './modules/application/application.resolver';
import { BatchResolver } from './modules/batch/batch.resolver';
import { NoticeResolver } from './modules/notice/notice.resolver';
import { NotificationResolver } from './modules/notification/notification.resolver';
import { RegistrationResolver } from './modules/registration/registration.resolver';
import { ReviewResolver } from './modules/review/review.resolver';
import { AttachmentResolver } from './modules/attachment/attachment.resolver';
import { ProductResolver } from './modules/product/product.resolver';
import { CaseResolver } from './modules/case/case.resolver';
import { BookingResolver } from './modules/booking/booking.resolver';
import { BrowseConnectionResolver, BrowseResolver } from './modules/browse/browse.resolver';
import { EnterpriseResolver } from './modules/enterprise/enterprise.resolver';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver';
import { ComplianceNoticeRowResolver, ReportingComplianceRowResolver, ReportResolver } from './modules/report/report.resolver';
import { ChangeReportFieldResolver, ChangeResolver } from './modules/change/change.resolver';
import { ReentryBanResolver, RemovalResolver } from './modules/removal/removal.resolver';
import { HistoryResolver } from './modules/history/history.resolver';
import { JobResolver } from './modules/job/job.resolver';
import { AccountResolver } from './modules/account/account.resolver';
import { BureauResolver } from './modules/bureau/bureau.resolver';
import { OrgAccountResolver } from './modules/account/org-account.resolver';
import { PasswordPolicyResolver } from './modules/account/password-policy.resolver';
import { PasswordResetResolver } from './modules/password-reset/password-reset.resolver';
import { EvaluationResolver, EvaluationSheetResolver } from './modules/evaluation/evaluation.resolver';
import { ActivityResolver } from './modules/activity/activity.resolver';
import type { Services } from './services';

export const resolvers = [
  AuthResolver,
  CaptchaResolver,
  DivisionResolver,
  CatalogResolver,
  CalendarResolver,
  InstitutionResolver,
  AuditResolver,
  BatchResolver,
  ApplicationResolver,
  ReviewResolver,
  NoticeResolver,
  NotificationResolver,
  RegistrationResolver,
  AttachmentResolver,
  ProductResolver,
  CaseResolver,
  BookingResolver,
  BrowseResolver,
  BrowseConnectionResolver,
  EnterpriseResolver,
  AnalyticsResolver,
  ReportResolver,
  ReportingComplianceRowResolver,
  ComplianceNoticeRowResolver,
  ChangeResolver,
  ChangeReportFieldResolver,
  RemovalResolver,
  ReentryBanResolver,
  HistoryResolver,
  JobResolver,
  AccountResolver,
  BureauResolver,
  OrgAccountResolver,
  PasswordPolicyResolver,
  PasswordResetResolver,
  EvaluationResolver,
  EvaluationSheetResolver,
  ActivityResolver,
] as const;

/** Resolvers are built by hand from the app's services: no global container, so several apps can live in one test process. */
function containerFor(services: Services): ContainerType {
  const instances = new Map<unknown, unknown>([
    [AuthResolver, new AuthResolver(services.auth)],
    [CaptchaResolver, new CaptchaResolver(services.captcha)],
    [AccountResolver, new AccountResolver(services.accounts)],
    [BureauResolver, new BureauResolver(services.bureaus)],
    [OrgAccountResolver, new OrgAccountResolver(services.orgAccounts)],
    [PasswordPolicyResolver, new PasswordPolicyResolver(services.passwordPolicy)],
    [PasswordResetResolver, new PasswordResetResolver(services.passwordResets)],
    [DivisionResolver, new DivisionResolver(services.divisions)],
    [CatalogResolver, new CatalogResolver(services.db)],
    [CalendarResolver, new CalendarResolver(services.calendar)],
    [InstitutionResolver, new InstitutionResolver(services.institutions, services.divisions)],
    [AuditResolver, new AuditResolver(services.audit)],
    [BatchResolver, new BatchResolver(services.batches)],
    [ApplicationResolver, new ApplicationResolver(services.applications, services.divisions, services.categories)],
    [ReviewResolver, new ReviewResolver(services.reviews)],
    [NoticeResolver, new NoticeResolver(services.divisions, services.categories, services.notices, services.clock, services.jobs)],
    [NotificationResolver, new NotificationResolver(services.notifications)],
    [RegistrationResolver, new RegistrationResolver(services.registration)],
    [AttachmentResolver, new AttachmentResolver(services.attachments)],
    [ProductResolver, new ProductResolver(services.products)],
    [CaseResolver, new CaseResolver(services.cases)],
    [BookingResolver, new BookingResolver(services.bookings, services.jobs)],
    [BrowseResolver, new BrowseResolver(services.browse, services.divisions)],
    [BrowseConnectionResolver, new BrowseConnectionResolver()],
    [EnterpriseResolver, new EnterpriseResolver(services.enterprises, services.divisions)],
    [AnalyticsResolver, new AnalyticsResolver(services.analytics, services.savedQueries, services.dashboards)],
    [ReportResolver, new ReportResolver(services.reports, services.compliance, services.jobs, services.workQueues)],
    [ReportingComplianceRowResolver, new ReportingComplianceRowResolver(services.divisions)],
    [ComplianceNoticeRowResolver, new ComplianceNoticeRowResolver(services.divisions)],
    [ChangeResolver, new ChangeResolver(services.changes, services.divisions)],
    [ChangeReportFieldResolver, new ChangeReportFieldResolver(services.divisions)],
    [RemovalResolver, new RemovalResolver(services.removals, services.divisions)],
    [ReentryBanResolver, new ReentryBanResolver(services.divisions)],
    [HistoryResolver, new HistoryResolver(services.history)],
    [JobResolver, new JobResolver(services.jobs)],
    [EvaluationResolver, new EvaluationResolver(services.evaluations)],
    [EvaluationSheetResolver, new EvaluationSheetResolver(services.evaluations, services.divisions)],
    [ActivityResolver, new ActivityResolver(services.activities)],
  ]);
  return {
    get(cls) {
      const instance = instances.get(cls);
      if (!instance) throw new Error(`No instance registered for ${(cls as { name?: string }).name}`);
      return instance;
    },
  };
}

/**
 * skipMissingProperties (type-graphql's default: true) would skip every rule for an explicit null, letting `name: null`
 * reach a NOT NULL column; nullable fields say what null means with @IsOptional or @IsOptionalButNotNull instead.
 */
const VALIDATION: ValidatorOptions = { forbidUnknownValues: false, stopAtFirstError: false, skipMissingProperties: false };

const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * TypeGraphQL's own argument validation (`resolvers/validate-arg.js`: objects and arrays of objects, class-validator
 * with the options above, any failure as ArgumentValidationError), with class-validator imported once: TypeGraphQL
 * 2.0.0-rc.4 runs `require('class-validator')` through `__importStar` (a getter per export) for every object
 * argument of every request (ADR 0024).
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (!validatable(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validatable).map((item) => validateOrReject(item, VALIDATION)));
    else await validateOrReject(value, VALIDATION);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

export async function createSchema(services: Services | null, emitSchemaFile?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    authChecker,
    container: services ? containerFor(services) : { get: () => ({}) },
    validateFn: validateArgument,
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
  return applyPersonalDataMasking(schema);
}
