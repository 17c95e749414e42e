import {
  Application,
  ApplicationAttachment,
  ApplicationEvent,
  ApplicationProduct,
  ApplicationServedEnterprise,
  ApplicationSnapshot,
  ApplicationStaff,
  SpotCheck,
} from '../modules/application/application.entity';
import { Batch } from '../modules/batch/batch.entity';
import { Objection, PublicNotice } from '../modules/notice/notice.entity';
import { Notification } from '../modules/notification/notification.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { UserAccount } from '../modules/auth/user.entity';
import { CalendarDay, CalendarVersion, CalendarYear } from '../modules/calendar/calendar.entity';
import { LoginFailure } from '../modules/auth/login-failure.entity';
import { RateLimitCounter } from '../common/rate-limit.entity';
import { CaptchaUse } from '../modules/captcha/captcha.entity';
import { ServiceCategory } from '../modules/catalog/service-category.entity';
import { Division } from '../modules/division/division.entity';
import { Enterprise } from '../modules/enterprise/enterprise.entity';
import { Institution, InstitutionMainCategory } from '../modules/institution/institution.entity';
import { ServiceProduct } from '../modules/product/product.entity';
import { ServiceCase } from '../modules/case/case.entity';
import { ServiceBooking } from '../modules/booking/booking.entity';
import { ComplianceNotice, ServiceReport } from '../modules/report/report.entity';
import { ChangeReport, ChangeReportField } from '../modules/change/change-report.entity';
import { RemovalCase } from '../modules/removal/removal-case.entity';
import { EvidenceFile } from '../modules/evidence/evidence.entity';
import { JobLease, JobRun } from '../modules/job/job.entity';
import { EvaluationCampaign, EvaluationFigures, EvaluationRubric, EvaluationSheet } from '../modules/evaluation/evaluation.entity';
import { ActivityParticipation, WelfareActivity } from '../modules/activity/activity.entity';
import { SavedAnalyticsQueryRow } from '../modules/analytics/saved-query.entity';
import { AnalyticsDashboardCardRow, AnalyticsDashboardRow } from '../modules/analytics/dashboard.entity';
import { BureauContact } from '../modules/bureau/bureau-contact.entity';
import { PasswordPolicy } from '../modules/account/password-policy.entity';
import { PasswordResetRequest } from '../modules/password-reset/password-reset.entity';
import { RegistryEntry, RegistryFacetCell, SearchGram } from '../modules/browse/registry-index.entity';

export const entities = [
  Division,
  ServiceCategory,
  CalendarYear,
  CalendarDay,
  CalendarVersion,
  Institution,
  InstitutionMainCategory,
  Enterprise,
  UserAccount,
  BureauContact,
  PasswordPolicy,
  PasswordResetRequest,
  AuditLog,
  Batch,
  Application,
  ApplicationProduct,
  ApplicationStaff,
  ApplicationServedEnterprise,
  ApplicationAttachment,
  ApplicationEvent,
  ApplicationSnapshot,
  SpotCheck,
  PublicNotice,
  Objection,
  Notification,
  ServiceProduct,
  ServiceCase,
  ServiceBooking,
  ServiceReport,
  ComplianceNotice,
  ChangeReport,
  ChangeReportField,
  RemovalCase,
  EvidenceFile,
  JobLease,
  JobRun,
  LoginFailure,
  RateLimitCounter,
  CaptchaUse,
  SavedAnalyticsQueryRow,
  AnalyticsDashboardRow,
  AnalyticsDashboardCardRow,
  EvaluationRubric,
  EvaluationCampaign,
  EvaluationSheet,
  EvaluationFigures,
  WelfareActivity,
  ActivityParticipation,
  RegistryEntry,
  RegistryFacetCell,
  SearchGram,
];
