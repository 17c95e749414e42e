import { ReportRefusal } from '@hebei/domain';
import { AppError } from '../../common/errors';

export enum ReportErrorCode {
  REPORT_NOT_A_DEADLINE = 'REPORT_NOT_A_DEADLINE',
  REPORT_BEFORE_ADMISSION = 'REPORT_BEFORE_ADMISSION',
  REPORT_PERIOD_NOT_OPEN = 'REPORT_PERIOD_NOT_OPEN',
  REPORT_CLOSED = 'REPORT_CLOSED',
  INSTITUTION_NOT_ADMITTED = 'INSTITUTION_NOT_ADMITTED',
  REPORT_INCOMPLETE = 'REPORT_INCOMPLETE',
}

export const ReportMessages = {
  REPORT_NOT_A_DEADLINE: '填报截止日应为3月15日、6月15日、9月15日或12月15日',
  REPORT_BEFORE_ADMISSION: '该截止日早于本机构入库后的第一个填报周期',
  REPORT_PERIOD_NOT_OPEN: '该填报周期尚未开始（自上一截止日次日起可填报）',
  REPORT_CLOSED: '该周期报告已提交且已过截止日，不能再修改或重新提交（逾期补报仍计为未按规定填报）',
  INSTITUTION_NOT_ADMITTED: '本机构不在服务资源库中（未入库或已移出），无需填报',
} as const;

const REFUSAL_CODES: Record<ReportRefusal, ReportErrorCode> = {
  NOT_A_DEADLINE: ReportErrorCode.REPORT_NOT_A_DEADLINE,
  BEFORE_ADMISSION: ReportErrorCode.REPORT_BEFORE_ADMISSION,
  NOT_OPEN: ReportErrorCode.REPORT_PERIOD_NOT_OPEN,
  CLOSED: ReportErrorCode.REPORT_CLOSED,
};

/** The period is not one the institution may write today: a typed error naming the field. */
export function reportRefused(refusal: ReportRefusal): AppError {
  const code = REFUSAL_CODES[refusal];
  const message = ReportMessages[code as keyof typeof ReportMessages];
  return new AppError(code, message, { fields: [{ field: 'deadline', code, message }] });
}

export const reportNotAdmitted = () => new AppError(ReportErrorCode.INSTITUTION_NOT_ADMITTED, ReportMessages.INSTITUTION_NOT_ADMITTED);
