import { REVIEW_STATUS_LABELS, reviewStatusLabel } from '@hebei/domain';
import type { CalendarDayKind, InstitutionType, RegistryStatus, Role, ServiceNature } from '../graphql/generated/graphql';
import type {
  ApplicationEventType,
  ApplicationStatus,
  BatchStatus,
  CriterionStatus,
  ObjectionStatus,
  ReviewQueue,
} from '../graphql/generated/graphql';
import type { BookingStatus, BrowseSort, ProductNature } from '../graphql/generated/graphql';
import type { JobRunStatus, JobTrigger } from '../graphql/generated/graphql';
import type { AccountStatus } from '../graphql/generated/graphql';
import {
  ACCOUNT_STATUS_LABELS as DOMAIN_ACCOUNT_STATUS_LABELS,
  APPLICATION_EVENT_LABELS as DOMAIN_APPLICATION_EVENT_LABELS,
  AUDIT_ACTION_LABELS as DOMAIN_AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS as DOMAIN_AUDIT_ENTITY_LABELS,
  INSTITUTION_TYPE_LABELS as DOMAIN_INSTITUTION_TYPE_LABELS,
  REGISTRY_STATUS_LABELS as DOMAIN_REGISTRY_STATUS_LABELS,
  REVIEW_LEVEL_LABELS as DOMAIN_REVIEW_LEVEL_LABELS,
  ROLE_LABELS as DOMAIN_ROLE_LABELS,
  SERVICE_NATURE_LABELS as DOMAIN_SERVICE_NATURE_LABELS,
} from '@hebei/domain';

export const SYSTEM_NAME = '河北省优质中小企业服务资源库';

/** 帮助 page and the privacy notice: the support line, configured per deployment (app/hotline.ts). */
export { HELP_HOTLINE } from './hotline';

export const ROLE_LABELS: Readonly<Record<Role, string>> = DOMAIN_ROLE_LABELS;

// The catalogues' names are the rules library's (the API answers with the same ones).
export const SERVICE_NATURE_LABELS: Readonly<Record<ServiceNature, string>> = DOMAIN_SERVICE_NATURE_LABELS;
export const INSTITUTION_TYPE_LABELS: Readonly<Record<InstitutionType, string>> = DOMAIN_INSTITUTION_TYPE_LABELS;

export const REGISTRY_STATUS_LABELS: Readonly<Record<RegistryStatus, string>> = DOMAIN_REGISTRY_STATUS_LABELS;

/** antd Tag colours: quiet, meaningful. */
export const REGISTRY_STATUS_COLORS: Record<RegistryStatus, string> = {
  APPLICANT: 'processing',
  ADMITTED: 'success',
  REMOVED: 'default',
};

export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  HOLIDAY: '节假日',
  MAKEUP_WORKDAY: '调休上班',
};

export const CALENDAR_DAY_KIND_COLORS: Record<CalendarDayKind, string> = {
  HOLIDAY: 'red',
  MAKEUP_WORKDAY: 'blue',
};

// The audit log's words live in the rules library (one table for this screen and the audit export); features that
// add an action may still `Object.assign` here, but the domain table is where it belongs.
export const AUDIT_ACTION_LABELS: Record<string, string> = { ...DOMAIN_AUDIT_ACTION_LABELS };
export const AUDIT_ENTITY_LABELS: Record<string, string> = { ...DOMAIN_AUDIT_ENTITY_LABELS };

/** Falls back to the code itself for anything the API adds later. */
export function labelOf(map: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return map[code] ?? code;
}

export const WEEKDAY_LABELS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export function optionsOf<T extends string>(map: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(map) as T[]).map((value) => ({ value, label: map[value] }));
}

/* Joining the registry (issue #3) */

export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = REVIEW_STATUS_LABELS;

export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  COUNTY_APPROVED: 'processing',
  CITY_RECOMMENDED: 'processing',
  PROVINCE_APPROVED: 'cyan',
  IN_PUBLIC_NOTICE: 'purple',
  ADMITTED: 'success',
  RETURNED: 'warning',
  REJECTED: 'error',
};

/** SUBMITTED waits for the county, except where the county step is skipped (定州、辛集、雄安新区): then the city. */
export const applicationStatusLabel: (status: ApplicationStatus, skipsCounty: boolean) => string = reviewStatusLabel;

export const REVIEW_LEVEL_LABELS: Readonly<Record<string, string>> = DOMAIN_REVIEW_LEVEL_LABELS;

export const APPLICATION_EVENT_LABELS: Readonly<Record<ApplicationEventType, string>> = DOMAIN_APPLICATION_EVENT_LABELS;

export const REVIEW_QUEUE_LABELS: Record<ReviewQueue, string> = {
  PENDING_COUNTY: '待初审',
  PENDING_CITY: '待推荐',
  PENDING_PROVINCE: '待审核',
  PENDING_NOTICE: '待公示',
  NOTICE: '公示中',
  ADMITTED: '已入库',
  RETURNED: '已退回',
  REJECTED: '未通过',
  DRAFT: '草稿',
};

export const CRITERION_STATUS_LABELS: Record<CriterionStatus, string> = {
  PASS: '符合',
  FAIL: '不符合',
  MISSING: '待补充',
};

export const CRITERION_STATUS_COLORS: Record<CriterionStatus, string> = {
  PASS: 'success',
  FAIL: 'error',
  MISSING: 'warning',
};

export const BATCH_STATUS_LABELS: Record<BatchStatus, string> = {
  DRAFT: '未开放',
  OPEN: '申报中',
  CLOSED: '已截止',
};

export const BATCH_STATUS_COLORS: Record<BatchStatus, string> = {
  DRAFT: 'default',
  OPEN: 'processing',
  CLOSED: 'default',
};

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = {
  PENDING: '待处理',
  UPHELD: '成立',
  DISMISSED: '不成立',
};

export const OBJECTION_STATUS_COLORS: Record<ObjectionStatus, string> = {
  PENDING: 'warning',
  UPHELD: 'error',
  DISMISSED: 'default',
};

/* Products, cases and bookings (issue #4) */

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  REQUESTED: '待响应',
  ACCEPTED: '已接受',
  DECLINED: '已拒绝',
  COMPLETED: '已完成',
  CLOSED: '已关闭',
  CANCELLED: '已取消',
};

export const BOOKING_STATUS_COLORS: Record<BookingStatus, string> = {
  REQUESTED: 'processing',
  ACCEPTED: 'cyan',
  DECLINED: 'default',
  COMPLETED: 'success',
  CLOSED: 'default',
  CANCELLED: 'default',
};

export const SERVICE_NATURE_COLORS: Record<ServiceNature, string> = {
  PUBLIC_WELFARE: 'green',
  MARKET: 'geekblue',
};

export const PRODUCT_NATURE_LABELS: Record<ProductNature, string> = {
  FREE: '公益免费',
  PAID: '收费',
};

export const PRODUCT_NATURE_COLORS: Record<ProductNature, string> = {
  FREE: 'green',
  PAID: 'orange',
};

export const BROWSE_SORT_LABELS: Record<BrowseSort, string> = {
  DEFAULT: '默认排序',
  NAME: '按名称',
  NEWEST: '最新入库',
};

/* Job scheduler (issue #7) */

export const JOB_RUN_STATUS_LABELS: Record<JobRunStatus, string> = {
  RUNNING: '执行中',
  SUCCEEDED: '成功',
  FAILED: '失败',
  ABANDONED: '中断',
};

export const JOB_RUN_STATUS_COLORS: Record<JobRunStatus, string> = {
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
  ABANDONED: 'warning',
};

export const JOB_TRIGGER_LABELS: Record<JobTrigger, string> = {
  SCHEDULED: '定时',
  STARTUP: '启动时',
  MANUAL: '手动',
};

/* Dynamic management (issue #9) */

/* Accounts (issue #12) */

export const ACCOUNT_STATUS_LABELS: Readonly<Record<AccountStatus, string>> = DOMAIN_ACCOUNT_STATUS_LABELS;

export const ACCOUNT_STATUS_COLORS: Record<AccountStatus, string> = {
  ACTIVE: 'success',
  DISABLED: 'default',
  LOCKED: 'warning',
};
