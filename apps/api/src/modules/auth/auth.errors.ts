import { formatShanghaiDateTime } from '@hebei/domain';
import { AppError } from '../../common/errors';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
}

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export const invalidCredentials = () => new AppError(AuthErrorCode.INVALID_CREDENTIALS, '用户名或密码错误');
export const accountLocked = (until: Date) =>
  new AppError(
    AuthErrorCode.ACCOUNT_LOCKED,
    `连续${MAX_FAILED_LOGINS}次登录失败，账户已锁定，请于 ${formatShanghaiDateTime(until)} 后重试`,
    {
      lockedUntil: until.toISOString(),
    },
  );
export const accountDisabled = () => new AppError(AuthErrorCode.ACCOUNT_DISABLED, '账户已停用，请联系管理员');
