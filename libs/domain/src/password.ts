/** Password policy for all accounts (SPEC §7: clear field-level errors in Chinese). */
import { FieldViolation } from './errors';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;
/** Of upper case, lower case, digit, symbol. */
export const PASSWORD_MIN_CLASSES = 3;

const CHARACTER_CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** How many of upper case, lower case, digit and symbol (anything else, e.g. CJK) the password uses: 0–4. */
export function passwordCharacterClasses(pw: string): number {
  return CHARACTER_CLASSES.filter((re) => re.test(pw ?? '')).length;
}

export function checkPasswordStrength(pw: string, username?: string | null): FieldViolation[] {
  const field = 'password';
  const password = pw ?? '';
  const length = [...password].length; // code points, so emoji/CJK count once
  const out: FieldViolation[] = [];
  if (length < PASSWORD_MIN_LENGTH) {
    out.push({ field, code: 'PASSWORD_TOO_SHORT', message: `密码长度至少为${PASSWORD_MIN_LENGTH}位` });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    out.push({ field, code: 'PASSWORD_TOO_LONG', message: `密码长度不能超过${PASSWORD_MAX_LENGTH}位` });
  }
  const classes = passwordCharacterClasses(password);
  if (classes < PASSWORD_MIN_CLASSES) {
    out.push({
      field,
      code: 'PASSWORD_WEAK',
      message: '密码须至少包含大写字母、小写字母、数字、特殊符号中的三类',
    });
  }
  const user = (username ?? '').trim().toLowerCase();
  if (user && password.toLowerCase().includes(user)) {
    out.push({ field, code: 'PASSWORD_CONTAINS_USERNAME', message: '密码不能包含用户名' });
  }
  return out;
}
