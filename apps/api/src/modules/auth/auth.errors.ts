import { formatShanghaiDateTime } from '@hebei/domain';
import { AppError } from '../../common/errors';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
}

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** From this many consecutive failures on (counted by the lockout) a login needs a captcha, until it succeeds or locks. */
export const CAPTCHA_AFTER_FAILURES = 3;

/** `captchaRequired` tells the login page to show the captcha for the next attempt. */
export const invalidCredentials = (failures = 0) =>
  new AppError(AuthErrorCode.INVALID_CREDENTIALS, '用户名或密码错误', { captchaRequired: failures >= CAPTCHA_AFTER_FAILURES });
export const accountLocked = (until: Date) =>
  new AppError(
    AuthErrorCode.ACCOUNT_LOCKED,
    `连续${MAX_FAILED_LOGINS}次登录失败，账户已锁定，请于 ${formatShanghaiDateTime(until)} 后重试`,
    {
      lockedUntil: until.toISOString(),
    },
  );
export const accountDisabled = () => new AppError(AuthErrorCode.ACCOUNT_DISABLED, '账户已停用，请联系管理员');
