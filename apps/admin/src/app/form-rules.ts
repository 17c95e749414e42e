import type { Rule } from 'antd/es/form';
import { parseUscc, PHONE_FORMAT, POSTAL_CODE_FORMAT, USERNAME_FORMAT, type TextFormat } from '@hebei/domain';

// The formats the API's inputs check (libs/domain's formats, the same ones its @MatchesFormat reads), so a form says so
// before it is sent, in the same words.
const formatRule = (format: TextFormat): Rule => ({ pattern: format.pattern, message: format.message });
export const PHONE_PATTERN = PHONE_FORMAT.pattern;
export const PHONE_RULE: Rule = formatRule(PHONE_FORMAT);
export const USERNAME_RULE: Rule = formatRule(USERNAME_FORMAT);
export const POSTAL_CODE_RULE: Rule = formatRule(POSTAL_CODE_FORMAT);

/** Required, and a valid code (length, charset, check character: GB 32100-2015) — the rule the API applies. */
export const USCC_RULE: Rule = {
  validator: async (_, value?: string) => {
    if (!value?.trim()) throw new Error('请输入统一社会信用代码');
    const parsed = parseUscc(value);
    if (!parsed.valid) throw new Error(parsed.errors[0].message);
  },
};
