export enum CaseErrorCode {
  INVALID_DATE = 'INVALID_DATE',
  DATE_IN_FUTURE = 'DATE_IN_FUTURE',
  CASE_LIMIT_REACHED = 'CASE_LIMIT_REACHED',
}

export const MAX_CASES_PER_INSTITUTION = 200;

export const CaseMessages = {
  INVALID_DATE: '服务日期不存在',
  DATE_IN_FUTURE: '服务日期不能晚于今天',
  CASE_LIMIT_REACHED: `每个机构最多维护${MAX_CASES_PER_INSTITUTION}个服务案例`,
} as const;
