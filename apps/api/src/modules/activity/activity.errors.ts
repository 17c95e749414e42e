import { AppError } from '../../common/errors';

export enum ActivityErrorCode {
  /** Raised by the domain's participationMachine. */
  PARTICIPATION_INVALID_STATE = 'PARTICIPATION_INVALID_STATE',
  ACTIVITY_NOT_ORGANISER = 'ACTIVITY_NOT_ORGANISER',
  PARTICIPATION_EXISTS = 'PARTICIPATION_EXISTS',
}

export const ActivityMessages = {
  NOT_ORGANISER: '只有主办该活动的主管部门才能修改活动或确认参与情况',
  PARTICIPATION_EXISTS: '本机构已报告或已被登记参与该活动',
  CONFLICT: '该记录已被他人处理，请刷新后重试',
  INSTITUTION_UNKNOWN: '参与机构不存在或不在服务资源库中',
} as const;

export const notOrganiser = () => new AppError(ActivityErrorCode.ACTIVITY_NOT_ORGANISER, ActivityMessages.NOT_ORGANISER);
export const participationExists = () =>
  new AppError(ActivityErrorCode.PARTICIPATION_EXISTS, ActivityMessages.PARTICIPATION_EXISTS, {
    fields: [{ field: 'activityId', code: ActivityErrorCode.PARTICIPATION_EXISTS, message: ActivityMessages.PARTICIPATION_EXISTS }],
  });
