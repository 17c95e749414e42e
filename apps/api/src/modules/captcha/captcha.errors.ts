import { AppError } from '../../common/errors';

export enum CaptchaErrorCode {
  CAPTCHA_REQUIRED = 'CAPTCHA_REQUIRED',
  CAPTCHA_INVALID = 'CAPTCHA_INVALID',
}

export const CaptchaMessages = {
  [CaptchaErrorCode.CAPTCHA_REQUIRED]: '请输入图形验证码',
  [CaptchaErrorCode.CAPTCHA_INVALID]: '验证码错误或已失效，请刷新验证码后重新输入',
} as const;

const captchaError = (code: CaptchaErrorCode) =>
  new AppError(code, CaptchaMessages[code], { fields: [{ field: 'captcha', code, message: CaptchaMessages[code] }] });

export const captchaRequired = () => captchaError(CaptchaErrorCode.CAPTCHA_REQUIRED);
export const captchaInvalid = () => captchaError(CaptchaErrorCode.CAPTCHA_INVALID);
