import { registerEnumType } from 'type-graphql';

export enum Role {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  INSTITUTION = 'INSTITUTION',
  ENTERPRISE = 'ENTERPRISE',
  ANALYST = 'ANALYST',
}
export const OFFICER_ROLES = [Role.PROVINCE, Role.CITY, Role.COUNTY] as const;

export enum ServiceNature {
  PUBLIC_WELFARE = 'PUBLIC_WELFARE',
  MARKET = 'MARKET',
}

export enum InstitutionType {
  ENTERPRISE = 'ENTERPRISE',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  OTHER = 'OTHER',
}

export enum RegistryStatus {
  APPLICANT = 'APPLICANT',
  ADMITTED = 'ADMITTED',
  REMOVED = 'REMOVED',
}

export enum DivisionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}

registerEnumType(Role, { name: 'Role', description: '用户角色' });
registerEnumType(ServiceNature, { name: 'ServiceNature', description: '服务性质（第九条）' });
registerEnumType(InstitutionType, { name: 'InstitutionType', description: '机构性质' });
registerEnumType(RegistryStatus, { name: 'RegistryStatus', description: '入库状态' });
registerEnumType(DivisionLevel, { name: 'DivisionLevel', description: '行政区划层级（本库口径）' });
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: '节假日或调休上班日' });
