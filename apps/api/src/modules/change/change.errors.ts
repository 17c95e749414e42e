import { AppError } from '../../common/errors';

export enum ChangeErrorCode {
  /** Raised by the domain's changeReportMachine (libs/domain/src/change-report.ts). */
  CHANGE_REPORT_INVALID_STATE = 'CHANGE_REPORT_INVALID_STATE',
  INSTITUTION_NOT_ADMITTED = 'INSTITUTION_NOT_ADMITTED',
  USCC_TAKEN = 'USCC_TAKEN',
  REASON_REQUIRED = 'REASON_REQUIRED',
}

export const ChangeMessages = {
  INSTITUTION_NOT_ADMITTED: '本机构不在服务资源库中（未入库或已移出），不能报告重大变化',
  USCC_TAKEN: '该统一社会信用代码已被其他机构登记',
  REASON_REQUIRED: '核实为不再符合入库条件时，请填写理由',
  CONFLICT: '该变化报告已被他人核实，请刷新后查看最新状态',
} as const;

export const changeNotAdmitted = () => new AppError(ChangeErrorCode.INSTITUTION_NOT_ADMITTED, ChangeMessages.INSTITUTION_NOT_ADMITTED);
