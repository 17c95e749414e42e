import { AppError } from '../../common/errors';

export enum BureauErrorCode {
  NOT_OWN_BUREAU = 'NOT_OWN_BUREAU',
}

export const BureauMessages: Record<BureauErrorCode, string> = {
  NOT_OWN_BUREAU: '只有本部门或省级主管部门可以修改联系方式',
};

export const bureauError = (code: BureauErrorCode) => new AppError('FORBIDDEN', BureauMessages[code], { reason: code });
