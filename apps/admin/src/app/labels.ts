import type {
  CalendarDayKind, InstitutionType, RegistryStatus, Role, ServiceNature,
} from '../graphql/generated/graphql';

export const SYSTEM_NAME = '河北省优质中小企业服务资源库';

export const ROLE_LABELS: Record<Role, string> = {
  PROVINCE: '省级主管部门',
  CITY: '市级主管部门',
  COUNTY: '县级主管部门',
  INSTITUTION: '服务机构',
  ENTERPRISE: '中小企业',
  ANALYST: '分析人员',
};

export const SERVICE_NATURE_LABELS: Record<ServiceNature, string> = {
  PUBLIC_WELFARE: '公益性',
  MARKET: '社会化',
};

export const INSTITUTION_TYPE_LABELS: Record<InstitutionType, string> = {
  ENTERPRISE: '企业',
  PUBLIC_INSTITUTION: '事业单位',
  SOCIAL_ORGANIZATION: '社会团体/民办非企业',
  OTHER: '其他',
};

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
