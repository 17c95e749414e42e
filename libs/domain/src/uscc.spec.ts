import { describe, expect, it } from '@jest/globals';
import { computeUsccCheckChar, isHebeiRegistered, isIndividualBusiness, isValidUscc, makeUscc, parseUscc } from './uscc';

// GB 32100-2015 §5: weights 3^(i-1) mod 31, check = 31 − (Σ mod 31), 31 → '0'.
const HEBEI_COMPANY = makeUscc('91130881MA0C00001'); // 平泉市 130881, 市场监管, 企业
const HEBEI_INDIVIDUAL = makeUscc('92130881MA0D12345'); // 个体工商户 in 平泉市
const BEIJING_COMPANY = makeUscc('91110105MA0000001'); // 北京市朝阳区 110105
const HEBEI_PUBLIC_INSTITUTION = makeUscc('12130000000000001'); // 机构编制, 事业单位, 河北省本级
const HEBEI_SOCIAL_ORG = makeUscc('51130100MJ0000001'); // 民政, 社会团体, 石家庄市

describe('computeUsccCheckChar (GB 32100-2015)', () => {
  it.each([
    ['91110000802100433', 'B', 'published example (brief), check char verified by hand'],
    ['91440300192203821', '6', 'published: 华为技术有限公司 914403001922038216'],
    ['9144030071526726X', 'G', 'published: 深圳市腾讯计算机系统有限公司 9144030071526726XG'],
    ['91110000710926094', 'P', 'published: 中国石油化工股份有限公司 91110000710926094P'],
    ['00000000000000000', '0', 'sum 0 → 31 − 0 = 31 → "0"'],
    ['10000000000000000', 'Y', 'value 1 × weight 1 → 31 − 1 = 30 → "Y"'],
  ])('%s → %s (%s)', (first17, check) => {
    expect(computeUsccCheckChar(first17)).toBe(check);
  });

  it.each([['1234'], ['9113088100000000I']])('throws on bad input %s', (s) => {
    expect(() => computeUsccCheckChar(s)).toThrow(RangeError);
  });
});

describe('parseUscc', () => {
  it.each([
    ['91110000802100433B', true, 'published example'],
    ['914403001922038216', true, 'published: Huawei'],
    ['9144030071526726XG', true, 'published: Tencent'],
    [HEBEI_COMPANY, true, 'constructed Hebei company'],
    [HEBEI_INDIVIDUAL, true, 'constructed 个体工商户 (valid code, not a legal person)'],
    [HEBEI_PUBLIC_INSTITUTION, true, 'constructed 事业单位'],
    [HEBEI_SOCIAL_ORG, true, 'constructed 社会团体'],
  ])('%s is valid (%s)', (code, valid) => {
    const r = parseUscc(code);
    expect(r.valid).toBe(valid);
    expect(r.errors).toEqual([]);
  });

  it('splits the parts of a valid code', () => {
    expect(parseUscc('914403001922038216')).toEqual({
      valid: true,
      normalized: '914403001922038216',
      errors: [],
      registrationAuthority: '9',
      orgType: '1',
      divisionCode: '440300',
      organizationCode: '192203821',
      checkChar: '6',
    });
  });

  it.each([
    ['  91110000802100433b ', '91110000802100433B', 'lower-case and blanks normalised'],
    ['９１１１００００８０２１００４３３Ｂ', '91110000802100433B', 'full-width input from a Chinese IME'],
  ])('normalises %j → %s (%s)', (raw, normalized) => {
    const r = parseUscc(raw);
    expect(r.normalized).toBe(normalized);
    expect(r.valid).toBe(true);
  });

  it.each([
    ['91110000802100433A', ['USCC_CHECK_CHAR'], 'wrong check character'],
    [HEBEI_COMPANY.slice(0, 17) + (HEBEI_COMPANY[17] === '0' ? '1' : '0'), ['USCC_CHECK_CHAR'], 'wrong check char'],
    ['91110000802100433', ['USCC_LENGTH'], '17 characters'],
    ['91110000802100433BB', ['USCC_LENGTH'], '19 characters'],
    ['', ['USCC_LENGTH'], 'empty'],
    ['91110000802100433I', ['USCC_CHARSET'], 'I is not in the charset'],
    ['9111000080210O433B', ['USCC_CHARSET'], 'O is not in the charset'],
    ['91110000802100433Z', ['USCC_CHARSET'], 'Z is not in the charset'],
    ['9111000080210043SB', ['USCC_CHARSET'], 'S is not in the charset'],
    ['9111000080210043VB', ['USCC_CHARSET'], 'V is not in the charset'],
    ['91110000-02100433B', ['USCC_CHARSET'], 'punctuation'],
    ['9111000080210043V', ['USCC_LENGTH', 'USCC_CHARSET'], 'both length and charset'],
  ])('%j → %j (%s)', (raw, codes) => {
    const r = parseUscc(raw);
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(codes);
    expect(r.divisionCode).toBeUndefined();
    for (const e of r.errors) expect(e.message).toMatch(/统一社会信用代码/);
  });

  it('says which characters are illegal and how long the input is', () => {
    expect(parseUscc('9111000080210043V').errors.map((e) => e.message)).toEqual([
      '统一社会信用代码应为18位，当前为17位',
      '统一社会信用代码含有非法字符：V（仅允许数字和除I、O、Z、S、V以外的大写字母）',
    ]);
  });
});

describe('isValidUscc / isHebeiRegistered / isIndividualBusiness (Art. 6, SPEC §3.3 E1–E2)', () => {
  it.each([
    [HEBEI_COMPANY, true, true, false, '平泉市 company'],
    [HEBEI_INDIVIDUAL, true, true, true, '平泉市 个体工商户'],
    [HEBEI_PUBLIC_INSTITUTION, true, true, false, '河北省本级事业单位'],
    [HEBEI_SOCIAL_ORG, true, true, false, '石家庄市社会团体'],
    [BEIJING_COMPANY, true, false, false, 'another province: 北京市朝阳区 110105'],
    ['914403001922038216', true, false, false, 'Shenzhen 440300'],
    [HEBEI_COMPANY.toLowerCase(), true, true, false, 'lower case accepted'],
    [HEBEI_COMPANY.slice(0, 17) + (HEBEI_COMPANY[17] === '0' ? '1' : '0'), false, false, false, 'Hebei prefix but bad check char'],
  ])('%s → valid %s, Hebei %s, individual %s (%s)', (code, valid, hebei, individual) => {
    expect(isValidUscc(code)).toBe(valid);
    expect(isHebeiRegistered(code)).toBe(hebei);
    expect(isIndividualBusiness(code)).toBe(individual);
  });

  it('makeUscc produces valid codes and keeps the prefix', () => {
    for (const prefix of ['91130881MA0CAAAA1', '92130100000000000', 'Y1130000000000000']) {
      const code = makeUscc(prefix.toLowerCase());
      expect(code.slice(0, 17)).toBe(prefix);
      expect(isValidUscc(code)).toBe(true);
    }
  });
});
