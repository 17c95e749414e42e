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
  APPLICATION_EVENT_LABELS as DOMAIN_APPLICATION_EVENT_LABELS,
  INSTITUTION_TYPE_LABELS as DOMAIN_INSTITUTION_TYPE_LABELS,
  REVIEW_LEVEL_LABELS as DOMAIN_REVIEW_LEVEL_LABELS,
  SERVICE_NATURE_LABELS as DOMAIN_SERVICE_NATURE_LABELS,
} from '@hebei/domain';

export const SYSTEM_NAME = '河北省优质中小企业服务资源库';

/** 帮助 page and the privacy notice: the support line of the operating bureau (set it for the deployment). */
export const HELP_HOTLINE = {
  phone: '0311-87801234',
  hours: '工作日 9:00–12:00，13:30–17:30',
  note: '入库申报、审核和动态管理的业务问题也可咨询所在地县（市、区）或市工业和信息化主管部门。',
} as const;

export const ROLE_LABELS: Record<Role, string> = {
  PROVINCE: '省级主管部门',
  CITY: '市级主管部门',
  COUNTY: '县级主管部门',
  INSTITUTION: '服务机构',
  ENTERPRISE: '中小企业',
  ANALYST: '分析人员',
};

// The catalogues' names are the rules library's (the API answers with the same ones).
export const SERVICE_NATURE_LABELS: Readonly<Record<ServiceNature, string>> = DOMAIN_SERVICE_NATURE_LABELS;
export const INSTITUTION_TYPE_LABELS: Readonly<Record<InstitutionType, string>> = DOMAIN_INSTITUTION_TYPE_LABELS;

export const REGISTRY_STATUS_LABELS: Record<RegistryStatus, string> = {
  APPLICANT: '申请中',
  ADMITTED: '已入库',
  REMOVED: '已移出',
};

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

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  LOGIN: '登录',
  LOGIN_FAILED: '登录失败',
  ACCOUNT_LOCKED: '账户锁定',
  LOGIN_LOCKED: '锁定期间登录',
  CREATE_INSTITUTION: '新增机构',
  ADD_CALENDAR_YEAR: '新增年度日历',
  SET_CALENDAR_DAY: '设置节假日',
  REMOVE_CALENDAR_DAY: '删除节假日',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  UserAccount: '用户账户',
  Institution: '服务机构',
  CalendarYear: '年度日历',
  CalendarDay: '节假日',
};

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

// Kept apart from the literals above so features built in parallel do not edit the same lines.
Object.assign(AUDIT_ACTION_LABELS, {
  REGISTER_INSTITUTION: '机构注册',
  CREATE_APPLICATION: '新建申请',
  SAVE_APPLICATION: '保存申请',
  DELETE_APPLICATION: '删除申请',
  SUBMIT_APPLICATION: '提交申请',
  UPLOAD_ATTACHMENT: '上传附件',
  DELETE_ATTACHMENT: '删除附件',
  REVIEW_APPROVE: '审核通过',
  REVIEW_RETURN: '退回修改',
  REVIEW_REJECT: '不予通过',
  SPOT_CHECK: '实地抽查',
  CREATE_BATCH: '新建批次',
  OPEN_BATCH: '开放申报',
  CLOSE_BATCH: '截止申报',
  PUBLISH_NOTICE: '发布公示',
  FILE_OBJECTION: '提出异议',
  UPHOLD_OBJECTION: '异议成立',
  DISMISS_OBJECTION: '异议不成立',
  ADMIT_APPLICATION: '申请入库',
  ADMIT_INSTITUTION: '机构入库',
});
Object.assign(AUDIT_ENTITY_LABELS, {
  Application: '入库申请',
  Batch: '申报批次',
  PublicNotice: '公示',
  Objection: '公示异议',
});

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

Object.assign(AUDIT_ACTION_LABELS, {
  CREATE_SERVICE_PRODUCT: '新增服务产品',
  UPDATE_SERVICE_PRODUCT: '修改服务产品',
  PUBLISH_SERVICE_PRODUCT: '发布服务产品',
  UNPUBLISH_SERVICE_PRODUCT: '下架服务产品',
  DELETE_SERVICE_PRODUCT: '删除服务产品',
  CREATE_SERVICE_CASE: '新增服务案例',
  UPDATE_SERVICE_CASE: '修改服务案例',
  DELETE_SERVICE_CASE: '删除服务案例',
  UPDATE_PUBLIC_PROFILE: '修改对外展示信息',
  CREATE_BOOKING: '提交服务预约',
  ACCEPT_BOOKING: '接受预约',
  DECLINE_BOOKING: '拒绝预约',
  COMPLETE_BOOKING: '预约服务完成',
  RATE_BOOKING: '评价服务',
  FLAG_OVERDUE_BOOKINGS: '标记逾期预约',
  RECOMPUTE_BOOKING_DEADLINES: '重算预约响应期限',
  REGISTER_ENTERPRISE: '企业注册',
});
Object.assign(AUDIT_ENTITY_LABELS, {
  ServiceProduct: '服务产品',
  ServiceCase: '服务案例',
  ServiceBooking: '服务预约',
  Enterprise: '中小企业',
});

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

Object.assign(AUDIT_ACTION_LABELS, { RUN_JOB: '立即执行定时任务' });
Object.assign(AUDIT_ENTITY_LABELS, { JobRun: '定时任务执行' });

/* Dynamic management (issue #9) */
Object.assign(AUDIT_ACTION_LABELS, {
  SAVE_SERVICE_REPORT: '保存季度报告',
  SUBMIT_SERVICE_REPORT: '提交季度报告',
  SUBMIT_SERVICE_REPORT_LATE: '逾期补报季度报告',
  RUN_COMPLIANCE_ESCALATION: '填报监测（通报、移出案件）',
  SUBMIT_CHANGE_REPORT: '报告重大变化',
  VERIFY_CHANGE_ELIGIBLE: '核实重大变化：仍符合条件',
  VERIFY_CHANGE_INELIGIBLE: '核实重大变化：不再符合条件',
  APPLY_CHANGE_REPORT: '更新登记信息（重大变化）',
  OPEN_REMOVAL_CASE: '发起移出案件',
  DECIDE_REMOVAL_CASE: '作出移出决定',
  WITHDRAW_REMOVAL_CASE: '撤销移出案件',
  REMOVE_INSTITUTION: '移出服务资源库',
  CLOSE_BOOKINGS_ON_REMOVAL: '关闭移出机构的预约',
  UPLOAD_EVIDENCE: '上传证明材料',
});
Object.assign(AUDIT_ENTITY_LABELS, {
  ServiceReport: '季度报告',
  ComplianceNotice: '通报',
  ChangeReport: '重大变化报告',
  RemovalCase: '移出案件',
  EvidenceFile: '证明材料',
});

/* Accounts (issue #12) */

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = {
  ACTIVE: '正常',
  DISABLED: '已停用',
  LOCKED: '已锁定',
};

export const ACCOUNT_STATUS_COLORS: Record<AccountStatus, string> = {
  ACTIVE: 'success',
  DISABLED: 'default',
  LOCKED: 'warning',
};

Object.assign(AUDIT_ACTION_LABELS, {
  CREATE_USER_ACCOUNT: '新增账号',
  DISABLE_USER_ACCOUNT: '停用账号',
  ENABLE_USER_ACCOUNT: '启用账号',
  RESET_USER_PASSWORD: '重置密码',
  UNLOCK_USER_ACCOUNT: '解除锁定',
  CHANGE_PASSWORD: '修改密码',
  LOGIN_DISABLED: '停用账号登录',
});
