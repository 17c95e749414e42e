import type { Role } from '../graphql/generated/graphql';

/** What a role may do; routes and menu items ask for a capability, never for a role. */
export type Capability =
  | 'dashboard.view'
  | 'registry.browse'
  | 'institutions.view'
  | 'institutions.create'
  | 'ownInstitution.view'
  | 'applications.own'
  /** Open an application's detail page (the applicant's own, or one in the officer's jurisdiction). */
  | 'applications.view'
  | 'reviews.handle'
  | 'recommendations.view'
  | 'batches.manage'
  | 'notices.manage'
  /** PROVINCE: rubric, campaigns, on-site verification, publication. */
  | 'evaluations.manage'
  /** The scoring desk: PROVINCE scores, CITY pre-scores its jurisdiction. */
  | 'evaluations.score'
  /** An institution's own published results. */
  | 'evaluations.own'
  /** Public-welfare activities: bureaus record and confirm, institutions report participation. */
  | 'activities.view'
  | 'removals.manage'
  | 'products.own'
  | 'cases.own'
  | 'bookings.handle'
  | 'bookings.own'
  /** Officers: overdue bookings and response statistics in their jurisdiction. */
  | 'bookings.monitor'
  /** 数据分析: custom queries in one's own jurisdiction (issue #11). */
  | 'analytics.query'
  /** 仪表盘: the home page of PROVINCE and CITY. */
  | 'analytics.dashboard'
  | 'calendar.manage'
  /** 定时任务: the background jobs, their history and "run now". */
  | 'jobs.manage'
  | 'audit.view'
  /** Dynamic management (issue #9): the institution's quarterly reports and change reports. */
  | 'reports.own'
  | 'changes.own'
  /** Bureaus: reporting compliance in their jurisdiction; the city verifies change reports. */
  | 'compliance.monitor'
  | 'changes.verify'
  /** PROVINCE: 通报 per deadline and the re-entry ban register. */
  | 'complianceNotices.view'
  | 'bans.view'
  /** 用户管理: bureau accounts (PROVINCE all; CITY its counties'). */
  | 'accounts.manage'
  /** 主管部门名录: PROVINCE all bureaus, a CITY its own and its counties', a COUNTY its own. */
  | 'bureaus.view'
  /** 本单位账号: an institution's or enterprise's admin adds and manages colleagues (menu only for the admin). */
  | 'orgAccounts.manage'
  /** 密码重置申请: officers decide 忘记密码 requests of their place. */
  | 'passwordResets.handle'
  /** 系统设置 (密码策略): PROVINCE. */
  | 'settings.manage';

const OFFICER: readonly Capability[] = [
  'dashboard.view',
  'institutions.view',
  'institutions.create',
  'reviews.handle',
  'applications.view',
  'registry.browse',
  'bookings.monitor',
  'analytics.query',
  'bureaus.view',
  'passwordResets.handle',
];

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  PROVINCE: [
    'analytics.dashboard',
    ...OFFICER,
    'recommendations.view',
    'batches.manage',
    'notices.manage',
    'evaluations.manage',
    'evaluations.score',
    'activities.view',
    'removals.manage',
    'calendar.manage',
    'jobs.manage',
    'audit.view',
    'compliance.monitor',
    'complianceNotices.view',
    'bans.view',
    'accounts.manage',
    'settings.manage',
  ],
  CITY: [
    'analytics.dashboard',
    ...OFFICER,
    'recommendations.view',
    'compliance.monitor',
    'changes.verify',
    'evaluations.score',
    'activities.view',
    'accounts.manage',
  ],
  COUNTY: [...OFFICER],
  INSTITUTION: [
    'dashboard.view',
    'ownInstitution.view',
    'applications.own',
    'applications.view',
    'products.own',
    'cases.own',
    'bookings.handle',
    'reports.own',
    'changes.own',
    'evaluations.own',
    'activities.view',
    'orgAccounts.manage',
  ],
  ENTERPRISE: ['registry.browse', 'bookings.own', 'orgAccounts.manage'],
  // SPEC §1: the analyst reads across the province, applications included (read-only: no review actions, data masked).
  ANALYST: ['institutions.view', 'registry.browse', 'analytics.query', 'applications.view'],
};

export function can(role: Role | undefined, capability: Capability): boolean {
  return !!role && ROLE_CAPABILITIES[role].includes(capability);
}

/** Menu keys are stable: e2e specs and bookmarks rely on them. */
export type MenuKey =
  | 'insights'
  | 'dashboard'
  | 'registry'
  | 'institutions'
  | 'own-institution'
  | 'applications'
  | 'reviews'
  | 'recommendations'
  | 'batches'
  | 'notices'
  | 'evaluations'
  | 'activities'
  | 'my-evaluation'
  | 'removals'
  | 'products'
  | 'cases'
  | 'bookings'
  | 'my-bookings'
  | 'analytics'
  | 'calendar'
  | 'jobs'
  | 'audit-logs'
  | 'service-reports'
  | 'change-reports'
  | 'reporting-compliance'
  | 'change-verification'
  | 'compliance-notices'
  | 'reentry-bans'
  | 'users'
  | 'directory'
  | 'password-resets'
  | 'org-accounts'
  | 'settings';

export interface MenuEntry {
  key: MenuKey;
  path: string;
  label: string;
  capability: Capability;
  /** Not built yet: the route shows a clearly marked placeholder. */
  planned?: boolean;
  /** Shown only to an organisation's admin (本单位账号); the API refuses the others (NOT_ORG_ADMIN). */
  orgAdminOnly?: boolean;
}

/** One global order; each role's menu is this list filtered by its capabilities. */
export const MENU: readonly MenuEntry[] = [
  { key: 'insights', path: '/insights', label: '仪表盘', capability: 'analytics.dashboard' },
  { key: 'dashboard', path: '/dashboard', label: '工作台', capability: 'dashboard.view' },
  { key: 'institutions', path: '/institutions', label: '服务机构', capability: 'institutions.view' },
  { key: 'registry', path: '/registry', label: '服务资源库', capability: 'registry.browse' },
  { key: 'own-institution', path: '/my-institution', label: '本机构信息', capability: 'ownInstitution.view' },
  { key: 'applications', path: '/applications', label: '入库申报', capability: 'applications.own' },
  { key: 'service-reports', path: '/service-reports', label: '季度填报', capability: 'reports.own' },
  { key: 'change-reports', path: '/change-reports', label: '重大变化报告', capability: 'changes.own' },
  { key: 'reviews', path: '/reviews', label: '入库审核', capability: 'reviews.handle' },
  { key: 'recommendations', path: '/recommendations', label: '推荐汇总表', capability: 'recommendations.view' },
  { key: 'batches', path: '/batches', label: '申报批次', capability: 'batches.manage' },
  { key: 'notices', path: '/notices', label: '公示管理', capability: 'notices.manage' },
  { key: 'reporting-compliance', path: '/reporting-compliance', label: '填报监测', capability: 'compliance.monitor' },
  { key: 'change-verification', path: '/change-verification', label: '变化核实', capability: 'changes.verify' },
  { key: 'compliance-notices', path: '/compliance-notices', label: '通报', capability: 'complianceNotices.view' },
  { key: 'evaluations', path: '/evaluations', label: '年度评价', capability: 'evaluations.score' },
  { key: 'activities', path: '/activities', label: '公益活动', capability: 'activities.view' },
  { key: 'my-evaluation', path: '/my-evaluation', label: '年度评价结果', capability: 'evaluations.own' },
  { key: 'removals', path: '/removals', label: '移出管理', capability: 'removals.manage' },
  { key: 'reentry-bans', path: '/reentry-bans', label: '禁入名单', capability: 'bans.view' },
  { key: 'products', path: '/products', label: '服务产品', capability: 'products.own' },
  { key: 'cases', path: '/cases', label: '服务案例', capability: 'cases.own' },
  { key: 'bookings', path: '/bookings', label: '预约处理', capability: 'bookings.handle' },
  { key: 'my-bookings', path: '/my-bookings', label: '我的预约', capability: 'bookings.own' },
  { key: 'analytics', path: '/analytics', label: '数据分析', capability: 'analytics.query' },
  { key: 'calendar', path: '/calendar', label: '节假日日历', capability: 'calendar.manage' },
  { key: 'jobs', path: '/jobs', label: '定时任务', capability: 'jobs.manage' },
  { key: 'audit-logs', path: '/audit-logs', label: '审计日志', capability: 'audit.view' },
  { key: 'users', path: '/users', label: '用户管理', capability: 'accounts.manage' },
  { key: 'directory', path: '/directory', label: '主管部门名录', capability: 'bureaus.view' },
  { key: 'password-resets', path: '/password-resets', label: '密码重置申请', capability: 'passwordResets.handle' },
  { key: 'org-accounts', path: '/org-accounts', label: '本单位账号', capability: 'orgAccounts.manage', orgAdminOnly: true },
  { key: 'settings', path: '/settings', label: '系统设置', capability: 'settings.manage' },
];

/** The role's menu; entries for an organisation's admin only when `orgAdmin` says so. */
export function menuFor(role: Role, orgAdmin = false): MenuEntry[] {
  return MENU.filter((m) => can(role, m.capability) && (!m.orgAdminOnly || orgAdmin));
}

export function menuEntry(key: MenuKey): MenuEntry {
  return MENU.find((m) => m.key === key)!;
}

/** The first menu item is the role's landing page. */
export function homePath(role: Role): string {
  return menuFor(role)[0]?.path ?? '/403';
}

/** Whether a role may open a path (used to honour a "return to" location after login). */
export function canOpenPath(role: Role, pathname: string): boolean {
  if (pathname === '/change-password') return true;
  // An application's detail and print view are opened from several menus (own applications, review queues).
  if (/^\/applications\/\d+(\/print)?$/.test(pathname)) return can(role, 'applications.view');
  const entry = MENU.find((m) => pathname === m.path || pathname.startsWith(`${m.path}/`));
  return !!entry && can(role, entry.capability);
}
