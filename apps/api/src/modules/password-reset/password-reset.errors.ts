import { AppError } from '../../common/errors';

export enum PasswordResetErrorCode {
  ALREADY_DECIDED = 'ALREADY_DECIDED',
}

export const PasswordResetMessages: Record<PasswordResetErrorCode, string> = {
  ALREADY_DECIDED: '该重置密码申请已处理，请刷新后查看',
};

export const passwordResetError = (code: PasswordResetErrorCode) => new AppError(code, PasswordResetMessages[code]);
