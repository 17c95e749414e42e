/**
 * The formats of what people type into the registry's forms — the application form (附件2) and the accounts —
 * written once: the API's input checks and the admin's form rules both read them, with the same Chinese message.
 */
export interface TextFormat {
  readonly pattern: RegExp;
  readonly message: string;
}

/** 登录用户名: a letter first, then letters, digits or underscores, 4–32 characters in all. */
export const USERNAME_FORMAT: TextFormat = {
  pattern: /^[A-Za-z][A-Za-z0-9_]{3,31}$/,
  message: '用户名应以字母开头，4–32位字母、数字或下划线',
};

/** 联系电话 (附件2): an 11-digit mobile number, or a landline with its area code (0 + 2–3 digits, an optional hyphen). */
export const PHONE_FORMAT: TextFormat = { pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: '联系电话应为11位手机号或区号加座机号' };

/** 邮政编码 (附件2): six digits. */
export const POSTAL_CODE_FORMAT: TextFormat = { pattern: /^\d{6}$/, message: '邮政编码应为6位数字' };

/** 行政区划代码 of a province, city or county (GB/T 2260): six digits. */
export const DIVISION_CODE_FORMAT: TextFormat = { pattern: /^\d{6}$/, message: '区划代码应为6位数字' };

export function matchesFormat(format: TextFormat, value: string): boolean {
  return format.pattern.test(value);
}
