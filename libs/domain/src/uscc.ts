/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015.
 *
 * Layout: [1] registration authority, [2] organisation type, [3–8] administrative
 * division of the registering authority (GB/T 2260), [9–17] organisation code,
 * [18] check character (weighted sum mod 31).
 */

/** The 31 permitted characters; I, O, Z, S, V are excluded to avoid confusion with 1, 0, 2, 5, U. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_LENGTH = 18;
export const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccErrorCode = 'USCC_LENGTH' | 'USCC_CHARSET' | 'USCC_CHECK_CHAR';

export interface UsccError {
  code: UsccErrorCode;
  message: string;
}

export interface UsccParseResult {
  valid: boolean;
  /** Trimmed, upper-cased (full-width characters folded to ASCII). */
  normalized: string;
  errors: UsccError[];
  /** Only set when the code is valid. */
  registrationAuthority?: string;
  orgType?: string;
  divisionCode?: string;
  organizationCode?: string;
  checkChar?: string;
}

/** Labels for the first character (登记管理部门代码), GB 32100-2015 Table 1. */
export const USCC_REGISTRATION_AUTHORITY_LABELS: Readonly<Record<string, string>> = {
  '1': '机构编制',
  '5': '民政',
  '9': '市场监督管理（工商）',
  Y: '其他',
};

/** Prefix of individual businesses (个体工商户): authority 9, type 2 — not legal persons. */
export const INDIVIDUAL_BUSINESS_PREFIX = '92';
/** Hebei's GB/T 2260 province prefix. */
export const HEBEI_DIVISION_PREFIX = '13';

function charValue(c: string): number {
  return USCC_CHARSET.indexOf(c);
}

/** Check character for the first 17 characters (already normalised, all in the charset). */
export function computeUsccCheckChar(first17: string): string {
  const s = normalizeUscc(first17);
  if (s.length !== USCC_LENGTH - 1) {
    throw new RangeError(`computeUsccCheckChar expects 17 characters, got ${s.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = charValue(s[i]);
    if (v < 0) throw new RangeError(`invalid USCC character '${s[i]}' at position ${i + 1}`);
    sum += v * USCC_WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31; // 31 → 0
  return USCC_CHARSET[check];
}

/** Appends the check character; used by demo-data generators and tests. */
export function makeUscc(prefix17: string): string {
  const s = normalizeUscc(prefix17);
  return s + computeUsccCheckChar(s);
}

/** NFKC folds full-width input from Chinese IMEs (９１１３…) to ASCII. */
export function normalizeUscc(raw: string): string {
  return (raw ?? '').normalize('NFKC').trim().toUpperCase();
}

export function parseUscc(raw: string): UsccParseResult {
  const normalized = normalizeUscc(raw);
  const errors: UsccError[] = [];
  const length = [...normalized].length; // code points, so the message matches what the user typed
  if (length !== USCC_LENGTH) {
    errors.push({ code: 'USCC_LENGTH', message: `统一社会信用代码应为18位，当前为${length}位` });
  }
  const bad = [...new Set([...normalized].filter((c) => charValue(c) < 0))];
  if (bad.length > 0) {
    errors.push({
      code: 'USCC_CHARSET',
      message: `统一社会信用代码含有非法字符：${bad.join('、')}（仅允许数字和除I、O、Z、S、V以外的大写字母）`,
    });
  }
  if (errors.length === 0) {
    const expected = computeUsccCheckChar(normalized.slice(0, 17));
    if (expected !== normalized[17]) {
      errors.push({
        code: 'USCC_CHECK_CHAR',
        message: '统一社会信用代码校验位不正确，请核对是否输入有误',
      });
    }
  }
  if (errors.length > 0) return { valid: false, normalized, errors };
  return {
    valid: true,
    normalized,
    errors,
    registrationAuthority: normalized[0],
    orgType: normalized[1],
    divisionCode: normalized.slice(2, 8),
    organizationCode: normalized.slice(8, 17),
    checkChar: normalized[17],
  };
}

export function isValidUscc(raw: string): boolean {
  return parseUscc(raw).valid;
}

/** Valid and registered by an authority in Hebei (division digits 3–8 start with 13). */
export function isHebeiRegistered(uscc: string): boolean {
  const r = parseUscc(uscc);
  return r.valid && r.divisionCode!.startsWith(HEBEI_DIVISION_PREFIX);
}

/** 个体工商户 (prefix 92): not an independent legal person (Art. 6(2)). Looks at the prefix only. */
export function isIndividualBusiness(uscc: string): boolean {
  return normalizeUscc(uscc).startsWith(INDIVIDUAL_BUSINESS_PREFIX);
}
