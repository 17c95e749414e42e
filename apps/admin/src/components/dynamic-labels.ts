import {
  CHANGE_FIELD_LABELS,
  CHANGE_REPORT_STATUS_LABELS,
  CHANGE_TYPE_LABELS,
  REMOVAL_CASE_STATUS_LABELS,
  REMOVAL_REASON_LABELS,
  REPORT_PERIOD_STATUS_LABELS,
} from '@hebei/domain';
import type {
  ChangeField,
  ChangeReportStatus,
  ChangeType,
  InstitutionHistoryKind,
  RemovalCaseSource,
  RemovalCaseStatus,
  RemovalReason,
  ReportPeriodStatus,
} from '../graphql/generated/graphql';

/** Labels come from the rules library (one text for API messages and screens); colours are the screens' own. */
export const PERIOD_STATUS_LABELS: Record<ReportPeriodStatus, string> = REPORT_PERIOD_STATUS_LABELS;
export const PERIOD_STATUS_COLORS: Record<ReportPeriodStatus, string> = {
  OPEN: 'processing',
  ON_TIME: 'success',
  LATE: 'warning',
  MISSED: 'error',
};

export const REASON_LABELS: Record<RemovalReason, string> = REMOVAL_REASON_LABELS;
/** Short names for tables; the full sentence is the tooltip. */
export const REASON_SHORT: Record<RemovalReason, string> = {
  MISSED_REPORTS: '连续未按规定填报',
  NO_LONGER_ELIGIBLE: '不再符合入库条件',
  EVALUATION_FAILED: '年度评价不合格',
  CREDIT_BLACKLIST: '列入失信等名单',
  TAX_VIOLATION: '偷税漏税等违法违规',
  LEGAL_REP_DISHONEST: '法人失信、违法',
  DATA_FRAUD: '数据造假、夸大成效',
  VOLUNTARY: '主动申请退出',
};

export const CASE_STATUS_LABELS: Record<RemovalCaseStatus, string> = REMOVAL_CASE_STATUS_LABELS;
export const CASE_STATUS_COLORS: Record<RemovalCaseStatus, string> = {
  PENDING: 'processing',
  DECIDED: 'warning',
  REMOVED: 'error',
  WITHDRAWN: 'default',
};

export const CASE_SOURCE_LABELS: Record<RemovalCaseSource, string> = {
  SYSTEM: '系统',
  CITY: '市级核实',
  PROVINCE: '省级',
  EVALUATION: '年度评价',
};

export const CHANGE_TYPE: Record<ChangeType, string> = CHANGE_TYPE_LABELS;
export const CHANGE_STATUS_LABELS: Record<ChangeReportStatus, string> = CHANGE_REPORT_STATUS_LABELS;
export const CHANGE_STATUS_COLORS: Record<ChangeReportStatus, string> = {
  SUBMITTED: 'processing',
  VERIFIED_ELIGIBLE: 'success',
  VERIFIED_INELIGIBLE: 'error',
};
export const CHANGE_FIELD: Record<ChangeField, string> = CHANGE_FIELD_LABELS;

export const HISTORY_COLORS: Record<InstitutionHistoryKind, string> = {
  ADMITTED: 'green',
  READMITTED: 'green',
  REPORT_ON_TIME: 'blue',
  REPORT_LATE: 'orange',
  REPORT_MISSED: 'red',
  COMPLIANCE_NOTICE: 'red',
  CHANGE_REPORTED: 'blue',
  CHANGE_VERIFIED: 'green',
  CHANGE_REJECTED: 'red',
  REMOVAL_CASE_OPENED: 'orange',
  REMOVAL_DECIDED: 'red',
  REMOVAL_WITHDRAWN: 'gray',
  REMOVED: 'red',
};
