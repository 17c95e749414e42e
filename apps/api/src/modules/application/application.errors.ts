import { AppError } from '../../common/errors';

export enum ApplicationErrorCode {
  APPLICATION_EXISTS = 'APPLICATION_EXISTS',
  BATCH_NOT_OPEN = 'BATCH_NOT_OPEN',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  NOT_EDITABLE = 'NOT_EDITABLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NOT_AN_APPLICANT = 'NOT_AN_APPLICANT',
}

export const applicationExists = () => new AppError(ApplicationErrorCode.APPLICATION_EXISTS, '本单位在该批次已有申请，每批次只能提交一次');
export const batchNotOpen = () => new AppError(ApplicationErrorCode.BATCH_NOT_OPEN, '该批次未开放申报或已截止');
export const deadlinePassed = (deadline: string) =>
  new AppError(ApplicationErrorCode.DEADLINE_PASSED, `已超过线上填报截止日期（${deadline}）`);
export const notEditable = (what = '修改') =>
  new AppError(ApplicationErrorCode.NOT_EDITABLE, `申请已提交，不能${what}；如需修改请等待审核部门退回`);
export const notAnApplicant = () => new AppError(ApplicationErrorCode.NOT_AN_APPLICANT, '当前账号未绑定服务机构');
