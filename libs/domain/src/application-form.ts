import { compareIsoDate, isIsoDate, IsoDate } from './calendar';
import { FieldViolation } from './errors';

/** The Attachment 2 numbers and fields that must agree with each other, whatever stage the draft is at. */
export interface ApplicationFormFacts {
  foundedOn?: string | null;
  employees?: number | null;
  qualifiedStaff?: number | null;
  cooperatingExperts?: number | null;
  seniorExperts?: number | null;
  smesServedLastYear?: number | null;
  pointToPointEnterprises?: number | null;
  serviceAssets?: number | null;
  totalAssets?: number | null;
  declarationSigned?: boolean | null;
  declarationSignedBy?: string | null;
}

const both = (a?: number | null, b?: number | null): boolean => a !== null && a !== undefined && b !== null && b !== undefined;

/** Internal consistency of the application form (Attachment 2); thresholds are E1–E10's business, not this. */
export function applicationFormViolations(form: ApplicationFormFacts, today: IsoDate): FieldViolation[] {
  const out: FieldViolation[] = [];
  if (form.foundedOn) {
    if (!isIsoDate(form.foundedOn)) out.push({ field: 'foundedOn', code: 'INVALID_DATE', message: '成立日期不存在' });
    else if (compareIsoDate(form.foundedOn, today) > 0)
      out.push({ field: 'foundedOn', code: 'FUTURE_DATE', message: '成立日期不能晚于今天' });
  }
  if (both(form.qualifiedStaff, form.employees) && form.qualifiedStaff! > form.employees!) {
    out.push({ field: 'qualifiedStaff', code: 'QUALIFIED_EXCEEDS_EMPLOYEES', message: '大专以上和中级职称以上人数不能超过从业人数' });
  }
  if (both(form.seniorExperts, form.cooperatingExperts) && form.seniorExperts! > form.cooperatingExperts!) {
    out.push({ field: 'seniorExperts', code: 'SENIOR_EXCEEDS_TOTAL', message: '副高级以上专家数不能多于相关专家总数' });
  }
  if (both(form.pointToPointEnterprises, form.smesServedLastYear) && form.pointToPointEnterprises! > form.smesServedLastYear!) {
    out.push({ field: 'pointToPointEnterprises', code: 'P2P_EXCEEDS_TOTAL', message: '点对点服务企业数不能多于服务中小企业总数' });
  }
  if (both(form.serviceAssets, form.totalAssets) && form.serviceAssets! > form.totalAssets!) {
    out.push({ field: 'serviceAssets', code: 'SERVICE_ASSETS_EXCEED_TOTAL', message: '服务资产不能大于总资产' });
  }
  if (form.declarationSigned && !form.declarationSignedBy?.trim()) {
    out.push({ field: 'declarationSignedBy', code: 'SIGNER_REQUIRED', message: '请填写声明签署人（法定代表人）' });
  }
  return out;
}

/** 上年度 of Attachment 2: the last complete calendar year before `today` (Beijing), e.g. 2025 on 2026-06-13. */
export function lastCompleteYear(today: IsoDate): number {
  return Number(today.slice(0, 4)) - 1;
}
