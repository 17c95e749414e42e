import type { Rule } from 'antd/es/form';
import { parseUscc } from '@hebei/domain';

// The formats the API's inputs check (class-validator @Matches), so a form says so before it is sent.
export const PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
export const PHONE_RULE: Rule = { pattern: PHONE_PATTERN, message: '联系电话应为11位手机号或区号加座机号' };
export const USERNAME_RULE: Rule = { pattern: /^[A-Za-z][A-Za-z0-9_]{3,31}$/, message: '用户名应以字母开头，4–32位字母、数字或下划线' };
export const POSTAL_CODE_RULE: Rule = { pattern: /^\d{6}$/, message: '邮政编码应为6位数字' };

/** Required, and a valid code (length, charset, check character: GB 32100-2015) — the rule the API applies. */
export const USCC_RULE: Rule = {
  validator: async (_, value?: string) => {
    if (!value?.trim()) throw new Error('请输入统一社会信用代码');
    const parsed = parseUscc(value);
    if (!parsed.valid) throw new Error(parsed.errors[0].message);
  },
};
