import { AppError } from '../../common/errors';

export enum RemovalErrorCode {
  /** Raised by the domain's removalCaseMachine (libs/domain/src/removal.ts). */
  REMOVAL_CASE_INVALID_STATE = 'REMOVAL_CASE_INVALID_STATE',
  REMOVAL_CASE_ALREADY_OPEN = 'REMOVAL_CASE_ALREADY_OPEN',
  REMOVAL_REASON_NOT_OPENABLE = 'REMOVAL_REASON_NOT_OPENABLE',
  INSTITUTION_NOT_ADMITTED = 'INSTITUTION_NOT_ADMITTED',
}

export const RemovalMessages = {
  REMOVAL_CASE_ALREADY_OPEN: '该机构已有未办结的移出案件（每家机构同时只能有一个），请先处理该案件',
  REMOVAL_REASON_NOT_OPENABLE: '该原因的移出案件由系统或年度评价发起，不能手工发起',
  INSTITUTION_NOT_ADMITTED: '该机构不在服务资源库中（未入库或已移出）',
  CONFLICT: '该移出案件已被他人处理，请刷新后查看最新状态',
} as const;

export const caseAlreadyOpen = () =>
  new AppError(RemovalErrorCode.REMOVAL_CASE_ALREADY_OPEN, RemovalMessages.REMOVAL_CASE_ALREADY_OPEN, {
    fields: [
      { field: 'institutionId', code: RemovalErrorCode.REMOVAL_CASE_ALREADY_OPEN, message: RemovalMessages.REMOVAL_CASE_ALREADY_OPEN },
    ],
  });
export const reasonNotOpenable = () =>
  new AppError(RemovalErrorCode.REMOVAL_REASON_NOT_OPENABLE, RemovalMessages.REMOVAL_REASON_NOT_OPENABLE, {
    fields: [{ field: 'reason', code: RemovalErrorCode.REMOVAL_REASON_NOT_OPENABLE, message: RemovalMessages.REMOVAL_REASON_NOT_OPENABLE }],
  });
export const institutionNotAdmitted = () =>
  new AppError(RemovalErrorCode.INSTITUTION_NOT_ADMITTED, RemovalMessages.INSTITUTION_NOT_ADMITTED, {
    fields: [
      { field: 'institutionId', code: RemovalErrorCode.INSTITUTION_NOT_ADMITTED, message: RemovalMessages.INSTITUTION_NOT_ADMITTED },
    ],
  });
